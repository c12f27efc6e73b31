# Sourced by ./run test: the native suites again under ASan+UBSan (build/asan: core, C shims and
# tests only), the hostile corpus and the authorization property test there, the thread test
# under TSan (build/tsan: only that test), and a short fuzz run (build/fuzz, clang-14).
# Each build directory is configured once and reused; SAMEN_FUZZ_SECONDS sets the fuzz time.

source "$ROOT/scripts/fuzz.sh"
ensure_debian "${FUZZ_DEBIAN_PACKAGES[@]}"

ASAN_BUILD_DIR="$ROOT/build/asan"
TSAN_BUILD_DIR="$ROOT/build/tsan"
HARDENING_FUZZ_SECONDS="${SAMEN_FUZZ_SECONDS:-20}"
# Tests that run the library inside another runtime (Python, PHP) or only read files: they have
# nothing to sanitize, and an instrumented libsamen.so cannot be loaded into an uninstrumented one.
SANITIZER_EXCLUDED='^(hosts|docs): ?'
# Run in their own stages below (their output is worth reading).
HARDENING_OWN_STAGES='^hardening: ?(every hostile input|no command is ever allowed)'

# sanitizer_build DIR SANITIZERS [TARGET...]: configures DIR once with g++ and the sanitizers on
# the core, the C shims and the tests (no CLI), then builds the targets (default: all).
sanitizer_build() {
  local dir="$1" sanitizers="$2"
  shift 2
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSAMEN_SANITIZE="$sanitizers" \
      -DSAMEN_BUILD_CLI=OFF >/dev/null || return 1
  fi
  local targets=()
  [ $# -gt 0 ] && targets=(--target "$@")
  cmake --build "$dir" -j "$JOBS" "${targets[@]}" -- --no-print-directory |
    grep -vE '^\[ *[0-9]+%\] (Building|Linking|Built target)' || true
  test "${PIPESTATUS[0]}" -eq 0
}

# ASan's frames are several times larger: the 10,000-level nesting test needs more than the
# default 8 MiB of stack there (natively it fits; see docs/limits.md).
asan_ctest() {
  (
    ulimit -s 262144 2>/dev/null || true
    ctest --test-dir "$ASAN_BUILD_DIR" --output-on-failure -j "$JOBS" -E "$SANITIZER_EXCLUDED|$HARDENING_OWN_STAGES"
  )
}

asan_hostile_corpus() {
  "$ASAN_BUILD_DIR/tests/hardening/samen_hardening_tests" "[hostile]"
}

asan_authorization_property() {
  "$ASAN_BUILD_DIR/tests/hardening/samen_hardening_tests" "[property]"
}

# TSan maps memory at fixed places, which high ASLR entropy can collide with: without ASLR when
# the machine allows it.
tsan_threads() {
  local test="$TSAN_BUILD_DIR/tests/threads/samen_thread_tests"
  if setarch "$(uname -m)" -R true 2>/dev/null; then
    TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1" setarch "$(uname -m)" -R "$test"
  else
    TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1" "$test"
  fi
}

stage "asan+ubsan: build core, C shims and tests" sanitizer_build "$ASAN_BUILD_DIR" address,undefined
stage "asan+ubsan: native suites (ctest)" asan_ctest
stage "asan+ubsan: hostile corpus" asan_hostile_corpus
stage "asan+ubsan: authorization property" asan_authorization_property
stage "tsan: build the thread test" sanitizer_build "$TSAN_BUILD_DIR" thread samen_thread_tests
stage "tsan: separate engines and concurrent readers" tsan_threads
stage "fuzz: build (clang-14, ASan+UBSan, libFuzzer)" build_fuzzers
fuzz_all "$HARDENING_FUZZ_SECONDS"
