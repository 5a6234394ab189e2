/**
 * mediabunny's encoder check, imported on its own by codecChoice.ts. Not `import('mediabunny')`
 * there: a dynamic import of the package itself made the bundler cut the first load into many
 * more chunks (+5 kB gzip), as the package became an entry of its own.
 */
export { canEncodeVideo } from 'mediabunny';
