import { AdditiveBlending, BackSide, ShaderMaterial, Vector3 } from 'three';
import { worldVertexShader } from './worldVertexShader';

/**
 * The glow of the atmosphere around the limb, drawn on the inside of a shell a little larger
 * than Earth, brightest where the Sun lights it and reddening toward the terminator.
 */
const fragmentShader = /* glsl */ `
  #include <common>
  #include <logdepthbuf_pars_fragment>
  uniform vec3 sunDirection;
  uniform float strength;
  varying vec3 vNormalW;
  varying vec3 vPosW;
  void main() {
    #include <logdepthbuf_fragment>
    vec3 n = normalize(vNormalW);
    vec3 viewDir = normalize(cameraPosition - vPosW);
    // On the back face, n points away from the viewer; the limb is where n is perpendicular to the view.
    float edge = 1.0 - abs(dot(n, viewDir));
    float glow = pow(edge, 5.0);
    float lit = smoothstep(-0.35, 0.25, dot(n, sunDirection));
    vec3 color = mix(vec3(1.0, 0.45, 0.2), vec3(0.3, 0.6, 1.0), smoothstep(-0.1, 0.3, dot(n, sunDirection)));
    gl_FragColor = vec4(color * glow * lit * 1.6 * strength, 1.0);
    #include <colorspace_fragment>
  }
`;

export function createAtmosphereMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { sunDirection: { value: new Vector3(1, 0, 0) }, strength: { value: 1 } },
    vertexShader: worldVertexShader,
    fragmentShader,
    side: BackSide,
    blending: AdditiveBlending,
    transparent: true,
    depthWrite: false,
  });
}
