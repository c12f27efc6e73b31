# ./run build: the native library, CLI and tests in build/native.
# ./run build wasm: also the WebAssembly module and the npm package in wasm/dist
# (then `npm pack ./wasm` makes the @samen/engine tarball, docs/hosts/node.md).
run_build() {
  ensure_debian "${SAMEN_DEBIAN_PACKAGES[@]}"
  stage "native build" build_native
  if [ "${1:-}" = wasm ]; then
    source "$ROOT/scripts/lib_wasm.sh"
    stage "wasm build (module, debug module, package)" build_wasm
  fi
}
