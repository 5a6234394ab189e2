import {
  BackSide,
  CustomBlending,
  OneMinusSrcAlphaFactor,
  ShaderMaterial,
  SrcAlphaFactor,
  UniformsUtils,
  Vector3,
} from 'three';
import { Sky } from 'three/examples/jsm/objects/Sky.js';

interface SkyShaderSource {
  uniforms: Record<string, { value: unknown }>;
  vertexShader: string;
  fragmentShader: string;
}

/** Replace `from` (every occurrence) and fail loudly if three's shader no longer has it. */
function edit(source: string, from: string, to: string): string {
  if (!source.includes(from)) throw new Error(`three's Sky shader has changed: no "${from}"`);
  return source.split(from).join(to);
}

/**
 * three's own physically based sky (the Preetham daylight model, three/examples Sky), adapted to
 * this scene in four ways, by editing its shader text:
 * - "up" is the local vertical at the camera, not +y: the world here is inertial and the
 *   camera can stand anywhere on the globe;
 * - the view direction comes from the dome's own vertex (a unit sphere centred on the camera),
 *   not from world position less camera position, which loses float32 precision 6,400 km from
 *   the centre and would shake the Sun's disc in the long lens;
 * - no clouds (the sources do not give the weather; a clear sky is the plainest choice);
 * - it is see-through where it is dark (night, and thin air high up), so the stars show there:
 *   alpha follows the sky's brightness, the fade with height and the air column above.
 */
export function createPhysicalSkyMaterial(): ShaderMaterial {
  const shader = Sky.SkyShader as SkyShaderSource;
  let vertexShader = edit(
    shader.vertexShader,
    'uniform vec3 sunPosition;',
    'uniform vec3 sunPosition;\nuniform vec3 up;',
  );
  vertexShader = edit(
    vertexShader,
    'vWorldPosition = worldPosition.xyz;',
    'vWorldPosition = mat3( modelMatrix ) * position;',
  );
  vertexShader = edit(
    vertexShader,
    'sunIntensity( vSunDirection.y )',
    'sunIntensity( dot( vSunDirection, up ) )',
  );
  vertexShader = edit(vertexShader, 'sunPosition.y', 'dot( sunPosition, up )');

  let fragmentShader = edit(
    shader.fragmentShader,
    'uniform float showSunDisc;',
    'uniform float showSunDisc;\nuniform vec3 up;\nuniform float opacity;\nuniform float airColumn;',
  );
  fragmentShader = edit(
    fragmentShader,
    'normalize( vWorldPosition - cameraPosition )',
    'normalize( vWorldPosition )',
  );
  fragmentShader = edit(fragmentShader, 'direction.y', 'dot( direction, up )');
  fragmentShader = edit(fragmentShader, 'vSunDirection.y', 'dot( vSunDirection, up )');
  fragmentShader = edit(
    fragmentShader,
    'gl_FragColor = vec4( texColor, 1.0 );',
    /* glsl */ `
      // Stars fade out as the sky grows brighter than they are: see-through at night, opaque by
      // day. High up, the thinner air scatters less: the optical depth along the ray is the air
      // column above the camera (as a share of the ground's) times a plane-parallel airmass.
      // Twilight: Preetham's sky goes dark as soon as the Sun sets, but the real one stays blue
      // until the Sun is some 6° down (civil twilight) and is dark only by 12-18°. A deep blue,
      // brightest low toward the Sun, fading from sunset to the Sun 9° down (an approximation
      // where the model is silent).
      float sunUp = dot( vSunDirection, up );
      float dusk = smoothstep( -0.16, 0.0, sunUp ) * ( 1.0 - smoothstep( 0.0, 0.1, sunUp ) );
      float low = 1.0 - clamp( dot( direction, up ), 0.0, 1.0 );
      float towardSun = 0.5 + 0.5 * dot( normalize( direction - up * dot( direction, up ) ), normalize( vSunDirection - up * sunUp ) );
      texColor += dusk * dusk * ( vec3( 0.010, 0.022, 0.055 ) + vec3( 0.05, 0.025, 0.01 ) * low * low * towardSun * towardSun );
      float brightness = dot( texColor, vec3( 0.2126, 0.7152, 0.0722 ) );
      float tau = 4.0 * airColumn / max( dot( direction, up ), 0.03 );
      float alpha = opacity * smoothstep( 0.002, 0.04, brightness ) * ( 1.0 - exp( -tau ) );
      gl_FragColor = vec4( texColor, alpha );`,
  );

  const uniforms = UniformsUtils.clone(shader.uniforms);
  uniforms.up = { value: new Vector3(0, 1, 0) };
  uniforms.opacity = { value: 1 };
  uniforms.airColumn = { value: 1 };
  // A clear, dry continental sky (Preetham turbidity 2 is "very clear").
  uniforms.turbidity!.value = 2;
  uniforms.cloudCoverage!.value = 0;
  return new ShaderMaterial({
    name: 'PhysicalSky',
    uniforms,
    vertexShader,
    fragmentShader,
    side: BackSide,
    // Not 'transparent': three draws transparent objects after all opaque ones, so a
    // transparent dome without depth test would paint over the capsule and the ground. In the
    // opaque list with the lowest renderOrder it is drawn first, right after the star
    // background, and custom blending still lets the night sky's stars show through.
    transparent: false,
    blending: CustomBlending,
    blendSrc: SrcAlphaFactor,
    blendDst: OneMinusSrcAlphaFactor,
    depthWrite: false,
    depthTest: false,
  });
}
