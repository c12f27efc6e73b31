# The js-demo page in a real browser (issue 6): sourced by scripts/test.sh after the wasm stages
# (20-wasm.sh built wasm/dist). The page is assembled as ./run demo serves it, then
# tests/browser/ walks the collaboration journey in Debian's Chromium with playwright-core, and
# imports the npm-packed @samen/engine in a page of its own (issue 9).
# Screenshots: build/screenshots/ (their paths are printed).
source "$ROOT/scripts/demo_page.sh"
ensure_debian chromium

stage "js-demo page (${DEMO_SITE_DIR#$ROOT/})" prepare_demo_page
stage "browser test packages (tests/browser, npm)" npm_install "$ROOT/tests/browser"
stage "browser: journey, npm package (Chromium)" env SAMEN_DEMO_SITE="$DEMO_SITE_DIR" SAMEN_SCREENSHOTS="$ROOT/build/screenshots" \
  node --test "$ROOT"/tests/browser/*.test.mjs
