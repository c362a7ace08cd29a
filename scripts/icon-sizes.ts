/** The PNG sizes the desktop packages need, from resources/icon.svg (scripts/build-icons.ts). */
// Linux desktop entries pick one per hicolor size; electron-builder turns the 1024 one into
// Windows' .ico (16–256) and macOS' .icns (16–1024, with @2x) when it packages.
export const linuxIconSizes = [16, 24, 32, 48, 64, 128, 256, 512] as const;
export const masterIconSize = 1024;
