# Sourced by ./run test: installs the native build into a temporary prefix and runs every host
# against that installed tree: the C program (pkg-config), the C++ project (find_package), the
# PHP class (FFI) and the Python module (ctypes), and the ABI gate on the installed library.

ensure_debian php-cli pkg-config binutils python3

HOSTS_PREFIX="$(mktemp -d "${TMPDIR:-/tmp}/samen-hosts.XXXXXX")"
HOSTS_SHARE="$HOSTS_PREFIX/share/samen"
HOSTS_CATALOGUS="$HOSTS_SHARE/examples/catalogus.json"

hosts_pkg_config() { PKG_CONFIG_PATH="$HOSTS_PREFIX/lib/pkgconfig" pkg-config "$@"; }

# The layout the issue promises, and the CLI running from the prefix without LD_LIBRARY_PATH.
hosts_install() {
  cmake --install "$BUILD_DIR" --prefix "$HOSTS_PREFIX" >/dev/null || return 1
  local file
  for file in lib/libsamen.so lib/libsamen.so.1 include/samen.h include/samen_ffi.h bin/samen \
    lib/cmake/samen/samenConfig.cmake lib/cmake/samen/samenConfigVersion.cmake lib/pkgconfig/samen.pc; do
    [ -e "$HOSTS_PREFIX/$file" ] || { echo "not installed: $file" >&2; return 1; }
  done
  if grep -nE '^[[:space:]]*#|SAMEN_API|SAMEN_EXTERN_C' "$HOSTS_PREFIX/include/samen_ffi.h" >&2; then
    echo "samen_ffi.h still has preprocessor lines or macros (above)" >&2
    return 1
  fi
  [ "$(hosts_pkg_config --variable=abi_version samen)" = "$(readlink "$HOSTS_PREFIX/lib/libsamen.so.1" | sed -E 's/^libsamen\.so\.([0-9]+).*/\1/')" ] \
    || { echo "samen.pc abi_version does not match the installed library" >&2; return 1; }
  "$HOSTS_PREFIX/bin/samen" run "$HOSTS_CATALOGUS" /dev/null >/dev/null
}

hosts_c_pkg_config() {
  local libdir
  libdir="$(hosts_pkg_config --variable=libdir samen)" || return 1
  # shellcheck disable=SC2046  # pkg-config's flags are meant to split
  cc -std=c99 -Wall -Wextra -Wpedantic -Werror "$HOSTS_SHARE/c/journey.c" -o "$HOSTS_PREFIX/journey-c" \
    $(hosts_pkg_config --cflags --libs samen) -Wl,-rpath,"$libdir" &&
    "$HOSTS_PREFIX/journey-c" "$HOSTS_CATALOGUS"
}

hosts_cmake_find_package() {
  cmake -S "$HOSTS_SHARE/cpp" -B "$HOSTS_PREFIX/journey-cpp" -DCMAKE_PREFIX_PATH="$HOSTS_PREFIX" \
    -DCMAKE_CXX_FLAGS="-Wall -Wextra -Werror" >/dev/null &&
    cmake --build "$HOSTS_PREFIX/journey-cpp" -- --no-print-directory >/dev/null &&
    "$HOSTS_PREFIX/journey-cpp/journey" "$HOSTS_CATALOGUS"
}

hosts_php() {
  SAMEN_PREFIX="$HOSTS_PREFIX" SAMEN_PHP_DIR="$HOSTS_SHARE/php" php -d ffi.enable=1 "$ROOT/tests/hosts/php_host_test.php"
}

hosts_python() {
  SAMEN_PREFIX="$HOSTS_PREFIX" SAMEN_PYTHON_DIR="$HOSTS_SHARE/python" python3 "$ROOT/tests/hosts/test_python_host.py"
}

hosts_abi() {
  python3 "$ROOT/capi/abi/check_abi.py" --header "$HOSTS_PREFIX/include/samen.h" \
    --library "$HOSTS_PREFIX/lib/libsamen.so" --abi-version "$(hosts_pkg_config --variable=abi_version samen)"
}

say "installing into $HOSTS_PREFIX (removed when the host tests pass)"
stage "hosts: install into a temporary prefix" hosts_install
stage "hosts: C program built with pkg-config" hosts_c_pkg_config
stage "hosts: C++ project with find_package(samen)" hosts_cmake_find_package
stage "hosts: PHP class (FFI), installed" hosts_php
stage "hosts: Python module (ctypes), installed" hosts_python
stage "hosts: ABI gate on the installed library" hosts_abi
rm -rf "$HOSTS_PREFIX"
