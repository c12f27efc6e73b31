// The Node half of ./run bench (scripts/bench.sh): the wasm module through its JS API, and the
// JavaScript peer (JSON.parse + an ajv validator compiled from docs/schema) on the same string.
//   node wasm_bench.mjs --api DIR --s1 S1.json --s10 S10.json --commands C.jsonl [--rounds N]
// DIR holds the compiled JS API (index.js) beside samen.mjs/samen.wasm. Prints one JSON object.
// Times are process CPU time (process.cpuUsage), the best of the rounds: the machine is shared;
// single checks are timed in batches with performance.now() (see checks).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const { values: args } = parseArgs({
  options: {
    api: { type: 'string' }, s1: { type: 'string' }, s10: { type: 'string' }, commands: { type: 'string' },
    rounds: { type: 'string', default: '5' }, 'check-rounds': { type: 'string', default: '5' },
  },
});
const ROUNDS = Number(args.rounds);
const CHECK_ROUNDS = Number(args['check-rounds']);
const CONTROLE = JSON.stringify({ vraag: 'controle', tijdstip: '2026-11-22T10:00:00Z' });
const SCHEMA_DIR = new URL('../../docs/schema/', import.meta.url);

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
// Best CPU time (seconds) of `rounds` runs of f; f gets the round number.
function best(rounds, f) {
  let min = Infinity;
  for (let round = 0; round < rounds; round += 1) {
    const start = cpuSeconds();
    f(round);
    min = Math.min(min, cpuSeconds() - start);
  }
  return min;
}
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
};

const api = await import(pathToFileURL(`${args.api}/index.js`).href);
const module = await api.loadModule();
const newEngine = () => module.createEngine({ limieten: { maxBytes: 4294967295 } });

// load + controle from the JS string, timed as natively (national_bench.cpp): a fresh engine each
// round, created and freed outside the timed part (freeing a state is not loading one).
function loadAndControle(text) {
  let controle = true;
  let geladen;
  let bevindingen = 0;
  let seconds = Infinity;
  for (let round = 0; round < ROUNDS; round += 1) {
    const engine = newEngine();
    try {
      const start = cpuSeconds();
      geladen = engine.load(text);
      try {
        bevindingen = engine.query(CONTROLE).bevindingen.length;
      } catch (error) {
        if (error?.fouten?.[0]?.code !== 'VRAAG-ONBEKEND') throw error;
        controle = false; // until the controle query exists: load alone
      }
      seconds = Math.min(seconds, cpuSeconds() - start);
    } finally {
      engine.free();
    }
  }
  return { seconds, controle, geladen, bevindingen };
}

// One check per command: the best of the rounds per command, then the percentiles over commands.
// A check takes microseconds, below what process.cpuUsage resolves: each round times a batch of
// CHECK_BATCH calls of the same command with the high-resolution clock (a check changes nothing).
const CHECK_BATCH = 4;
function checks(statePath, commands) {
  const engine = newEngine();
  engine.load(readFileSync(statePath, 'utf8'));
  const bestPerCommand = commands.map(() => Infinity);
  let allowed = 0;
  let refused = 0;
  let notEvaluated = 0;
  for (let round = 0; round < CHECK_ROUNDS; round += 1) {
    commands.forEach((command, i) => {
      let result;
      const start = performance.now();
      for (let call = 0; call < CHECK_BATCH; call += 1) {
        try {
          result = engine.check(command);
        } catch {
          result = undefined;
        }
      }
      bestPerCommand[i] = Math.min(bestPerCommand[i], (performance.now() - start) / 1e3 / CHECK_BATCH);
      if (round > 0) return;
      if (!result) notEvaluated += 1;
      else if (result.toegestaan) allowed += 1;
      else refused += 1;
    });
  }
  engine.free();
  const us = bestPerCommand.map((s) => s * 1e6);
  return { commands: commands.length, allowed, refused, not_evaluated: notEvaluated,
    p50_us: percentile(us, 0.5), p90_us: percentile(us, 0.9), p99_us: percentile(us, 0.99) };
}

// The peer: JSON.parse, then a validator ajv compiled from the state schema.
function ajvPeer(text) {
  const schema = JSON.parse(readFileSync(new URL('toestand.schema.json', SCHEMA_DIR), 'utf8'));
  const ajv = new Ajv2020({ allErrors: false, strict: true, validateFormats: false });
  const validate = ajv.compile(schema);
  let valid = false;
  const parseSeconds = best(ROUNDS, () => JSON.parse(text));
  const seconds = best(ROUNDS, () => {
    valid = validate(JSON.parse(text));
  });
  if (!valid) throw new Error(`ajv refuses the generated state: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  return { seconds, parse_seconds: parseSeconds };
}

const s1 = readFileSync(args.s1, 'utf8');
const commands = readFileSync(args.commands, 'utf8').split('\n').filter((line) => line.length > 0);
const ajv = ajvPeer(s1);
const load = loadAndControle(s1);
const out = {
  node: process.version,
  bytes: Buffer.byteLength(s1),
  load_controle_s: load.seconds,
  controle: load.controle,
  bevindingen: load.bevindingen,
  ajv_s: ajv.seconds,
  json_parse_s: ajv.parse_seconds,
  check_s1: checks(args.s1, commands),
  check_s10: checks(args.s10, commands),
  heap_bytes: module.heapBytes,
};
console.log(JSON.stringify(out));
