# The js-demo page (issue 6), sourced after lib.sh by ./run demo and by the browser test stage:
# the wasm package, the page's files and the NL Design System CSS assembled into one static
# directory (build/js-demo), served on loopback. Everything comes from the repository or from
# npm packages installed here, so the page works without network access.
[ -n "${WASM_DIST_DIR:-}" ] || source "$ROOT/scripts/lib_wasm.sh"

DEMO_SOURCE_DIR="$ROOT/js-demo"
DEMO_SITE_DIR="${SAMEN_DEMO_SITE:-$ROOT/build/js-demo}"
DEMO_PORT="${SAMEN_DEMO_PORT:-8080}"

# prepare_demo_page: build/js-demo/ = the page (index.html, style.css, catalogus.json, src/),
# engine/ (the @samen/engine package from wasm/dist), vendor/ (Utrecht's component CSS and
# design tokens, and the Noto Sans font they name, from js-demo/node_modules).
prepare_demo_page() {
  npm_install "$DEMO_SOURCE_DIR" || return 1
  local site="$DEMO_SITE_DIR" modules="$DEMO_SOURCE_DIR/node_modules"
  rm -rf "$site"
  mkdir -p "$site/engine" "$site/vendor/utrecht" "$site/vendor/noto-sans/files"
  cp -r "$DEMO_SOURCE_DIR/index.html" "$DEMO_SOURCE_DIR/style.css" "$DEMO_SOURCE_DIR/catalogus.json" "$DEMO_SOURCE_DIR/src" "$site/"
  cp "$WASM_DIST_DIR"/*.js "$WASM_DIST_DIR"/samen.mjs "$WASM_DIST_DIR"/samen.wasm \
     "$WASM_DIST_DIR"/samen-debug.mjs "$WASM_DIST_DIR"/samen-debug.wasm "$site/engine/"
  cp "$modules/@utrecht/component-library-css/dist/index.css" "$site/vendor/utrecht/component-library.css"
  cp "$modules/@utrecht/design-tokens/dist/index.css" "$site/vendor/utrecht/design-tokens.css"
  cp "$modules/@fontsource-variable/noto-sans/index.css" "$site/vendor/noto-sans/index.css"
  cp "$modules/@fontsource-variable/noto-sans/files/"*-wght-normal.woff2 "$site/vendor/noto-sans/files/"
}

# serve_demo_page: builds what the page needs and serves it in the foreground until Ctrl-C.
serve_demo_page() {
  stage "wasm module and package (wasm/dist)" build_wasm samen_wasm samen_wasm_debug
  stage "js-demo page (${DEMO_SITE_DIR#$ROOT/})" prepare_demo_page
  stage_summary
  say "the js-demo page: http://127.0.0.1:$DEMO_PORT/ (Ctrl-C stops the server)"
  python3 "$ROOT/scripts/demo_server.py" --directory "$DEMO_SITE_DIR" --port "$DEMO_PORT" --quiet
}
