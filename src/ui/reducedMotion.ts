/**
 * Whether to cut rather than fly between views: the operating system's reduced-motion
 * preference. (Issue 5 adds an in-app setting on top of this.)
 */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
