# The wasm build and the npm package, for ./run test (and later ./run demo). Sourced after lib.sh.
#
# Node: the tests run on the `node` found on PATH (this machine image ships Node 20 as the
# Debian package `nodejs`); where there is none, Debian 12's own nodejs (18.19) and npm are
# installed, which the package supports too (engines: node >= 18.18). Emscripten itself also
# runs on that node (/usr/share/emscripten/.emscripten: NODE_JS = /usr/bin/node).

WASM_BUILD_DIR="${SAMEN_WASM_BUILD_DIR:-$ROOT/build/wasm}"
WASM_PACKAGE_DIR="$ROOT/wasm"
WASM_DIST_DIR="$WASM_PACKAGE_DIR/dist"
# emcc's JS optimiser needs Debian's acorn (node-acorn), which Node does not search by itself.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

ensure_wasm_toolchain() {
  ensure_debian emscripten
  command -v node >/dev/null || ensure_debian nodejs
  command -v npm >/dev/null || ensure_debian npm
}

# npm_install DIR: the package's dev dependencies from its lock file; quiet when up to date.
npm_install() {
  local dir="$1"
  if [ -f "$dir/node_modules/.package-lock.json" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
    return 0
  fi
  say "installing npm packages in ${dir#$ROOT/}"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
}

# build_wasm: the Emscripten build (module, debug module, Catch2 suites), then the package in
# wasm/dist: the TypeScript layer compiled by tsc beside samen.mjs/.wasm and samen-debug.*.
build_wasm() {
  ensure_wasm_toolchain
  if [ ! -f "$WASM_BUILD_DIR/CMakeCache.txt" ]; then
    # The test emulator: emcmake's default passes a flag Node 20 rejects, and Node's fetch
    # cannot read the .wasm from disk (docs/toolchain.md P4, P5).
    emcmake cmake -S "$ROOT" -B "$WASM_BUILD_DIR" -DCMAKE_BUILD_TYPE=Release \
      "-DCMAKE_CROSSCOMPILING_EMULATOR=$(command -v node);--no-experimental-fetch" >/dev/null
  fi
  cmake --build "$WASM_BUILD_DIR" -j "$JOBS" -- --no-print-directory | grep -vE '^\[ *[0-9]+%\] (Building|Linking|Built target)' || true
  test "${PIPESTATUS[0]}" -eq 0 || return 1
  npm_install "$WASM_PACKAGE_DIR"
  rm -rf "$WASM_DIST_DIR"
  (cd "$WASM_PACKAGE_DIR" && ./node_modules/.bin/tsc -p tsconfig.json)
  cp "$WASM_BUILD_DIR"/wasm/samen.mjs "$WASM_BUILD_DIR"/wasm/samen.wasm \
     "$WASM_BUILD_DIR"/wasm/samen-debug.mjs "$WASM_BUILD_DIR"/wasm/samen-debug.wasm "$WASM_DIST_DIR"/
}
