import { ShaderMaterial } from 'three';

/**
 * The ground of the landing zone: the globe's Blue Marble colour and lighting, with the grain of
 * dry steppe added at whatever scale the pixel sees, from tufts of grass at a person's feet to
 * patches of a few hundred metres seen from the air. Each octave of noise fades out as its
 * wavelength nears the size of a pixel (no moiré), and the octaves much larger than the pixel are
 * left to the Blue Marble texture, so from kilometres up the patch is the globe's own colour and
 * meets the globe around it with no seam. The sources say nothing of the ground's look; the
 * palette is the ochre, olive and tan of Kazakh steppe in spring and autumn photographs, and the
 * lighting is the Earth material's, term for term, so patch and globe match.
 */
const vertexShader = /* glsl */ `
  #include <common>
  #include <logdepthbuf_pars_vertex>
  attribute vec2 ground;
  varying vec2 vUv;
  varying vec2 vGround;
  varying vec3 vNormalW;
  varying vec3 vPosW;
  varying float vDepth;
  void main() {
    vUv = uv;
    vGround = ground;
    vNormalW = normalize(mat3(modelMatrix) * normal);
    vPosW = (modelMatrix * vec4(position, 1.0)).xyz;
    vec4 mv = modelViewMatrix * vec4(position, 1.0);
    vDepth = -mv.z;
    gl_Position = projectionMatrix * mv;
    #include <logdepthbuf_vertex>
  }
`;

const fragmentShader = /* glsl */ `
  #include <common>
  #include <logdepthbuf_pars_fragment>
  uniform sampler2D dayMap;
  uniform vec3 sunDirection;
  varying vec2 vUv;
  varying vec2 vGround;
  varying vec3 vNormalW;
  varying vec3 vPosW;
  varying float vDepth;

  float hash(vec2 p) {
    vec3 q = fract(vec3(p.xyx) * 0.1031);
    q += dot(q, q.yzx + 33.33);
    return fract((q.x + q.y) * q.z);
  }
  // Value noise, -1..1.
  float noise(vec2 p) {
    vec2 i = floor(p);
    vec2 f = fract(p);
    vec2 u = f * f * (3.0 - 2.0 * f);
    float a = hash(i);
    float b = hash(i + vec2(1.0, 0.0));
    float c = hash(i + vec2(0.0, 1.0));
    float d = hash(i + vec2(1.0, 1.0));
    return mix(mix(a, b, u.x), mix(c, d, u.x), u.y) * 2.0 - 1.0;
  }

  void main() {
    #include <logdepthbuf_fragment>
    // Ground metres covered by this pixel (larger where the ground is seen edge-on).
    vec2 m = vGround * 1000.0;
    // Seen edge-on a pixel is long in depth and narrow across: its longer side would blur the
    // grass into streaks, its shorter would alias; 0.4 of the longer (never under the shorter)
    // keeps the grain crisp with no moiré.
    float fx = length(dFdx(m));
    float fy = length(dFdy(m));
    float footprint = max(min(fx, fy), 0.4 * max(fx, fy)) + 1e-4;
    // Six octaves about the pixel's own scale: from 2 pixels up to 64 pixels a wavelength.
    float first = max(0.0, floor(log2(footprint * 2.0)));
    float grain = 0.0;
    float hue = 0.0;
    // Each octave turned by ~37° from the last, so the lattices never line up into stripes.
    mat2 turn = mat2(0.8, 0.6, -0.6, 0.8);
    vec2 q = m;
    for (int k = 0; k < 6; k++) {
      float wavelength = exp2(first + float(k));
      float x = wavelength / footprint;
      // In at 2 pixels a wavelength, out at 64: each octave fades both ways, so no band edge shows.
      float w = smoothstep(2.0, 4.0, x) * (1.0 - smoothstep(24.0, 64.0, x));
      q = turn * q;
      grain += w * noise(q / wavelength + float(k) * 17.3);
      hue += w * noise(q.yx / (wavelength * 1.7) + 5.1);
    }
    vec3 bm = texture2D(dayMap, vUv).rgb;
    // Near the ground the steppe's own colours; from high up, Blue Marble's alone.
    float near = 1.0 - smoothstep(0.5, 60.0, footprint);
    // sRGB colours, decoded to the linear light the shader works in.
    vec3 straw = pow(vec3(0.60, 0.50, 0.33), vec3(2.2));
    vec3 olive = pow(vec3(0.45, 0.44, 0.27), vec3(2.2));
    vec3 soil = pow(vec3(0.52, 0.42, 0.32), vec3(2.2));
    vec3 palette = mix(mix(straw, olive, smoothstep(-0.4, 0.5, hue)), soil, smoothstep(0.3, 0.9, -grain));
    // The palette's hue at Blue Marble's brightness, so the light on patch and globe agree.
    float luma = dot(bm, vec3(0.333));
    vec3 day = mix(bm, palette * (luma / dot(palette, vec3(0.333))), near * 0.8);
    day *= 1.0 + 0.22 * grain * (0.4 + 0.6 * near);

    vec3 n = normalize(vNormalW);
    vec3 viewDir = normalize(cameraPosition - vPosW);
    float cosSun = dot(n, sunDirection);
    float daylight = smoothstep(-0.06, 0.08, cosSun);
    vec3 lit = day * (0.04 + 1.15 * max(cosSun, 0.0) + 0.25 * daylight);
    vec3 color = mix(day * 0.03, lit, daylight);
    // Haze: near at hand none; toward the patch's edge the globe's own rim haze, so they meet.
    float rim = pow(1.0 - max(dot(n, viewDir), 0.0), 3.0);
    float far = smoothstep(3.0, 40.0, vDepth);
    // Aerial perspective on a clear dry day: about a seventh of the way to the sky's colour at
    // 20 km (an assumption; the globe's own haze takes over at the patch's edge).
    float haze = max(rim * 0.6 * far, 0.4 * (1.0 - exp(-vDepth / 40.0)));
    color = mix(color, vec3(0.35, 0.6, 1.0) * daylight, haze * smoothstep(-0.2, 0.3, cosSun));
    gl_FragColor = vec4(color, 1.0);
    #include <tonemapping_fragment>
    #include <colorspace_fragment>
  }
`;

/**
 * The steppe material, sharing the globe material's Blue Marble and Sun uniforms (the same
 * objects, so the streamed full texture and the Sun's direction reach both).
 */
export function createSteppeMaterial(earth: ShaderMaterial): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: {
      dayMap: earth.uniforms.dayMap!,
      sunDirection: earth.uniforms.sunDirection!,
    },
    vertexShader,
    fragmentShader,
    toneMapped: false,
  });
}
