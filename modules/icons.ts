import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { defineWxtModule } from 'wxt/modules';
import { ICON_SIZES, iconPath } from '../lib/icon-paths';

// The extension's icons are drawn once, in assets/icon.svg, and rendered to PNG at every build:
// the stores, Chrome's toolbar and the extensions pages want PNGs, and PNGs committed beside
// their source drift from it the first time someone edits one and not the other.

export { ICON_SIZES, iconPath } from '../lib/icon-paths';

export default defineWxtModule({
  name: 'science-clipper:icons',
  setup(wxt) {
    wxt.hook('build:publicAssets', async (_wxt, files) => {
      const svg = await readFile(resolve(wxt.config.root, 'assets/icon.svg'), 'utf8');
      const dir = resolve(wxt.config.wxtDir, 'icons');
      await mkdir(dir, { recursive: true });
      for (const size of ICON_SIZES) {
        const file = join(dir, `${size}.png`);
        await writeFile(file, new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
        files.push({ absoluteSrc: file, relativeDest: iconPath(size) });
      }
    });
  },
});
