# ./run build: the native library, CLI and tests in build/native.
run_build() {
  ensure_debian "${SAMEN_DEBIAN_PACKAGES[@]}"
  stage "native build" build_native
}
