// Apart from modules/icons.ts (which renders them at build time with a Node library) so that the
// extension's own code can name the icons too: the background shows one on its notifications.

/** The sizes the browsers and stores ask for: toolbar (16, 32), extensions page (48), store (128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Where each size lands in the package; WXT lists files at `icon/<size>.png` as the manifest's `icons`. */
export const iconPath = (size: number) => `icon/${size}.png`;
