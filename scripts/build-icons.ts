/**
 * Renders the app icon from its one source, resources/icon.svg, into build/icons: png/<n>x<n>.png
 * for Linux and icon.png (1024) from which electron-builder makes the .ico and .icns. Run by
 * `npm run dist` before packaging; the generated files are not kept in git.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { linuxIconSizes, masterIconSize } from './icon-sizes';

export async function buildIcons(source: string, outputDir: string): Promise<string[]> {
  await mkdir(join(outputDir, 'png'), { recursive: true });
  // Rendered at a high density so small sizes are downscaled from a sharp raster, not upscaled.
  const render = (size: number, file: string) =>
    sharp(source, { density: 300 }).resize(size, size).png({ compressionLevel: 9 }).toFile(file).then(() => file);
  return Promise.all([
    render(masterIconSize, join(outputDir, 'icon.png')),
    ...linuxIconSizes.map((size) => render(size, join(outputDir, 'png', `${size}x${size}.png`))),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = await buildIcons('resources/icon.svg', 'build/icons');
  console.log(`Icons: ${written.length} files in build/icons`);
}
