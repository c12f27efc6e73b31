// Prepended to the ES module (--extern-pre-js): Emscripten 3.1.6's Node path uses the
// CommonJS `require` and `__dirname`, which an ES module does not have. Harmless in
// browsers and workers, where the condition is false (docs/toolchain.md, P3).
var require, __dirname;
if (typeof process == 'object' && typeof process.versions == 'object' && typeof process.versions.node == 'string') {
  const { createRequire } = await import('node:module');
  const { dirname } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  require = createRequire(import.meta.url);
  __dirname = dirname(fileURLToPath(import.meta.url));
}
