# ./run fuzz [SECONDS]: every libFuzzer target of tests/fuzz for SECONDS each (default 60),
# built with clang-14 and ASan+UBSan in build/fuzz. Fails on any crash, leak, timeout or
# out-of-memory, and prints the executions per target. Also sourced by scripts/test.d for the
# short fuzz run of ./run test.

FUZZ_DEBIAN_PACKAGES=(clang-14 libclang-rt-14-dev llvm-14)
FUZZ_BUILD_DIR="$ROOT/build/fuzz"
FUZZ_TARGETS=(options load command query session strtod parse)
FUZZ_RESULTS=()

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-/usr/bin/llvm-symbolizer-14}"

# The largest input a target is given: states and sessions are longer than one command.
fuzz_max_len() {
  case "$1" in
    load | session) echo 8192 ;;
    command) echo 4096 ;;
    *) echo 2048 ;;
  esac
}

# The hostile corpus (tests/hostile) that seeds a target, if any.
fuzz_hostile_seeds() {
  case "$1" in
    options) echo "$ROOT/tests/hostile/options" ;;
    load) echo "$ROOT/tests/hostile/state" ;;
    command) echo "$ROOT/tests/hostile/command" ;;
    query) echo "$ROOT/tests/hostile/query" ;;
  esac
}

# Configures build/fuzz once (core and C shims instrumented for coverage) and builds the targets.
build_fuzzers() {
  if [ ! -f "$FUZZ_BUILD_DIR/CMakeCache.txt" ]; then
    CC=clang-14 CXX=clang++-14 cmake -S "$ROOT" -B "$FUZZ_BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DSAMEN_SANITIZE=fuzzer-no-link,address,undefined -DSAMEN_BUILD_FUZZERS=ON -DSAMEN_BUILD_CLI=OFF >/dev/null || return 1
  fi
  local targets=()
  local name
  for name in "${FUZZ_TARGETS[@]}"; do targets+=("fuzz_$name"); done
  cmake --build "$FUZZ_BUILD_DIR" -j "$JOBS" --target "${targets[@]}" -- --no-print-directory |
    grep -vE '^\[ *[0-9]+%\] (Building|Linking|Built target)' || true
  test "${PIPESTATUS[0]}" -eq 0
}

# fuzz_target NAME SECONDS: runs one target from its seeds (tests/fuzz/corpus, regressions and
# the hostile corpus) plus what earlier runs found (build/fuzz/corpus/NAME). A crash is written to
# tests/fuzz/artifacts/NAME/ (git-ignored); copy it into tests/fuzz/regressions/NAME/ once fixed.
fuzz_target() {
  local name="$1" seconds="$2"
  local work="$FUZZ_BUILD_DIR/corpus/$name" log="$FUZZ_BUILD_DIR/fuzz-$name.log"
  local artifacts="$ROOT/tests/fuzz/artifacts/$name/"
  mkdir -p "$work" "$artifacts"
  local seeds=("$ROOT/tests/fuzz/corpus/$name") extra
  for extra in "$ROOT/tests/fuzz/regressions/$name" "$(fuzz_hostile_seeds "$name")"; do
    [ -n "$extra" ] && [ -d "$extra" ] && seeds+=("$extra")
  done
  local status=0
  "$FUZZ_BUILD_DIR/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$(fuzz_max_len "$name")" -dict="$ROOT/tests/fuzz/samen.dict" -artifact_prefix="$artifacts" \
    -print_final_stats=1 "$work" "${seeds[@]}" >"$log" 2>&1 || status=$?
  local runs per_second corpus
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  per_second="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
  corpus="$(find "$work" -type f | wc -l)"
  FUZZ_RESULTS+=("$(printf '%-10s %6ss %12s %9s %8s  %s' "$name" "$seconds" "${runs:-?}" "${per_second:-?}" "$corpus" \
    "$([ $status -eq 0 ] && echo ok || echo "FAILED ($status), see $log")")")
  if [ $status -ne 0 ]; then
    grep -E -A12 'ERROR|contract breach|Test unit written' "$log" | head -60 >&2
    return $status
  fi
}

fuzz_summary() {
  say "fuzzing: executions per target"
  printf '    %-10s %7s %12s %9s %8s  %s\n' target time executions "exec/s" corpus result
  printf '    %s\n' "${FUZZ_RESULTS[@]}"
}

# fuzz_all SECONDS: every target in turn; all run even when one fails, then the summary.
fuzz_all() {
  local seconds="$1" name failed=0
  FUZZ_RESULTS=()
  for name in "${FUZZ_TARGETS[@]}"; do
    stage "fuzz: $name (${seconds}s)" fuzz_target "$name" "$seconds" || failed=1
  done
  fuzz_summary
  return $failed
}

run_fuzz() {
  local seconds="${1:-60}"
  [[ "$seconds" =~ ^[0-9]+$ ]] && [ "$seconds" -gt 0 ] || die "usage: ./run fuzz [SECONDS] (seconds per target)"
  ensure_debian "${SAMEN_DEBIAN_PACKAGES[@]}" "${FUZZ_DEBIAN_PACKAGES[@]}"
  stage "fuzz: build (clang-14, ASan+UBSan, libFuzzer)" build_fuzzers
  local status=0
  fuzz_all "$seconds" || status=$?
  stage_summary
  return $status
}
