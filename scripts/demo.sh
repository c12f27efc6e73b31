# ./run demo: the js-demo page on http://127.0.0.1:8080 once it exists; until then, the
# collaboration journey through the samen CLI on the built-in example catalogue.
run_demo() {
  ensure_debian "${SAMEN_DEBIAN_PACKAGES[@]}"
  stage "native build" build_native
  if [ -f "$ROOT/scripts/demo_page.sh" ]; then
    source "$ROOT/scripts/demo_page.sh"
    serve_demo_page
    return
  fi
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
