# Shared by the scripts in scripts/: where things are and how to build them.
# Source it; it defines functions and sets ROOT.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"  # Emscripten's optimizer needs acorn from here

say() { printf '\n== %s\n' "$*"; }

# The native build with warnings as errors (preset `native` or `native-asan`).
build_native() {
  local preset="${1:-native}"
  cmake --preset "$preset" -G Ninja -S "$ROOT" >/dev/null
  cmake --build "$ROOT/build/$preset"
}

# The WebAssembly build. Emscripten must not see /usr/include, so it gets a folder that
# holds only links to the header-only libraries the core uses.
build_wasm() {
  local include="$ROOT/build/wasm-include"
  mkdir -p "$include"
  for lib in nlohmann utf8cpp dtl; do ln -sfn "/usr/include/$lib" "$include/$lib"; done
  cmake --preset wasm -G Ninja -S "$ROOT" >/dev/null
  cmake --build "$ROOT/build/wasm"
}
