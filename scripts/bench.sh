# ./run bench: items 1–6 of issue 7 in one run on the same generated data (release builds),
# a table, docs/performance.md, and as the last line `BENCH {json}`. Figures only: nothing here
# fails on a missed target (tests never time anything).
source "$ROOT/scripts/lib_wasm.sh"

BENCH_DIR="${SAMEN_BENCH_DIR:-$ROOT/build/bench}"
BENCH_COMMANDS="${SAMEN_BENCH_COMMANDS:-2000}"

# The release build of the native half: library, generator, measuring program.
bench_build_native() {
  if [ ! -f "$BENCH_DIR/native/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BENCH_DIR/native" -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  cmake --build "$BENCH_DIR/native" -j "$JOBS" --target samen samen_gen_cli samen_bench_national -- --no-print-directory \
    | grep -vE '^(\[ *[0-9]+%\] (Building|Linking|Built target)|-- (Configuring|Generating) done|-- Build files)' || true
  test "${PIPESTATUS[0]}" -eq 0
}

# The release wasm module and its JS API, compiled into $BENCH_DIR/api (wasm/dist stays the
# test's). Only the module is built, not the wasm test suites.
bench_build_wasm() {
  ensure_wasm_toolchain
  if [ ! -f "$WASM_BUILD_DIR/CMakeCache.txt" ]; then
    emcmake cmake -S "$ROOT" -B "$WASM_BUILD_DIR" -DCMAKE_BUILD_TYPE=Release \
      "-DCMAKE_CROSSCOMPILING_EMULATOR=$(command -v node);--no-experimental-fetch" >/dev/null
  fi
  cmake --build "$WASM_BUILD_DIR" -j "$JOBS" --target samen_wasm -- --no-print-directory \
    | grep -vE '^(\[ *[0-9]+%\] (Building|Linking|Built target)|-- (Configuring|Generating) done|-- Build files)' || true
  test "${PIPESTATUS[0]}" -eq 0 || return 1
  npm_install "$WASM_PACKAGE_DIR"
  rm -rf "$BENCH_DIR/api"
  (cd "$WASM_PACKAGE_DIR" && ./node_modules/.bin/tsc -p tsconfig.json --outDir "$BENCH_DIR/api")
  cp "$WASM_BUILD_DIR"/wasm/samen.mjs "$WASM_BUILD_DIR"/wasm/samen.wasm "$BENCH_DIR/api/"
}

# The data: S1, S10, S100 and one command stream, written once per generator build.
bench_generate() {
  local gen="$BENCH_DIR/native/tests/gen/samen-gen" data="$BENCH_DIR/data" scale
  mkdir -p "$data"
  for scale in 1 10 100; do
    [ "$data/S$scale.json" -nt "$gen" ] || "$gen" state "$scale" "$data/S$scale.json"
  done
  [ "$data/commands.jsonl" -nt "$gen" ] || "$gen" commands "$BENCH_COMMANDS" "$data/commands.jsonl"
}

bench_machine() {
  python3 - "$@" <<'EOF'
import json, os, platform, subprocess, sys
def out(*command):
    try:
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip().splitlines()[0]
    except Exception:
        return "?"
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
memory = next((int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
print(json.dumps({"cpu": f"{cpu}, {os.cpu_count()} logical cores (shared with other work)",
                  "memory": f"{memory / 2**20:.1f} GiB", "system": f"{platform.system()} {platform.release()}",
                  "compiler": out("c++", "--version"), "emscripten": out("emcc", "--version"),
                  "node": out("node", "--version"), "python": out("/usr/bin/python3", "--version")}))
EOF
}

run_bench() {
  ensure_debian "${SAMEN_DEBIAN_PACKAGES[@]}" python3-jsonschema gzip
  local native="$BENCH_DIR/native" data="$BENCH_DIR/data" figures="$BENCH_DIR/figures"
  local measure="$native/tests/bench/samen_bench_national"
  stage "native release build" bench_build_native
  stage "wasm release module and JS API" bench_build_wasm
  npm_install "$ROOT/tests/bench"
  stage "generated catalogues S1, S10, S100 and commands" bench_generate
  mkdir -p "$figures"
  stage "1: parse alone, load + controle (native, S1)" \
    bash -c "'$measure' parse '$data/S1.json' 5 >'$figures/parse_s1.json' && '$measure' load '$data/S1.json' 5 >'$figures/load_s1.json'"
  stage "2: check on S1 and S100 (native)" \
    bash -c "'$measure' check '$data/S1.json' '$data/commands.jsonl' 5 >'$figures/check_s1.json' && '$measure' check '$data/S100.json' '$data/commands.jsonl' 5 >'$figures/check_s100.json'"
  stage "3+4: wasm under Node, JSON.parse + ajv" \
    bash -c "node '$ROOT/tests/bench/wasm_bench.mjs' --api '$BENCH_DIR/api' --s1 '$data/S1.json' --s10 '$data/S10.json' --commands '$data/commands.jsonl' >'$figures/node.json'"
  stage "4: Python jsonschema vs samen through ctypes" \
    bash -c "PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 '$ROOT/tests/bench/python_peer.py' '$data/S1.json' '$native/capi/libsamen.so' >'$figures/python.json'"
  stage "5: resident growth after loading S10" bash -c "'$measure' memory '$data/S10.json' >'$figures/memory_s10.json'"
  local wasm="$BENCH_DIR/api/samen.wasm"
  printf '{"wasm_bytes": %d, "wasm_gzip_bytes": %d}\n' "$(stat -c %s "$wasm")" "$(gzip -9c "$wasm" | wc -c)" >"$figures/sizes.json"
  bench_machine >"$figures/machine.json"
  stage_summary
  python3 "$ROOT/tests/bench/report.py" "$figures" "$ROOT/docs/performance.md"
}
