/** What whenGpuDone uses of a WebGL 2 context (a test hands a stand-in). */
export type FenceContext = Pick<
  WebGL2RenderingContext,
  | 'fenceSync'
  | 'getSyncParameter'
  | 'deleteSync'
  | 'flush'
  | 'isContextLost'
  | 'SYNC_GPU_COMMANDS_COMPLETE'
  | 'SYNC_STATUS'
  | 'SIGNALED'
>;

/** How often the fence is looked at: its status changes only between the page's tasks. */
const POLL_MS = 8;

/**
 * Resolves once the GPU has carried out every command issued so far, without blocking the page:
 * a fence, looked at between tasks. Issuing a frame's draw calls takes milliseconds; on a
 * software renderer, carrying them out (compiling each new shader program, filling the pixels)
 * takes up to a second more, and only then is the picture there. Resolves at once without
 * fences, as soon as the context is lost, and at the latest after `limitMs`.
 */
export function whenGpuDone(gl: FenceContext, limitMs = 10_000): Promise<void> {
  const sync =
    typeof gl.fenceSync === 'function' ? gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0) : null;
  if (!sync) return Promise.resolve();
  // Without a flush the fence could sit in the command buffer and never be reached.
  gl.flush();
  const start = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const done =
        gl.isContextLost() ||
        gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED ||
        performance.now() - start > limitMs;
      if (!done) {
        setTimeout(check, POLL_MS);
        return;
      }
      if (!gl.isContextLost()) gl.deleteSync(sync);
      resolve();
    };
    setTimeout(check, 0);
  });
}
