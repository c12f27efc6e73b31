# Sourced by ./run test: the JSON Schemas of docs/schema (draft 2020-12) accept the built-in
# examples and a generated catalogue, and refuse what the wire format forbids. Debian's
# python3-jsonschema, on Debian's python3 (a python3 earlier on PATH may lack the package).

ensure_debian python3 python3-jsonschema

stage "JSON Schemas (docs/schema) on the examples" env PYTHONDONTWRITEBYTECODE=1 \
  /usr/bin/python3 "$ROOT/tests/schema/check_schemas.py" "$BUILD_DIR/tests/gen/samen-gen"
