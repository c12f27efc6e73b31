# ./run demo: the js-demo page (the collaboration journey in the browser, on the wasm engine)
# built and served on http://127.0.0.1:8080 (SAMEN_DEMO_PORT for another port).
# ./run demo --cli: the same journey's key steps through the samen CLI on examples/catalogus.json.
run_demo() {
  ensure_debian "${SAMEN_DEBIAN_PACKAGES[@]}"
  case "${1:-}" in
    --cli) demo_cli ;;
    "") source "$ROOT/scripts/demo_page.sh"; serve_demo_page ;;
    *) die "unknown option for ./run demo: $1 (none for the page, --cli for the command line)" ;;
  esac
}

demo_cli() {
  stage "native build" build_native
  local out
  out="$(mktemp -d)"
  set +e
  "$BUILD_DIR/capi/samen" run "$ROOT/examples/catalogus.json" "$ROOT/examples/journey.jsonl" \
    --out "$out/nieuwe-toestand.json" >"$out/resultaten.jsonl"
  local status=$?
  set -e
  [ $status -le 1 ] || { cat "$out/resultaten.jsonl"; die "samen run failed ($status)"; }
  python3 "$ROOT/scripts/demo_journey.py" "$ROOT/examples/journey.jsonl" "$out/resultaten.jsonl"
  say "final state written to $out/nieuwe-toestand.json (samen run exit code $status: 1 = something was refused)"
}
