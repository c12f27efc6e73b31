# ./run test: every suite, each stage timed. Beyond the native build and ctest, each file in
# scripts/test.d/ runs its own stages when sourced, in the order of the file names.
run_test() {
  ensure_debian "${SAMEN_DEBIAN_PACKAGES[@]}"
  local start=$SECONDS
  stage "native build" build_native
  stage "native tests (ctest)" ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS"
  local part
  for part in "$ROOT"/scripts/test.d/*.sh; do
    [ -e "$part" ] || continue
    source "$part"
  done
  stage_summary
  say "all tests passed in $((SECONDS - start))s"
}
