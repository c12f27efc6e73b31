# Shared helpers of ./run: logging, timed stages, installing dependencies, the native build.

# Debian packages every part of the build and tests needs.
SAMEN_DEBIAN_PACKAGES=(cmake g++ make python3 nlohmann-json3-dev libexpected-dev catch2 libcli11-dev)
BUILD_DIR="${SAMEN_BUILD_DIR:-$ROOT/build/native}"
JOBS="${SAMEN_JOBS:-$(nproc 2>/dev/null || echo 2)}"

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
die() { printf 'run: %s\n' "$*" >&2; exit 2; }

# stage NAME COMMAND...: runs one stage and prints how long it took.
STAGE_REPORT=()
stage() {
  local name="$1"; shift
  local start=$SECONDS
  say "$name"
  if "$@"; then
    STAGE_REPORT+=("$(printf '%-44s %4ds  ok' "$name" $((SECONDS - start)))")
  else
    local status=$?
    STAGE_REPORT+=("$(printf '%-44s %4ds  FAILED' "$name" $((SECONDS - start)))")
    stage_summary
    return $status
  fi
}
stage_summary() {
  [ ${#STAGE_REPORT[@]} -gt 0 ] || return 0
  say "stages"
  printf '    %s\n' "${STAGE_REPORT[@]}"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $*"; fi
}

# ensure_debian PACKAGE...: installs the packages that are missing; silent when none are.
ensure_debian() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# build_native [BUILD_TYPE]: configures (once) and builds the library, the CLI and the tests.
build_native() {
  local type="${1:-RelWithDebInfo}"
  if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="$type" >/dev/null
  fi
  cmake --build "$BUILD_DIR" -j "$JOBS" -- --no-print-directory | grep -vE '^\[ *[0-9]+%\] (Building|Linking|Built target)' || true
  test "${PIPESTATUS[0]}" -eq 0
}
