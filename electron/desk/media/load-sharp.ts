import type sharpModule from 'sharp';

let loading: Promise<typeof sharpModule> | null = null;

/**
 * sharp, loaded when the first image arrives rather than at start: libvips adds about 20 MB
 * to the desk's resident memory, which a reporter who only writes never needs.
 */
export function loadSharp(): Promise<typeof sharpModule> {
  loading ??= import('sharp').then((module) => module.default);
  return loading;
}
