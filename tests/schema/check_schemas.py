"""The schemas of docs/schema accept the built-in examples (examples/catalogus.json, every
command of examples/journey.jsonl) and a generated catalogue, and refuse what the wire format
forbids. Usage: check_schemas.py [SAMEN_GEN]  (the generator, to validate a generated state)."""

import json
import pathlib
import subprocess
import sys
import tempfile

from schemas import validators

ROOT = pathlib.Path(__file__).resolve().parents[2]


def errors(validator, value):
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in validator.iter_errors(value)]


def main():
    v = validators()
    failures = []

    def expect(valid, kind, value, what):
        found = errors(v[kind], value)
        if valid and found:
            failures.append(f"{what}: refused: {found[:3]}")
        if not valid and not found:
            failures.append(f"{what}: accepted, but the wire format forbids it")

    expect(True, "toestand", json.loads((ROOT / "examples" / "catalogus.json").read_text(encoding="utf-8")), "examples/catalogus.json")
    lines = (ROOT / "examples" / "journey.jsonl").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        expect(True, "opdracht", json.loads(line), f"examples/journey.jsonl:{number}")

    if len(sys.argv) > 1:
        with tempfile.TemporaryDirectory() as work:
            path = pathlib.Path(work) / "state.json"
            subprocess.run([sys.argv[1], "state", "0.05", str(path)], check=True)
            expect(True, "toestand", json.loads(path.read_text(encoding="utf-8")), "generated catalogue (scale 0.05)")

    # What the schemas refuse: the test would be worthless if they accepted everything.
    command = json.loads(lines[0])
    expect(False, "toestand", {"modulen": []}, "an unknown kind of object")
    expect(False, "toestand", {"modules": [{"naam": "zonder id"}]}, "an object without id")
    expect(False, "toestand", {"modules": [{"id": ""}]}, "an empty id")
    expect(False, "toestand", {"gebruik": [{"id": "u", "status": "Actief"}]}, "a usage status outside the vocabulary")
    expect(False, "toestand", {"lidmaatschappen": [{"id": "l", "actiefSinds": "gisteren"}]}, "a timestamp that is no RFC 3339")
    expect(False, "opdracht", {**command, "opdracht": "lidmaatschap.stopzetten"}, "an unknown command")
    expect(False, "opdracht", {**command, "gegevens": {"id": "l-1", "samenwerking": "sw"}}, "lidmaatschap.aangeven without lid")
    expect(False, "opdracht", {k: x for k, x in command.items() if k != "tijdstip"}, "a command without tijdstip")
    expect(False, "opdracht", {**command, "actor": {"rollen": "gebruik-beheerder"}}, "rollen that are no list")

    for failure in failures:
        print("FAIL", failure)
    print(f"schemas: {len(lines)} journey commands, the example catalogue and the refusals checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
