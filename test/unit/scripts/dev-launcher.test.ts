import { describe, expect, it } from 'vitest';
import { noDisplayMessage } from '../../../scripts/dev';

describe('npm run dev without a display', () => {
  it('says in one line that no browser can open, and what to run instead', () => {
    const message = noDisplayMessage('linux', {}, []);
    expect(message).not.toBeNull();
    expect(message).not.toContain('\n');
    expect(message).toContain('xvfb-run -a npm run dev');
    expect(message).toContain('npm run build');
    expect(message).toContain('.output/chrome-mv3');
  });

  it('names the Firefox commands and folder for the Firefox dev server', () => {
    const message = noDisplayMessage('linux', {}, ['-b', 'firefox']);
    expect(message).toContain('xvfb-run -a npm run dev:firefox');
    expect(message).toContain('npm run build:firefox');
    expect(message).toContain('.output/firefox-mv3');
  });

  it('lets the dev server start when an X11 or Wayland display exists, or off Linux', () => {
    expect(noDisplayMessage('linux', { DISPLAY: ':99' }, [])).toBeNull();
    expect(noDisplayMessage('linux', { WAYLAND_DISPLAY: 'wayland-0' }, [])).toBeNull();
    expect(noDisplayMessage('darwin', {}, [])).toBeNull();
    expect(noDisplayMessage('win32', {}, [])).toBeNull();
  });
});
