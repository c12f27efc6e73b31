// Figures, not a test: the sizes of the package's module (raw and gzip -9) and the start-up
// time of the module in Node (median of fresh processes). Printed by ./run test.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../../wasm/dist/', import.meta.url);
const RUNS = 11;

function size(names) {
  const bytes = names.map((name) => readFileSync(new URL(name, DIST)));
  const raw = bytes.reduce((sum, b) => sum + b.length, 0);
  const gzip = bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
  return `${raw.toLocaleString('en')} B raw, ${gzip.toLocaleString('en')} B gzip -9`;
}

const layer = readdirSync(DIST).filter((name) => name.endsWith('.js'));
console.log('wasm module sizes:');
console.log(`  samen.wasm          ${size(['samen.wasm'])}`);
console.log(`  samen.mjs           ${size(['samen.mjs'])}`);
console.log(`  API layer (${layer.length} .js)  ${size(layer)}`);
console.log(`  samen-debug.wasm    ${size(['samen-debug.wasm'])}`);
console.log(`  samen-debug.mjs     ${size(['samen-debug.mjs'])}`);

// Each run is a fresh Node process: import the package, load (read, compile, instantiate) the
// module, create a first engine. Measured inside the process from before the import.
const probe = `const t0 = performance.now();
const api = await import(${JSON.stringify(new URL('index.js', DIST).href)});
const module = await api.loadModule();
const t1 = performance.now();
module.createEngine().free();
console.log(JSON.stringify({ load: t1 - t0, engine: performance.now() - t0 }));`;
const samples = [];
for (let i = 0; i < RUNS; i += 1) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  samples.push({ ...JSON.parse(result.stdout), process: performance.now() - started });
}
const bare = [];
for (let i = 0; i < RUNS; i += 1) {
  const started = performance.now();
  spawnSync(process.execPath, ['--input-type=module', '-e', ''], { encoding: 'utf8' });
  bare.push(performance.now() - started);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`Node ${process.version} start-up, median of ${RUNS} fresh processes:`);
console.log(`  import + loadModule()            ${median(samples.map((s) => s.load)).toFixed(1)} ms`);
console.log(`  ... + first createEngine()       ${median(samples.map((s) => s.engine)).toFixed(1)} ms`);
console.log(`  whole process (node -e, exit)    ${median(samples.map((s) => s.process)).toFixed(1)} ms, bare node ${median(bare).toFixed(1)} ms`);
