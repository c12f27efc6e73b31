// The memory test of the wasm module: create, load, check and free 10,000 engines; the wasm
// heap must not keep growing. A control run that leaks on purpose shows the measure sees a leak.
// Prints the figures. Run: node tests/wasm/memory.mjs  (SAMEN_WASM_DEBUG=1 for the debug module)
import { catalogus, command, loadTestModule } from './helpers.mjs';

const ENGINES = 10_000;
const WARM_UP = 1_000;
const LEAKED = 2_000;

const module = await loadTestModule();
const joins = JSON.stringify(command('lidmaatschap.aangeven', { organisatie: 'g-houten', rollen: ['gebruik-beheerder'] },
  { id: 'l-houten-noord', samenwerking: 'sw-noord', lid: 'g-houten' }));

const failures = [];
function expect(condition, text) {
  console.log(`  ${condition ? 'ok  ' : 'FAIL'} ${text}`);
  if (!condition) failures.push(text);
}
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

function cycle() {
  const engine = module.createEngine();
  engine.load(catalogus);
  if (engine.check(joins).toegestaan !== true) throw new Error('the check should be allowed');
  engine.free();
}

const initial = { heap: module.heapBytes, arena: module.arenaBytes };
for (let i = 0; i < WARM_UP; i += 1) cycle();
const afterWarmUp = { heap: module.heapBytes, arena: module.arenaBytes };
const samples = [];
const start = performance.now();
for (let i = 1; i <= ENGINES; i += 1) {
  cycle();
  if (i % 1000 === 0) samples.push({ heap: module.heapBytes, arena: module.arenaBytes });
}
const elapsed = performance.now() - start;

console.log(`wasm memory: ${ENGINES} engines created, loaded (${catalogus.length} B state), checked and freed in ${elapsed.toFixed(0)} ms ` +
  `(${((elapsed * 1000) / ENGINES).toFixed(0)} µs each)`);
console.log(`  wasm memory at start ${kib(initial.heap)}, after ${WARM_UP} warm-up engines ${kib(afterWarmUp.heap)}, ` +
  `every 1000 engines: ${samples.map((s) => kib(s.heap)).join(', ')}`);
console.log(`  allocator break (arena) at start ${initial.arena} B, after warm-up ${afterWarmUp.arena} B, ` +
  `every 1000 engines: ${samples.map((s) => s.arena).join(', ')} B`);
// The arena is byte-exact: even a 1-byte leak per engine would raise it by 16 B (one chunk) a time.
expect(samples.every((s) => s.heap === afterWarmUp.heap), 'the wasm memory does not grow over 10,000 engines after warm-up');
expect(samples.every((s) => s.arena === afterWarmUp.arena), 'the allocator break does not move over 10,000 engines after warm-up');
expect(module.liveEngines === 0, `no live engines left (${module.liveEngines})`);

// The control: the same cycle without free() must make the heap grow.
const kept = [];
for (let i = 0; i < LEAKED; i += 1) {
  const engine = module.createEngine();
  engine.load(catalogus);
  kept.push(engine);
}
const leaked = { heap: module.heapBytes, arena: module.arenaBytes };
console.log(`  control: ${LEAKED} engines kept alive raise the arena by ${kib(leaked.arena - afterWarmUp.arena)} ` +
  `(about ${((leaked.arena - afterWarmUp.arena) / LEAKED / 1024).toFixed(1)} KiB per engine) and the memory to ${kib(leaked.heap)}`);
expect(leaked.arena > afterWarmUp.arena && leaked.heap > afterWarmUp.heap, 'the measures see engines that are not freed');
for (const engine of kept) engine.free();
expect(module.liveEngines === 0, 'all control engines freed');

console.log(`memory: ${5 - failures.length} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
