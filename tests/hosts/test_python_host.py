"""The Python host (hosts/python/samen.py, ctypes) on a real libsamen.so: the membership and
usage journey of its example, the wrapper's error paths, and the example's transcript.

Which library: $SAMEN_LIBRARY, else $SAMEN_PREFIX/lib (see samen.py). Which wrapper and example:
$SAMEN_PYTHON_DIR (the installed share/samen/python), else hosts/python of this checkout.
ctest runs it on the build tree, scripts/test.d/30-hosts.sh on the installed tree.

Tests named *usage* need the command gebruik.registreren.
"""
import copy
import os
import subprocess
import sys
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON_DIR = Path(os.environ.get("SAMEN_PYTHON_DIR") or ROOT / "hosts" / "python")
CATALOGUS = ROOT / "examples" / "catalogus.json"
sys.path.insert(0, str(PYTHON_DIR))

import journey  # noqa: E402  (the documented example: its JOURNEY is the journey tested here)
import samen  # noqa: E402

DECLARE, CONFIRM, SELF_ADD, USAGE = journey.JOURNEY


def codes(result):
    return [m["code"] for m in result["meldingen"]]


def by_id(objects, object_id):
    return next(o for o in objects if o["id"] == object_id)


class Loaded(unittest.TestCase):
    def setUp(self):
        self.engine = samen.Engine()
        self.addCleanup(self.engine.close)
        self.loaded = self.engine.load(CATALOGUS.read_text(encoding="utf-8"))


class MembershipJourney(Loaded):
    def test_load_answers_the_counts(self):
        self.assertEqual(self.loaded["geladen"]["organisaties"], 11)

    def test_declared_membership_awaits_confirmation(self):
        result = self.engine.apply(DECLARE)
        self.assertTrue(result["toegestaan"])
        created = result["wijzigingen"][0]
        self.assertEqual((created["actie"], created["soort"]), ("aanmaken", "lidmaatschap"))
        self.assertEqual(created["object"]["status"], "aangevraagd")

    def test_confirmed_membership_is_active_and_linked(self):
        self.engine.apply(DECLARE)
        result = self.engine.apply(CONFIRM)
        self.assertTrue(result["toegestaan"], result)
        state = self.engine.export()
        self.assertEqual(by_id(state["lidmaatschappen"], "l-houten-noord")["status"], "actief")
        self.assertIn("g-houten", by_id(state["organisaties"], "sw-noord")["deelnemers"])
        leden = self.engine.query({"vraag": "leden", "actor": journey.NOORD, "gegevens": {"samenwerking": "sw-noord"}})
        self.assertIn({"lid": "g-houten", "status": "actief"}, [{"lid": l["lid"], "status": l["status"]} for l in leden["leden"]])
        deelnames = self.engine.query({"vraag": "deelnames", "gegevens": {"organisatie": "g-houten"}})
        self.assertEqual([d["samenwerking"] for d in deelnames["deelnames"]], ["sw-noord"])

    def test_a_collective_adding_a_member_is_refused_with_LID_003_and_changes_nothing(self):
        before = self.engine.export()
        result = self.engine.apply(SELF_ADD)
        self.assertFalse(result["toegestaan"])
        self.assertEqual(codes(result), ["LID-003"])
        self.assertEqual(result["meldingen"][0]["pad"], "/gegevens/lid")
        self.assertEqual(result["wijzigingen"], [])
        self.assertEqual(self.engine.export(), before)

    def test_check_is_a_dry_run(self):
        before = self.engine.export()
        result = self.engine.check(DECLARE)
        self.assertTrue(result["toegestaan"])
        self.assertEqual(len(result["wijzigingen"]), 1)
        self.assertEqual(self.engine.export(), before)


class UsageJourney(Loaded):
    """Needs gebruik.registreren."""

    def setUp(self):
        super().setUp()
        for step in (DECLARE, CONFIRM):
            self.assertTrue(self.engine.apply(step)["toegestaan"])

    def test_usage_for_members_is_allowed_and_exported(self):
        result = self.engine.apply(USAGE)
        self.assertTrue(result["toegestaan"], result)
        usage = by_id(self.engine.export()["gebruik"], "u-noord-portaal")
        self.assertEqual((usage["afnemer"], usage["module"]), ("sw-noord", "m-portaal"))
        self.assertEqual(usage["deelnemers"], ["g-utrecht", "g-houten"])

    def test_usage_for_a_non_member_is_refused_with_GEBR_004(self):
        command = copy.deepcopy(USAGE)
        command["gegevens"]["deelnemers"] = ["g-bunnik"]
        result = self.engine.apply(command)
        self.assertFalse(result["toegestaan"])
        self.assertIn("GEBR-004", codes(result))
        self.assertNotIn("u-noord-portaal", [g["id"] for g in self.engine.export()["gebruik"]])


class Wrapper(Loaded):
    def test_unevaluable_input_raises_with_its_fouten_and_changes_nothing(self):
        before = self.engine.export()
        with self.assertRaises(samen.SamenError) as raised:
            self.engine.apply("{geen json")
        self.assertEqual(raised.exception.status, samen.Status.ERR_INPUT)
        self.assertEqual(raised.exception.codes, ["JSON-SYNTAX"])
        with self.assertRaises(samen.SamenError) as raised:
            self.engine.apply({"opdracht": "bestaat.niet"})
        self.assertEqual(raised.exception.codes, ["OPDRACHT-ONBEKEND"])
        self.assertEqual(self.engine.export(), before)

    def test_bad_options_raise_OPTIES(self):
        with self.assertRaises(samen.SamenError) as raised:
            samen.Engine({"beleid": {"onbekend": True}})
        self.assertEqual(raised.exception.codes, ["OPTIES"])

    def test_options_reach_the_engine(self):
        with samen.Engine({"taal": "en"}) as english:
            english.load(CATALOGUS.read_bytes())
            self.assertEqual(english.options["taal"], "en")
            melding_en = english.apply(SELF_ADD)["meldingen"][0]["melding"]
        melding_nl = self.engine.apply(SELF_ADD)["meldingen"][0]["melding"]
        self.assertNotEqual(melding_en, melding_nl)

    def test_non_ascii_input_is_passed_by_its_utf8_length(self):
        reden = "Fusie — gemeenten Zeist én Houten: ‘één’ organisatie"
        command = journey.command("lidmaatschap.beeindigen", journey.NOORD, "2026-11-20T16:00:00Z",
                                  id="sw-noord~g-utrecht", reden=reden)
        result = self.engine.apply(command)
        self.assertTrue(result["toegestaan"], result)
        self.assertEqual(by_id(self.engine.export()["lidmaatschappen"], "sw-noord~g-utrecht")["reden"], reden)

    def test_a_closed_engine_refuses_calls(self):
        with samen.Engine() as engine:
            self.assertFalse(engine.closed)
        self.assertTrue(engine.closed)
        engine.close()
        with self.assertRaises(ValueError):
            engine.export()

    def test_version_and_abi(self):
        self.assertEqual(samen.abi_version(), samen.SUPPORTED_ABI)
        self.assertRegex(samen.version(), r"^\d+\.\d+\.\d+$")


class Example(unittest.TestCase):
    """Needs gebruik.registreren (the journey's usage step)."""

    def test_usage_journey_example_prints_the_expected_transcript(self):
        run = subprocess.run([sys.executable, str(PYTHON_DIR / "journey.py"), str(CATALOGUS)],
                             capture_output=True, text=True, check=False)
        self.assertEqual(run.stderr, "")
        self.assertEqual(run.stdout, (Path(__file__).parent / "journey.expected").read_text(encoding="utf-8"))
        self.assertEqual(run.returncode, 0)


if __name__ == "__main__":
    unittest.main()
