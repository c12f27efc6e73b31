# The wasm module and its JavaScript API (issue 3): sourced by scripts/test.sh after the native
# stages, so build/native (the CLI the parity test compares with) is already built.
source "$ROOT/scripts/lib_wasm.sh"

WASM_NODE_TESTS=("$ROOT"/tests/wasm/*.test.mjs)

stage "wasm build (module, debug module, package)" build_wasm
stage "wasm Catch2 suites under node (ctest)" ctest --test-dir "$WASM_BUILD_DIR" --output-on-failure -j "$JOBS"
stage "JS API tests (node --test, release module)" node --expose-gc --test "${WASM_NODE_TESTS[@]}"
stage "JS API tests (node --test, debug module)" env SAMEN_WASM_DEBUG=1 node --expose-gc --test "${WASM_NODE_TESTS[@]}"
stage "wasm memory test (10,000 engines)" node --expose-gc "$ROOT/tests/wasm/memory.mjs"
stage "parity native vs wasm" node "$ROOT/tests/parity/parity.mjs" --samen "$BUILD_DIR/capi/samen" --work "$WASM_BUILD_DIR/parity"
stage "wasm sizes and Node start-up (figures)" node "$ROOT/tests/wasm/figures.mjs"
