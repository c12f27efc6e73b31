"""The ABI gate (capi/abi/check_abi.py) passes on the real header and library and fails on each
kind of change it exists to catch. Usage: test_check_abi.py LIBSAMEN_SO ABI_VERSION
"""
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKER = ROOT / "capi" / "abi" / "check_abi.py"
HEADER = ROOT / "capi" / "include" / "samen.h"
LIBRARY, ABI = None, None


class AbiGate(unittest.TestCase):
    def setUp(self):
        self.dir = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.dir)
        shutil.copy(ROOT / "capi" / "abi" / f"samen-abi-{ABI}.txt", self.dir)

    def gate(self, header_text=None, abi=None, update=False):
        header = HEADER
        if header_text is not None:
            header = self.dir / "samen.h"
            header.write_text(header_text, encoding="utf-8")
        command = [sys.executable, str(CHECKER), "--header", str(header), "--library", LIBRARY,
                   "--abi-version", str(abi or ABI), "--abi-dir", str(self.dir)] + (["--update"] if update else [])
        return subprocess.run(command, capture_output=True, text=True, check=False)

    def changed_header(self, old, new):
        text = HEADER.read_text(encoding="utf-8")
        self.assertIn(old, text)
        return text.replace(old, new, 1)

    def test_the_recorded_abi_matches_header_and_library(self):
        run = self.gate()
        self.assertEqual(run.returncode, 0, run.stderr)

    def test_renaming_a_parameter_is_not_an_abi_change(self):
        run = self.gate(self.changed_header("const char* state, size_t len", "const char *json,size_t json_len"))
        self.assertEqual(run.returncode, 0, run.stderr)

    def test_a_changed_signature_needs_a_version_bump(self):
        run = self.gate(self.changed_header("const char* state, size_t len", "const char* state, uint32_t len"))
        self.assertEqual(run.returncode, 1)
        self.assertIn("changed incompatibly", run.stderr)
        self.assertIn("samen_engine_load(samen_engine*, const char*, size_t, char**)", run.stderr)

    def test_a_changed_status_value_needs_a_version_bump(self):
        run = self.gate(self.changed_header("SAMEN_ERR_MEMORY = 3", "SAMEN_ERR_MEMORY = 4"))
        self.assertEqual(run.returncode, 1)
        self.assertIn("enum samen_status: SAMEN_ERR_MEMORY = 3", run.stderr)

    def test_a_removed_function_needs_a_version_bump(self):
        text = HEADER.read_text(encoding="utf-8")
        declaration = next(line for line in text.splitlines() if "samen_engine_check(" in line)
        run = self.gate(text.replace(declaration, ""))
        self.assertEqual(run.returncode, 1)
        self.assertIn("changed incompatibly", run.stderr)
        self.assertIn("exported but not declared", run.stderr)

    def test_a_new_function_must_be_exported_and_recorded(self):
        run = self.gate(self.changed_header("SAMEN_API void samen_string_free(char* s);",
                                            "SAMEN_API void samen_string_free(char* s);\nSAMEN_API int samen_new_thing(void);"))
        self.assertEqual(run.returncode, 1)
        self.assertIn("samen_new_thing is declared in samen.h but not exported", run.stderr)
        self.assertIn("new in samen.h but not recorded", run.stderr)

    def test_a_function_without_SAMEN_API_is_refused(self):
        run = self.gate(self.changed_header("SAMEN_API void samen_string_free", "void samen_string_free"))
        self.assertEqual(run.returncode, 1)
        self.assertIn("not a SAMEN_API function", run.stderr)

    def test_the_version_must_match_soname_runtime_and_list(self):
        run = self.gate(abi=ABI + 1)
        self.assertEqual(run.returncode, 1)
        self.assertIn(f"expected libsamen.so.{ABI + 1}", run.stderr)
        self.assertIn(f"samen_abi_version() is {ABI}", run.stderr)
        self.assertIn(f"samen-abi-{ABI + 1}.txt is missing", run.stderr)

    def test_update_refuses_an_incompatible_change_and_records_a_new_list(self):
        run = self.gate(self.changed_header("SAMEN_ERR_MEMORY = 3", "SAMEN_ERR_MEMORY = 4"), update=True)
        self.assertEqual(run.returncode, 1)
        (self.dir / f"samen-abi-{ABI}.txt").unlink()
        run = self.gate(update=True)
        self.assertEqual(run.returncode, 0, run.stderr)
        recorded = (self.dir / f"samen-abi-{ABI}.txt").read_text(encoding="utf-8")
        self.assertEqual(recorded, (ROOT / "capi" / "abi" / f"samen-abi-{ABI}.txt").read_text(encoding="utf-8"))


if __name__ == "__main__":
    LIBRARY, ABI = sys.argv[1], int(sys.argv[2])
    unittest.main(argv=sys.argv[:1])
