/**
 * A vertex shader that hands the fragment stage world-space normals and positions for lighting
 * by the Sun, with the logarithmic depth buffer the planet-scale scene needs.
 */
export const worldVertexShader = /* glsl */ `
  #include <common>
  #include <logdepthbuf_pars_vertex>
  varying vec2 vUv;
  varying vec3 vNormalW;
  varying vec3 vPosW;
  void main() {
    vUv = uv;
    vNormalW = normalize(mat3(modelMatrix) * normal);
    vPosW = (modelMatrix * vec4(position, 1.0)).xyz;
    // modelViewMatrix is composed in float64 on the CPU, so this stays steady close up.
    gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
    #include <logdepthbuf_vertex>
  }
`;
