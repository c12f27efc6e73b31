#!/usr/bin/env python3
"""`samen check` (spec §6): the controle report on stdout; exit 0 without a fout, 1 with one,
2 on a usage error or an unreadable STATE/OPTIONS (then stdout stays empty and stderr holds
{"fouten": [...]})."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

SAMEN = sys.argv[1]
EXAMPLES = sys.argv[2]
CATALOGUE = os.path.join(EXAMPLES, "catalogus.json")


def check(*args):
    done = subprocess.run([SAMEN, "check", *args], capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout, done.stderr


class SamenCheck(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, value):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as out:
            out.write(value if isinstance(value, str) else json.dumps(value))
        return path

    def assert_usage_error(self, code, stdout, stderr, fout_code):
        self.assertEqual(code, 2)
        self.assertEqual(stdout, "")
        self.assertEqual(json.loads(stderr)["fouten"][0]["code"], fout_code)

    def test_warnings_only_exit_0(self):
        code, stdout, stderr = check(CATALOGUE)
        self.assertEqual((code, stderr), (0, ""))
        report = json.loads(stdout)
        self.assertEqual(report["vraag"], "controle")
        self.assertEqual(report["aantallen"], {"fout": 0, "waarschuwing": 1})
        self.assertEqual(report["bevindingen"][0]["code"], "ORG-001")
        self.assertEqual(stdout.count("\n"), 1)

    def test_a_fout_exits_1(self):
        with open(CATALOGUE, encoding="utf-8") as source:
            state = json.load(source)
        state["gebruik"][0]["module"] = "m-weg"
        code, stdout, stderr = check(self.write("state.json", state))
        self.assertEqual((code, stderr), (1, ""))
        report = json.loads(stdout)
        self.assertEqual(report["aantallen"]["fout"], 1)
        finding = next(b for b in report["bevindingen"] if b["ernst"] == "fout")
        self.assertEqual((finding["code"], finding["pad"], finding["soort"], finding["id"]),
                         ("INVOER-003", "/gebruik/0/module", "gebruik", "u-utrecht-zaak"))

    def test_options_and_tijdstip(self):
        options = self.write("options.json", {"taal": "en"})
        code, stdout, _ = check("--options", options, "--tijdstip", "2026-11-22T10:00:00Z", CATALOGUE)
        self.assertEqual(code, 0)
        report = json.loads(stdout)
        self.assertEqual(report["tijdstip"], "2026-11-22T10:00:00Z")
        org001 = [b for b in report["bevindingen"] if b["code"] == "ORG-001"]
        self.assertIn("was not registered from an aanvraag", org001[0]["melding"])
        # with a tijdstip EVAL-003 is judged: the example's collectives were never evaluated
        eval003 = [(b["id"], b["ernst"]) for b in report["bevindingen"] if b["code"] == "EVAL-003"]
        self.assertEqual(eval003, [("sw-noord", "waarschuwing"), ("com-open", "waarschuwing")])

    def test_usage_errors_exit_2(self):
        self.assert_usage_error(*check(), "ARGUMENT")
        self.assert_usage_error(*check(CATALOGUE, "extra.json"), "ARGUMENT")
        self.assert_usage_error(*check(os.path.join(self.dir.name, "missing.json")), "ARGUMENT")
        self.assert_usage_error(*check("--tijdstip", "gisteren", CATALOGUE), "ARGUMENT")
        self.assert_usage_error(*check(self.write("list.json", "[1]")), "TOESTAND")
        self.assert_usage_error(*check(self.write("syntax.json", "{")), "JSON-SYNTAX")
        bad_options = self.write("options.json", {"beleid": {"onbekend": 1}})
        self.assert_usage_error(*check("--options", bad_options, CATALOGUE), "OPTIES")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=1)
