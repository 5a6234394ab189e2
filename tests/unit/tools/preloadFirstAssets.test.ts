import { describe, expect, it } from 'vitest';
import { builtNames, FIRST_ASSETS, preloadTag } from '../../../tools/preloadFirstAssets';

describe('preloadTag', () => {
  it("asks for images and JSON the way three's loaders will, so the browser reuses the preload", () => {
    expect(preloadTag('./assets/a-1.jpg', 'x/a.jpg').attrs).toEqual({
      rel: 'preload',
      href: './assets/a-1.jpg',
      as: 'image',
      type: 'image/jpeg',
      crossorigin: 'anonymous',
    });
    expect(preloadTag('./assets/b-2.json', 'y/b.json').attrs).toMatchObject({
      as: 'fetch',
      type: 'application/json',
      crossorigin: 'anonymous',
    });
    expect(() => preloadTag('./c.woff2', 'c.woff2')).toThrow(/no preload type/);
  });
});

describe('builtNames', () => {
  it('finds each source by the original file names the bundle records', () => {
    const bundle = {
      a: {
        type: 'asset',
        fileName: 'assets/earth-lights-XYZ.jpg',
        originalFileNames: ['assets/textures/preview/earth-lights.jpg'],
      },
      b: {
        type: 'asset',
        fileName: 'assets/earth-lights-full.jpg',
        originalFileNames: ['assets/textures/earth-lights.jpg'],
      },
      c: { type: 'chunk', fileName: 'assets/index.js' },
    };
    const names = builtNames(bundle, FIRST_ASSETS);
    expect(names.get('assets/textures/preview/earth-lights.jpg')).toBe(
      'assets/earth-lights-XYZ.jpg',
    );
    expect(names.size).toBe(1);
  });
});
