// `npm run dev`: WXT's dev server, which builds the extension and opens a browser with it loaded.
// A machine without a display (a server, a container, CI) cannot open that browser, and WXT then
// dies with a bare `read ECONNRESET`; this says what is wrong and what to do instead.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Why no browser window can open here, with what to do instead; null when one can. */
export function noDisplayMessage(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, args: readonly string[]): string | null {
  if (platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  const firefox = args.includes('firefox');
  const folder = firefox ? '.output/firefox-mv3' : '.output/chrome-mv3';
  const build = firefox ? 'npm run build:firefox' : 'npm run build';
  const dev = firefox ? 'npm run dev:firefox' : 'npm run dev';
  return `No display ($DISPLAY and $WAYLAND_DISPLAY are unset), so no browser can open: run \`xvfb-run -a ${dev}\`, or \`${build}\` and load ${folder} by hand (README, "Loading the built extension by hand").`;
}

function main(args: string[]): void {
  const message = noDisplayMessage(process.platform, process.env, args);
  if (message) {
    console.error(message);
    process.exit(1);
  }
  const wxt = spawn('wxt', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  wxt.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
