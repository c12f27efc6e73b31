#!/usr/bin/env python3
"""The ABI gate: samen.h, the built libsamen.so and the recorded list of the public API
(samen-abi-<N>.txt, N = SAMEN_ABI_VERSION) must agree. See README.md beside this file.

  check_abi.py --header samen.h --library libsamen.so --abi-version N [--abi-dir DIR] [--update]

Fails when a recorded declaration changed or disappeared (that needs an ABI version bump and a
new list), when a declaration is new but not recorded (record it with --update), when the
library's exports differ from the header's functions, when C++ symbols leak out of the library,
or when the SONAME or samen_abi_version() do not say N.
"""
import argparse
import ctypes
import re
import subprocess
import sys
from pathlib import Path

ABI_DIR = Path(__file__).resolve().parent
C_TYPE_WORDS = {"void", "char", "short", "int", "long", "float", "double", "signed", "unsigned", "_Bool"}


def tokens_to_text(tokens):
    """Normalized C: words separated by one space, `*` bound to the type before it."""
    text = ""
    for token in tokens:
        if token in ("*", ",", ")", ";"):
            text += token
        elif text and not text.endswith(("(", " ")):
            text += " " + token
        else:
            text += token
    return text.replace(",", ", ")


def parameter_type(parameter):
    """`const char* options` -> `const char*`: parameter names are not part of the ABI."""
    tokens = re.findall(r"\w+|\*", parameter)
    if len(tokens) > 1 and re.fullmatch(r"[A-Za-z_]\w*", tokens[-1]) and tokens[-1] not in C_TYPE_WORDS:
        tokens = tokens[:-1]
    return tokens_to_text(tokens)


def enumerators(body):
    value = -1
    for item in filter(None, (part.strip() for part in body.split(","))):
        name, _, given = (piece.strip() for piece in item.partition("="))
        value = int(given, 0) if given else value + 1
        yield name, value


def declarations(header_text):
    """{name: normalized declaration} of every function, type and enumerator of the header."""
    text = re.sub(r"/\*.*?\*/|//[^\n]*", " ", header_text, flags=re.S)
    text = re.sub(r"^[ \t]*#(?:[^\n]*\\\n)*[^\n]*", " ", text, flags=re.M)
    text = re.sub(r"\bSAMEN_EXTERN_C_(?:BEGIN|END)\b", " ", text)
    found, problems = {}, []
    for statement in (" ".join(s.split()) for s in text.split(";")):
        if not statement:
            continue
        function = re.fullmatch(r"SAMEN_API (.+?)\b(\w+) ?\((.*)\)", statement)
        enum = re.fullmatch(r"typedef enum (\w+) ?\{(.*)\} ?(\w+)", statement)
        opaque = re.fullmatch(r"typedef struct (\w+) (\w+)", statement)
        if function:
            returns, name, parameters = function.groups()
            types = ", ".join(parameter_type(p) for p in parameters.split(","))
            returned = tokens_to_text(re.findall(r"\w+|\*", returns))
            found[name] = f"{returned} {name}({types});"
        elif enum:
            found[enum.group(3)] = f"typedef enum {enum.group(1)} {enum.group(3)};"
            for name, value in enumerators(enum.group(2)):
                found[name] = f"enum {enum.group(1)}: {name} = {value}"
        elif opaque:
            found[opaque.group(2)] = f"typedef struct {opaque.group(1)} {opaque.group(2)};"
        else:
            problems.append(f"samen.h: not a SAMEN_API function, an opaque struct or an enum: {statement}")
    return found, problems


def functions_of(found):
    return {name for name, text in found.items() if text.endswith(");")}


def library_problems(library, functions, abi_version):
    problems = []
    exported = set()
    for line in subprocess.run(["nm", "-D", "--defined-only", library], capture_output=True, text=True, check=True).stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "TtWiDdBbRrVv":
            exported.add(parts[2])
    for name in sorted(functions - exported):
        problems.append(f"{library}: {name} is declared in samen.h but not exported")
    for name in sorted(name for name in exported - functions if name.startswith("samen_") or name.startswith("_Z")):
        problems.append(f"{library}: {name} is exported but not declared in samen.h")
    soname = re.search(r"SONAME\s+(\S+)", subprocess.run(["objdump", "-p", library], capture_output=True, text=True, check=True).stdout)
    if not soname or soname.group(1) != f"libsamen.so.{abi_version}":
        problems.append(f"{library}: SONAME is {soname and soname.group(1)}, expected libsamen.so.{abi_version}")
    lib = ctypes.CDLL(str(Path(library).resolve()))
    lib.samen_abi_version.restype = ctypes.c_uint32
    if lib.samen_abi_version() != abi_version:
        problems.append(f"{library}: samen_abi_version() is {lib.samen_abi_version()}, expected {abi_version}")
    return problems


def read_list(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def write_list(path, found, abi_version):
    header = [f"# The public C ABI of samen, version {abi_version}: every declaration of samen.h, normalized.",
              "# Checked by capi/abi/check_abi.py; how to change it: capi/abi/README.md."]
    kind = {"typedef": 0, "enum": 1}
    lines = [text for _, text in sorted(found.items(), key=lambda item: (kind.get(item[1].split()[0], 2), item[0]))]
    path.write_text("\n".join(header + lines) + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--header", required=True)
    parser.add_argument("--library", required=True)
    parser.add_argument("--abi-version", required=True, type=int)
    parser.add_argument("--abi-dir", type=Path, default=ABI_DIR, help="where the samen-abi-<N>.txt lists are")
    parser.add_argument("--update", action="store_true", help="record compatible additions (or a new ABI version's list)")
    args = parser.parse_args()

    found, problems = declarations(Path(args.header).read_text(encoding="utf-8"))
    problems += library_problems(args.library, functions_of(found), args.abi_version)
    recorded_path = args.abi_dir / f"samen-abi-{args.abi_version}.txt"
    current = set(found.values())
    recorded = set(read_list(recorded_path)) if recorded_path.exists() else set()
    broken = sorted(recorded - current)
    added = sorted(current - recorded)

    if broken:
        problems.append(f"the ABI changed incompatibly against {recorded_path.name}; bump SAMEN_ABI_VERSION in "
                        f"CMakeLists.txt and record samen-abi-{args.abi_version + 1}.txt with --update. Changed or gone:")
        problems += [f"  {line}" for line in broken]
    if args.update and not broken and not problems:
        write_list(recorded_path, found, args.abi_version)
        print(f"recorded {len(found)} declarations in {recorded_path}")
    elif not recorded:
        problems.append(f"{recorded_path} is missing: record it with --update")
    elif added:
        problems.append(f"new in samen.h but not recorded in {recorded_path.name} (compatible: record with --update):")
        problems += [f"  {line}" for line in added]

    for problem in problems:
        print(f"check_abi: {problem}", file=sys.stderr)
    if not problems:
        print(f"samen ABI {args.abi_version}: {len(functions_of(found))} functions and {len(found) - len(functions_of(found))} "
              f"types and enumerators as recorded in {recorded_path.name}; exports and SONAME agree")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
