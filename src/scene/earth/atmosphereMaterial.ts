import {
  BackSide,
  CustomBlending,
  OneFactor,
  OneMinusSrcAlphaFactor,
  ShaderMaterial,
  Vector3,
} from 'three';
import { WGS84_A_KM, WGS84_B_KM } from '../../physics/constants';
import { worldVertexShader } from './worldVertexShader';

/**
 * The glow of the atmosphere around the limb, drawn on the inside of a shell a little larger
 * than Earth. The glow is worked out per pixel from the view ray alone: how close the ray passes
 * to the ellipsoid (its tangent height), and whether the Sun lights the air there. Air thins by
 * e every scale height, so the glow is densest just above the surface and nothing at the shell's
 * top, where its facets are: the limb is as smooth as the pixels, however coarse the shell.
 *
 * It is drawn over what is behind it (premultiplied alpha), not added to it: where the sunlit
 * air is thick enough to be seen, the stars behind it do not show, as in a daytime sky.
 */
const fragmentShader = /* glsl */ `
  #include <common>
  #include <logdepthbuf_pars_fragment>
  uniform vec3 sunDirection;
  uniform float strength;
  uniform vec3 axes;
  varying vec3 vNormalW;
  varying vec3 vPosW;
  void main() {
    #include <logdepthbuf_fragment>
    // Divided by the WGS-84 axes, the ellipsoid is the unit sphere (it turns about y, its own
    // axis, so the inertial scene frame serves as well as the Earth-fixed one).
    vec3 dirW = normalize(vPosW - cameraPosition);
    vec3 c = cameraPosition / axes;
    vec3 d = dirW / axes;
    float dd = dot(d, d);
    float along = -dot(c, d) / dd;
    // Nearest point of the ray to the centre, in front of the camera (or the camera itself).
    vec3 nearest = c + d * max(along, 0.0);
    float heightKm = (length(nearest) - 1.0) * ${WGS84_A_KM.toFixed(1)};
    // A ray that meets the ground ends there: this far side of the shell is behind Earth, which
    // hides it. Stopping now spares the shading of most of the shell's pixels (it covers the
    // whole disc of Earth), which the depth test would only throw away after it.
    if (heightKm < 0.0) discard;
    // Column of air along a grazing ray ~ exp(-h/H); H = 8 km, scaled up a little so the band
    // reads at the size of the screen (an artistic choice: a true 8 km band is a hair from orbit).
    float column = exp(-max(heightKm, 0.0) / 14.0);
    vec3 tangentN = normalize(nearest * axes * axes);
    float cosSun = dot(tangentN, sunDirection);
    float lit = smoothstep(-0.25, 0.15, cosSun);
    float alpha = (1.0 - exp(-6.0 * column)) * lit * strength;
    vec3 color = mix(vec3(1.0, 0.45, 0.2), vec3(0.3, 0.6, 1.0), smoothstep(-0.1, 0.3, cosSun));
    gl_FragColor = vec4(color * alpha, alpha);
    #include <colorspace_fragment>
  }
`;

export function createAtmosphereMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: {
      sunDirection: { value: new Vector3(1, 0, 0) },
      strength: { value: 1 },
      axes: { value: new Vector3(WGS84_A_KM, WGS84_B_KM, WGS84_A_KM) },
    },
    vertexShader: worldVertexShader,
    fragmentShader,
    side: BackSide,
    blending: CustomBlending,
    blendSrc: OneFactor,
    blendDst: OneMinusSrcAlphaFactor,
    transparent: true,
    depthWrite: false,
  });
}
