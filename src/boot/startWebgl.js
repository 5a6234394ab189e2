// @ts-check
/**
 * Starts the scene's WebGL context while the app downloads, and decides multisampling: none on a
 * software renderer. Why, and how the app takes it: src/scene/render/createRenderer.ts.
 *
 * The page loads it as `start-webgl.js`, minified, from a plain `async` script tag that
 * tools/startWebglScript.ts adds to index.html: a plain script, not a module, because module
 * scripts run only once the whole module graph has arrived. It imports nothing (the `boot` layer
 * of eslint.config.js may not) and must not fail the page: any error leaves the app to make its
 * own context.
 */
(function startWebgl() {
  'use strict';
  // Renderers that draw on the CPU: the same list as src/scene/render/rendererKind.ts (a unit
  // test holds them equal).
  var SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

  // What the scene asks for (src/scene/render/createRenderer.ts contextAttributes, with fiber's
  // power preference): every other attribute is WebGL's default. A unit test holds them equal.
  /** @param {boolean} antialias */
  function attributes(antialias) {
    return { antialias: antialias, powerPreference: /** @type {const} */ ('high-performance') };
  }

  // As three will size it: the window at the device's ratio, 1 to 2.
  function sized() {
    var canvas = document.createElement('canvas');
    var ratio = Math.min(Math.max(1, window.devicePixelRatio || 1), 2);
    canvas.width = Math.max(1, Math.floor(window.innerWidth * ratio));
    canvas.height = Math.max(1, Math.floor(window.innerHeight * ratio));
    canvas.style.display = 'block';
    return canvas;
  }

  /** @param {WebGL2RenderingContext} gl */
  function rendererName(gl) {
    var ext = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  }

  function storedChoice() {
    try {
      return window.localStorage.getItem('soyuz.antialias');
    } catch {
      return null;
    }
  }

  try {
    var choice = storedChoice();
    // First without MSAA: what a software renderer keeps, so it never makes two contexts.
    var canvas = sized();
    var gl = canvas.getContext('webgl2', attributes(false));
    if (!gl) return;
    var name = rendererName(gl);
    var antialias = choice === 'on' || (choice !== 'off' && !SOFTWARE.test(name));
    if (antialias) {
      // A GPU: a second context, with MSAA, costs milliseconds there.
      var lose = gl.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();
      canvas = sized();
      gl = canvas.getContext('webgl2', attributes(true));
      if (!gl) return;
    }
    /** @type {any} */ (window).soyuzStartedWebgl = {
      canvas: canvas,
      gl: gl,
      antialias: antialias,
    };
  } catch {
    // The app asks for a context itself, and says why there is none.
  }
})();
