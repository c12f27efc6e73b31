"""The Python half of ./run bench (scripts/bench.sh): on the same state text, Python's
jsonschema validating it against docs/schema/toestand.schema.json (json.loads included), versus
samen through ctypes (hosts/python/samen.py on libsamen.so): load + the controle query.
    python_peer.py STATE.json LIBSAMEN.so [ROUNDS]
Prints one JSON object. Times are process CPU time, the best of the rounds (the machine is shared).
"""

import json
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hosts" / "python"))
sys.path.insert(0, str(ROOT / "tests" / "schema"))

import samen  # noqa: E402
from schemas import validators  # noqa: E402

OPTIONS = {"limieten": {"maxBytes": 4294967295}}
CONTROLE = {"vraag": "controle", "tijdstip": "2026-11-22T10:00:00Z"}


def best(rounds, run):
    seconds = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        run()
        seconds = min(seconds, time.process_time() - start)
    return seconds


def main():
    state_path, library = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    # Both peers start from the file's UTF-8 bytes (json.loads takes bytes; so does samen), so
    # neither pays for the other's conversion from a Python str.
    text = pathlib.Path(state_path).read_bytes()
    validator = validators()["toestand"]

    problems = []

    def jsonschema_run():
        problems[:] = [e.message for e in validator.iter_errors(json.loads(text))][:3]

    # jsonschema is slow: one round is enough to see the ratio (and two would double the bench).
    jsonschema_s = best(1, jsonschema_run)
    if problems:
        raise SystemExit(f"jsonschema refuses the generated state: {problems}")

    findings = []

    def samen_run():
        with samen.Engine(OPTIONS, library=library) as engine:
            engine.load(text)
            findings[:] = [len(engine.query(CONTROLE).get("bevindingen", []))]

    samen_s = best(rounds, samen_run)
    print(json.dumps({"bytes": len(text), "jsonschema_s": jsonschema_s, "samen_ctypes_s": samen_s,
                      "bevindingen": findings[0], "python": sys.version.split()[0]}))


if __name__ == "__main__":
    main()
