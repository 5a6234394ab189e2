import { ShaderMaterial, type Texture, Vector3 } from 'three';
import { worldVertexShader } from './worldVertexShader';

/**
 * Day/night Earth: Blue Marble lit by the real Sun, city lights where the Sun has set, a
 * twilight band of about 8 degrees at the terminator, sun glint on water and a thin blue haze
 * toward the limb. The Sun direction is a world-space uniform the scene sets every frame.
 */
const fragmentShader = /* glsl */ `
  #include <common>
  #include <logdepthbuf_pars_fragment>
  uniform sampler2D dayMap;
  uniform sampler2D lightsMap;
  uniform sampler2D waterMap;
  uniform vec3 sunDirection;
  varying vec2 vUv;
  varying vec3 vNormalW;
  varying vec3 vPosW;
  #ifdef UV_FROM_SPHERE
  // The horizon cap (horizonCap.ts) is re-laid every frame around the camera, so it has no fixed
  // texture seam: the equirectangular UV is found here, per pixel, from the point on the unit
  // sphere. Across the 180th meridian u jumps from 1 to 0; the mip level is taken from the
  // gradient of u shifted by a half turn there (Tarini's trick), so no line shows at the seam.
  varying vec3 vSphere;
  #define SAMPLE(map) textureGrad(map, uv, gradX, gradY)
  #else
  #define SAMPLE(map) texture2D(map, vUv)
  #endif
  void main() {
    #include <logdepthbuf_fragment>
    #ifdef UV_FROM_SPHERE
    vec3 sp = normalize(vSphere);
    float u0 = atan(sp.z, -sp.x) / (2.0 * PI);
    vec2 uv = vec2(fract(u0), 1.0 - acos(clamp(sp.y, -1.0, 1.0)) / PI);
    float u1 = fract(u0 + 0.5);
    float dx = abs(dFdx(uv.x)) <= abs(dFdx(u1)) ? dFdx(uv.x) : dFdx(u1);
    float dy = abs(dFdy(uv.x)) <= abs(dFdy(u1)) ? dFdy(uv.x) : dFdy(u1);
    vec2 gradX = vec2(dx, dFdx(uv.y));
    vec2 gradY = vec2(dy, dFdy(uv.y));
    #endif
    vec3 n = normalize(vNormalW);
    vec3 viewDir = normalize(cameraPosition - vPosW);
    float cosSun = dot(n, sunDirection);
    // 0 on the night side, 1 in full day; the band spans about 4 degrees either side of sunset.
    float daylight = smoothstep(-0.06, 0.08, cosSun);

    // The branches below skip what adds nothing (on software WebGL a skipped texture read or
    // pow is time saved wherever a 2x2 block of pixels agrees). Each one's edge lies where its
    // term fades to zero, so no seam can show; the picture is the same as computing everything.
    vec3 day = SAMPLE(dayMap).rgb;
    vec3 color = day * (0.04 + 1.15 * max(cosSun, 0.0) + 0.25 * daylight) * daylight;
    if (daylight > 0.0) {
      float water = SAMPLE(waterMap).r;
      vec3 halfway = normalize(sunDirection + viewDir);
      float nh = max(dot(n, halfway), 0.0);
      // Below 0.97, nh^250 is under 5e-4: nothing in 8 bits after the 0.22 below.
      if (nh > 0.97 && water > 0.0)
        color += vec3(1.0, 0.95, 0.85) * (pow(nh, 250.0) * water * daylight * 0.22 * daylight);
    }
    // Faint land under starlight so continents still read on the night side.
    if (daylight < 1.0) color += (SAMPLE(lightsMap).rgb * 2.2 + day * 0.03) * (1.0 - daylight);

    // Thin blue haze toward the limb on the day side: the atmosphere seen edge-on.
    float rim = pow(1.0 - max(dot(n, viewDir), 0.0), 3.0);
    color = mix(color, vec3(0.35, 0.6, 1.0), rim * 0.6 * smoothstep(-0.2, 0.3, cosSun));

    gl_FragColor = vec4(color, 1.0);
    #include <tonemapping_fragment>
    #include <colorspace_fragment>
  }
`;

export function createEarthMaterial(day: Texture, lights: Texture, water: Texture): ShaderMaterial {
  return new ShaderMaterial({
    name: 'Earth',
    uniforms: {
      dayMap: { value: day },
      lightsMap: { value: lights },
      waterMap: { value: water },
      sunDirection: { value: new Vector3(1, 0, 0) },
    },
    vertexShader: worldVertexShader,
    fragmentShader,
    // The textures are already display-referred; tone mapping would only dim the night lights.
    toneMapped: false,
  });
}

/**
 * The same surface for the horizon cap: the same uniform objects (textures, Sun), so whatever
 * reaches the globe's material reaches this one, with the cap's vertices laid around the camera
 * (horizonCap.ts) and UVs found per vertex, or, where the cap holds a pole, per pixel.
 */
export function createHorizonCapMaterial(
  earth: ShaderMaterial,
  vertexShader: string,
  uv: 'perVertex' | 'perPixel',
): ShaderMaterial {
  return new ShaderMaterial({
    name: uv === 'perVertex' ? 'EarthHorizonCap' : 'EarthHorizonCapPolar',
    uniforms: { ...earth.uniforms },
    defines: uv === 'perVertex' ? { UV_PER_VERTEX: '' } : { UV_FROM_SPHERE: '' },
    vertexShader,
    fragmentShader,
    toneMapped: false,
  });
}
