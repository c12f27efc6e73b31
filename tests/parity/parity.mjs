// The parity test: the same generated state, options and command stream through the native
// CLI (libsamen.so) and through the wasm module (the JS API); every output line, the exported
// state and the answers to queries on it must be byte-identical.
//   node tests/parity/parity.mjs --samen build/native/capi/samen [--work DIR] [--debug]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { COMMAND_NAMES, generateCommands } from './generate_commands.mjs';
import { generateState } from './generate_state.mjs';
import { generateQueries } from './generate_queries.mjs';
import { Random } from './random.mjs';

const { values: args } = parseArgs({ options: {
  samen: { type: 'string' }, work: { type: 'string', default: 'build/parity' }, debug: { type: 'boolean', default: false },
} });
if (!args.samen) throw new Error('usage: parity.mjs --samen PATH/TO/samen [--work DIR] [--debug]');

const { loadModule } = await import(new URL('../../wasm/dist/index.js', import.meta.url).href);
const module = await loadModule({ debug: args.debug });

const RUNS = [
  { name: 'default options', seed: 20261122, commands: 12_000, options: {} },
  { name: 'English, no confirmation, nesting, community usage', seed: 31, commands: 3_000,
    options: { taal: 'en', beleid: { lidmaatschapBevestiging: false, genesteSamenwerkingen: true, communityGebruikNamensLeden: true } } },
];

const NL = Buffer.from('\n');
function splitLines(buffer) {
  const lines = [];
  let start = 0;
  for (let end = buffer.indexOf(NL, start); end !== -1; end = buffer.indexOf(NL, start)) {
    lines.push(buffer.subarray(start, end));
    start = end + 1;
  }
  if (start < buffer.length) lines.push(buffer.subarray(start));
  return lines;
}

function native(argv) {
  const result = spawnSync(args.samen, argv, { maxBuffer: 1 << 30 });
  if (result.error) throw result.error;
  if (result.status !== 0 && result.status !== 1) throw new Error(`samen ${argv[0]} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

function outcome(json) {
  if (json.startsWith('{"toegestaan":true')) return 'allowed';
  if (json.startsWith('{"toegestaan":false')) return 'refused';
  return 'failed';
}

function runOne(run) {
  const dir = join(args.work, run.seed.toString());
  mkdirSync(dir, { recursive: true });
  const random = new Random(run.seed);
  const { state, world } = generateState(random);
  const { lines, kinds } = generateCommands(random, world, run.commands);
  const files = { options: join(dir, 'options.json'), state: join(dir, 'state.json'), commands: join(dir, 'commands.jsonl'), final: join(dir, 'native-final.json') };
  writeFileSync(files.options, JSON.stringify(run.options));
  writeFileSync(files.state, JSON.stringify(state));
  writeFileSync(files.commands, Buffer.concat(lines.flatMap((line) => [line, NL])));

  // Native: the CLI applies each line and prints one line each; --out writes the export.
  let started = performance.now();
  const nativeLines = splitLines(native(['run', '--options', files.options, files.state, files.commands, '--out', files.final]));
  const nativeMs = performance.now() - started;
  const nativeExport = readFileSync(files.final);

  // wasm: the same bytes through the JS API.
  started = performance.now();
  const engine = module.createEngine(readFileSync(files.options));
  engine.load(readFileSync(files.state));
  const commandBytes = splitLines(readFileSync(files.commands));
  const wasmLines = commandBytes.map((line) => Buffer.from(engine.raw('apply', line).json));
  const wasmMs = performance.now() - started;
  const wasmExport = Buffer.from(`${engine.raw('export').json}\n`);
  engine.free();

  const problems = [];
  if (nativeLines.length !== lines.length || wasmLines.length !== lines.length) {
    problems.push(`line counts: ${lines.length} commands, ${nativeLines.length} native, ${wasmLines.length} wasm`);
  }
  const tally = {};
  let identical = 0;
  for (let i = 0; i < Math.min(nativeLines.length, wasmLines.length); i += 1) {
    if (Buffer.compare(nativeLines[i], wasmLines[i]) === 0) identical += 1;
    else if (problems.length < 10) problems.push(`line ${i + 1} differs:\n  command ${commandBytes[i]}\n  native  ${nativeLines[i]}\n  wasm    ${wasmLines[i]}`);
    const row = (tally[kinds[i]] ??= { allowed: 0, refused: 0, failed: 0, codes: new Set() });
    const text = nativeLines[i].toString();
    row[outcome(text)] += 1;
    for (const match of text.matchAll(/"code":"([A-Z0-9-]+)"/g)) row.codes.add(match[1]);
  }
  if (Buffer.compare(nativeExport, wasmExport) !== 0) problems.push(`the exported states differ (${nativeExport.length} B native, ${wasmExport.length} B wasm)`);

  // Queries on the final state: a new engine on each side loads what the native side exported.
  const queries = generateQueries(new Random(run.seed + 1), world, state);
  const queryEngine = module.createEngine(readFileSync(files.options));
  queryEngine.load(nativeExport);
  let queriesIdentical = 0;
  queries.forEach((query, index) => {
    const file = join(dir, `query-${index}.json`);
    writeFileSync(file, query);
    const nativeAnswer = native(['query', '--options', files.options, files.final, file]);
    const wasmAnswer = Buffer.from(`${queryEngine.raw('query', query).json}\n`);
    if (Buffer.compare(nativeAnswer, wasmAnswer) === 0) queriesIdentical += 1;
    else if (problems.length < 12) problems.push(`query ${query} differs:\n  native ${nativeAnswer}  wasm   ${wasmAnswer}`);
  });
  queryEngine.free();

  report(run, tally, { identical, total: lines.length, queriesIdentical, queries: queries.length, nativeMs, wasmMs, exportBytes: nativeExport.length });
  return problems;
}

function report(run, tally, figures) {
  console.log(`\nparity run "${run.name}" (seed ${run.seed}): ${figures.total} commands, ${figures.identical} identical lines; ` +
    `export ${figures.exportBytes} B; ${figures.queriesIdentical}/${figures.queries} queries identical; ` +
    `native CLI ${figures.nativeMs.toFixed(0)} ms (process included), wasm ${figures.wasmMs.toFixed(0)} ms`);
  console.log(`  ${'command'.padEnd(30)} ${'allowed'.padStart(8)} ${'refused'.padStart(8)} ${'failed'.padStart(8)}  codes seen`);
  const totals = { allowed: 0, refused: 0, failed: 0 };
  for (const name of [...COMMAND_NAMES, '(malformed)']) {
    const row = tally[name] ?? { allowed: 0, refused: 0, failed: 0, codes: new Set() };
    for (const key of Object.keys(totals)) totals[key] += row[key];
    console.log(`  ${name.padEnd(30)} ${String(row.allowed).padStart(8)} ${String(row.refused).padStart(8)} ${String(row.failed).padStart(8)}  ${[...row.codes].sort().join(' ')}`);
  }
  console.log(`  ${'total'.padEnd(30)} ${String(totals.allowed).padStart(8)} ${String(totals.refused).padStart(8)} ${String(totals.failed).padStart(8)}`);
}

const results = RUNS.map(runOne);
if (COMMAND_NAMES.length !== 26) results.push([`the generator knows ${COMMAND_NAMES.length} command names, spec §2.2 has 26`]);
for (const problem of results.flat()) console.log(`FAIL ${problem}`);
const failed = results.filter((problems) => problems.length > 0).length;
console.log(`parity: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
