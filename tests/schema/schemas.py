"""The JSON Schemas of docs/schema (draft 2020-12) as jsonschema validators, the state schema
registered so that the command schema's references to it resolve."""

import json
import pathlib

from jsonschema import Draft202012Validator

SCHEMA_DIR = pathlib.Path(__file__).resolve().parents[2] / "docs" / "schema"


def load_schemas():
    return {name: json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))
            for name in ("toestand", "opdracht")}


def validators():
    """{"toestand": validator, "opdracht": validator}."""
    schemas = load_schemas()
    for schema in schemas.values():
        Draft202012Validator.check_schema(schema)
    try:  # jsonschema >= 4.18
        from referencing import Registry, Resource
        registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas.values())
        return {name: Draft202012Validator(schema, registry=registry) for name, schema in schemas.items()}
    except ImportError:  # Debian 12's jsonschema 4.10
        from jsonschema import RefResolver
        store = {s["$id"]: s for s in schemas.values()}
        return {name: Draft202012Validator(schema, resolver=RefResolver.from_schema(schema, store=store))
                for name, schema in schemas.items()}
