import { describe, expect, it } from 'vitest';
import { createPhysicalSkyMaterial } from '../../../../src/scene/sky/physicalSky';

describe('createPhysicalSkyMaterial', () => {
  // The adaptation edits three's Sky shader text; an upgrade of three that changes it must fail
  // here, not leave a sky with +y as up.
  it("applies every edit to three's Sky shader", () => {
    const m = createPhysicalSkyMaterial();
    expect(m.fragmentShader).not.toMatch(/direction\.y|vSunDirection\.y/);
    expect(m.vertexShader).not.toMatch(/vSunDirection\.y|sunPosition\.y/);
    expect(m.fragmentShader).toContain('normalize( vWorldPosition )');
    expect(m.fragmentShader).toMatch(/gl_FragColor = vec4\( texColor, alpha \)/);
    expect(m.uniforms.cloudCoverage!.value).toBe(0);
    expect(m.uniforms.up).toBeDefined();
    // Drawn first, without depth, blended over the stars.
    expect(m.depthTest).toBe(false);
    expect(m.transparent).toBe(false);
  });
});
