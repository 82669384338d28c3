import { addViteConfig, defineWxtModule } from 'wxt/modules';
import type { Plugin } from 'vite';

// lib/clip-schema.ts sets zod's `jitless`, so zod never compiles parsers with `new Function` and
// never runs its probe for whether it may. The probe's code is still bundled, though, and Firefox's
// linter (web-ext lint, as AMO runs it) reports it as eval in every script that parses. This takes
// the dead probe out at build time. If zod rewrites it, the build fails here rather than the
// warning coming back unnoticed.

const ZOD_UTIL = /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/;
const PROBE = /const F = Function;\s*new F\(""\);\s*return true;/;

function zodWithoutEvalProbe(): Plugin {
  return {
    name: 'science-clipper:zod-without-eval-probe',
    transform(code, id) {
      if (!ZOD_UTIL.test(id)) return null;
      if (!PROBE.test(code)) this.error(`zod's eval probe is no longer where modules/zod-without-eval.ts expects it (${id})`);
      return { code: code.replace(PROBE, 'return false;'), map: null };
    },
  };
}

export default defineWxtModule({
  name: 'science-clipper:zod-without-eval',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [zodWithoutEvalProbe()] }));
  },
});
