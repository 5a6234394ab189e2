import type { Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy: everything from its own origin, nothing inline, no
 * eval. Images may also be data:/blob: URLs (three.js decodes textures through blobs). Served as
 * a <meta> tag so it travels with the files to any static host, and as a header by `npm start`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the policy to the built index.html (not the dev server's: its live reload runs inline). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'soyuz-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
