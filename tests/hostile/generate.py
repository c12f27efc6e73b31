#!/usr/bin/env python3
"""Writes the hostile corpus: tests/hostile/<entry>/<name> (raw bytes, fed as they are to
samen_engine_new, load, check/apply or query) and expectations.json (for each file, the codes
of which one must answer and, for meldingen, the JSON Pointer it must point at). A command or
query this build does not know yet may answer OPDRACHT-ONBEKEND / VRAAG-ONBEKEND instead; the
test finds out which ones those are by asking the engine.

Deterministic; run it again after changing it. tests/hardening/hostile_corpus_test.cpp runs
every file against the example catalogue under the limits in LIMITS below.
"""
import json
import pathlib
import shutil
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fuzz"))
from samples import COMMANDS, FB, TIJDSTIP, beheerder, command, compact, query  # noqa: E402

# The options the hostile engine runs with: small enough that oversize files stay small.
LIMITS = {"maxBytes": 32768, "maxDiepte": 64}
OVERSIZE = LIMITS["maxBytes"] + 100

files = {}          # relative path -> bytes
expectations = {}   # relative path -> {"codes": [...], "pad": "..."?}

SYNTAX = ["JSON-SYNTAX"]
INVOER = ["INVOER-001", "INVOER-002"]
# Rule codes that replace INVOER-00x where the rule names the field (spec §7).
OWN_CODES = {"samenwerkingtype": ["ORG-004", "AANV-001"], "grondslag": ["AANV-001"],
             "gegevensuitwisselingRichting": ["KOP-002"], "moduleB": ["KOP-001"],
             "buitengemeentelijkVoorziening": ["KOP-001"], "plan": ["EVAL-001"], "do": ["EVAL-001"],
             "check": ["EVAL-001"], "act": ["EVAL-001"]}


def add(entry, name, content, codes, pad=None):
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    path = f"{entry}/{name}"
    assert path not in files, path
    files[path] = data
    expectation = {"codes": codes}
    if pad is not None:
        expectation["pad"] = pad
    expectations[path] = expectation


DECLARE = command("lidmaatschap.aangeven", beheerder("g-bunnik"),
                  {"id": "l-bunnik-noord", "samenwerking": "sw-noord", "lid": "g-bunnik"})
DECLARE_TEXT = compact(DECLARE)


def with_gegevens(base, **changes):
    out = json.loads(json.dumps(base))
    out["gegevens"].update(changes)
    return out


def syntax():
    """Truncated and malformed JSON, for every entry point."""
    text = DECLARE_TEXT
    for cut in (1, 2, 13, 14, 15, 30, 60, 90, len(text) // 2, len(text) - 2, len(text) - 1):
        add("command", f"syntax-truncated-at-{cut:03d}", text[:cut], SYNTAX)
    malformed = {
        "trailing-comma": text[:-2] + ",}}",
        "single-quotes": text.replace('"', "'"),
        "unquoted-keys": text.replace('"opdracht"', "opdracht"),
        "comment": "/* x */" + text,
        "line-comment": text + "// x",
        "nan": text.replace('"l-bunnik-noord"', "NaN"),
        "infinity": text.replace('"l-bunnik-noord"', "-Infinity"),
        "leading-zero": text.replace('"l-bunnik-noord"', "01"),
        "hex-number": text.replace('"l-bunnik-noord"', "0x10"),
        "plus-number": text.replace('"l-bunnik-noord"', "+1"),
        "dot-number": text.replace('"l-bunnik-noord"', ".5"),
        "number-overflow": text.replace('"l-bunnik-noord"', "1e400"),
        "garbage-after": text + "x",
        "two-values": text + text,
        "missing-colon": text.replace('"opdracht":', '"opdracht" '),
        "missing-comma": text.replace(',"actor"', ' "actor"'),
        "raw-newline-in-string": text.replace("l-bunnik-noord", "l-bunnik\nnoord"),
        "raw-tab-in-string": text.replace("l-bunnik-noord", "l-bunnik\tnoord"),
        "bad-escape": text.replace("l-bunnik-noord", "l-bunnik\\xnoord"),
        "short-unicode-escape": text.replace("l-bunnik-noord", "l-bunnik\\u12"),
        "lone-high-surrogate": text.replace("l-bunnik-noord", "l-\\ud800"),
        "lone-low-surrogate": text.replace("l-bunnik-noord", "l-\\udc00"),
        "reversed-surrogates": text.replace("l-bunnik-noord", "l-\\udc00\\ud800"),
        "unterminated-string": '{"opdracht":"lidmaatschap.aangeven',
        "true-typo": text.replace('"l-bunnik-noord"', "tru"),
        "only-close": "}",
        "empty": "",
        "whitespace": " \n\t\r ",
        "bom-then-garbage": "\ufeff]",
    }
    for name, value in malformed.items():
        add("command", f"syntax-{name}", value, SYNTAX)
    for name, value in {"null": "null", "array": "[]", "number": "42", "string": '"opdracht"', "true": "true",
                        "empty-object": "{}", "no-opdracht": compact({"actor": {}, "gegevens": {}})}.items():
        add("command", f"shape-{name}", value, ["OPDRACHT-ONTBREEKT"])
    for name, value in {"number": 42, "null": None, "list": ["lidmaatschap.aangeven"], "object": {},
                        "unknown": "lidmaatschap.verzinnen", "case": "Lidmaatschap.Aangeven",
                        "space": " lidmaatschap.aangeven", "empty": "", "nul-escaped-suffix": "lidmaatschap.aangeven\u0001"}.items():
        add("command", f"opdracht-{name}", compact(dict(DECLARE, opdracht=value)), ["OPDRACHT-ONBEKEND", "OPDRACHT-ONTBREEKT"])
    for entry, sample in (("state", '{"organisaties":[{"id":"a","naam":"A"}]}'),
                          ("query", '{"vraag":"leden","gegevens":{"samenwerking":"sw-noord"}}'),
                          ("options", '{"beleid":{"lidmaatschapBevestiging":false}}')):
        for cut in (1, len(sample) // 2, len(sample) - 1):
            add(entry, f"syntax-truncated-at-{cut:03d}", sample[:cut], SYNTAX)
        add(entry, "syntax-trailing-comma", sample[:-1] + ",}", SYNTAX)
        add(entry, "syntax-single-quotes", sample.replace('"', "'"), SYNTAX)
        if entry != "options":  # no options at all are the defaults
            add(entry, "syntax-empty", "", SYNTAX)
        add(entry, "syntax-garbage-after", sample + "]", SYNTAX)


def depth():
    """Nesting far over the limit, in every entry point (the limit is 64)."""
    for levels in (65, 100, 1000, 15000):
        add("command", f"depth-arrays-{levels}", "[" * levels + "]" * levels, ["JSON-DIEPTE"])
        add("command", f"depth-unclosed-{levels}", '{"opdracht":"x","gegevens":' + "[" * levels, ["JSON-DIEPTE"])
    add("command", "depth-objects-in-gegevens-70",
        '{"opdracht":"lidmaatschap.aangeven","gegevens":' + '{"a":' * 70 + "1" + "}" * 71, ["JSON-DIEPTE"])
    add("command", "depth-in-actor", '{"opdracht":"x","actor":' + "[" * 80 + "]" * 80 + "}", ["JSON-DIEPTE"])
    add("state", "depth-in-object-66", '{"organisaties":[{"id":"a","x":' + "[" * 63 + "]" * 63 + "}]}", ["JSON-DIEPTE"])
    add("state", "depth-unclosed-10000", "[" * 10000, ["JSON-DIEPTE"])
    add("query", "depth-in-gegevens", '{"vraag":"leden","gegevens":' + "[" * 70 + "]" * 70 + "}", ["JSON-DIEPTE"])
    add("options", "depth-in-beleid", '{"beleid":' + "[" * 100 + "]" * 100 + "}", ["JSON-DIEPTE"])


def size():
    """Inputs over maxBytes (only the options have no smaller limit than the default)."""
    big = "x" * OVERSIZE
    add("command", "size-long-naam", compact(with_gegevens(DECLARE, toelichting=big)), ["JSON-GROOTTE"])
    add("command", "size-long-id", compact(with_gegevens(DECLARE, id=big)), ["JSON-GROOTTE"])
    add("command", "size-whitespace", " " * OVERSIZE + DECLARE_TEXT, ["JSON-GROOTTE"])
    add("state", "size-many-objects",
        compact({"organisaties": [{"id": f"g-{i}", "naam": "G"} for i in range(OVERSIZE // 20)]}), ["JSON-GROOTTE"])
    add("query", "size-long-samenwerking", compact(query("leden", {}, {"samenwerking": big})), ["JSON-GROOTTE"])


BAD_UTF8 = {
    "ff": b"\xff", "c0-overlong-slash": b"\xc0\xaf", "e0-overlong": b"\xe0\x80\x80", "f0-overlong": b"\xf0\x80\x80\x80",
    "surrogate-d800": b"\xed\xa0\x80", "beyond-10ffff": b"\xf4\x90\x80\x80", "lone-continuation": b"\x80",
    "truncated-2": b"\xc3", "truncated-3": b"\xe2\x82", "five-byte": b"\xf8\x88\x80\x80\x80", "c2-then-ascii": b"\xc2A",
    "latin1-e-acute": b"\xe9",
}


def utf8():
    """Invalid and overlong UTF-8 inside and outside strings."""
    text = DECLARE_TEXT.encode()
    for name, raw in BAD_UTF8.items():
        add("command", f"utf8-in-id-{name}", text.replace(b"l-bunnik-noord", b"l-" + raw), ["JSON-UTF8"])
    add("command", "utf8-in-opdracht", text.replace(b"aangeven", b"aangev\xe9n"), ["JSON-UTF8"])
    add("command", "utf8-in-key", text.replace(b'"gegevens"', b'"gegev\xffens"'), ["JSON-UTF8"])
    add("command", "utf8-outside-string", text + b"\xc0", ["JSON-UTF8"])
    add("command", "utf8-at-end", text[:-1] + b"\xe2\x82", ["JSON-UTF8"])
    for name in ("ff", "c0-overlong-slash", "surrogate-d800", "truncated-3"):
        add("state", f"utf8-{name}", b'{"organisaties":[{"id":"a","naam":"' + BAD_UTF8[name] + b'"}]}', ["JSON-UTF8"])
        add("query", f"utf8-{name}", b'{"vraag":"leden","gegevens":{"samenwerking":"sw-' + BAD_UTF8[name] + b'"}}', ["JSON-UTF8"])
        add("options", f"utf8-{name}", b'{"taal":"' + BAD_UTF8[name] + b'"}', ["JSON-UTF8"])


def nul():
    """NUL inside strings: raw (a JSON syntax error) or escaped (refused: hosts cannot store it)."""
    text = DECLARE_TEXT.encode()
    add("command", "nul-raw-in-id", text.replace(b"l-bunnik-noord", b"l-bunnik\x00noord"), SYNTAX)
    add("command", "nul-raw-outside-string", text[:-1] + b"\x00}", SYNTAX)
    add("command", "nul-raw-at-start", b"\x00" + text, SYNTAX)
    add("command", "nul-escaped-in-id", text.replace(b"l-bunnik-noord", b"l-bunnik\\u0000noord"), SYNTAX)
    add("command", "nul-escaped-in-opdracht", text.replace(b"aangeven", b"aangeven\\u0000"), SYNTAX)
    add("command", "nul-escaped-in-lid", text.replace(b'"lid":"g-bunnik"', b'"lid":"g-bunnik\\u0000"'), SYNTAX)
    add("command", "nul-escaped-in-key", text.replace(b'"gegevens"', b'"gegevens\\u0000"'), SYNTAX)
    add("command", "nul-escaped-in-rol", text.replace(b'"gebruik-beheerder"', b'"gebruik-beheerder\\u0000"'), SYNTAX)
    add("state", "nul-escaped-in-id", '{"organisaties":[{"id":"a\\u0000b","naam":"A"}]}', SYNTAX)
    add("state", "nul-raw-in-naam", b'{"organisaties":[{"id":"a","naam":"A\x00B"}]}', SYNTAX)
    add("query", "nul-escaped-in-samenwerking", '{"vraag":"leden","gegevens":{"samenwerking":"sw-noord\\u0000"}}', SYNTAX)
    add("options", "nul-escaped-in-taal", '{"taal":"nl\\u0000"}', SYNTAX)


def duplicate_keys():
    text = DECLARE_TEXT
    add("command", "duplicate-opdracht", text.replace('{"opdracht"', '{"opdracht":"x","opdracht"', 1), SYNTAX)
    add("command", "duplicate-actor", text.replace('"tijdstip"', '"actor":{"rollen":["functioneel-beheerder"]},"tijdstip"', 1), SYNTAX)
    add("command", "duplicate-rollen", text.replace('"rollen"', '"rollen":["functioneel-beheerder"],"rollen"', 1), SYNTAX)
    add("command", "duplicate-gegevens-id", text.replace('"samenwerking"', '"id":"l-2","samenwerking"', 1), SYNTAX)
    add("command", "duplicate-lid", text.replace('"lid":"g-bunnik"', '"lid":"g-bunnik","lid":"g-houten"', 1), SYNTAX)
    add("command", "duplicate-tijdstip", text.replace('"tijdstip"', '"tijdstip":"2020-01-01T00:00:00Z","tijdstip"', 1), SYNTAX)
    add("command", "duplicate-escaped-key", text.replace('"lid":"g-bunnik"', '"lid":"g-bunnik","l\\u0069d":"g-houten"', 1), SYNTAX)
    add("state", "duplicate-kind", '{"organisaties":[],"organisaties":[{"id":"a"}]}', SYNTAX)
    add("state", "duplicate-id-key", '{"organisaties":[{"id":"a","id":"b"}]}', SYNTAX)
    add("query", "duplicate-vraag", '{"vraag":"leden","vraag":"deelnames","gegevens":{"samenwerking":"sw-noord"}}', SYNTAX)
    add("options", "duplicate-taal", '{"taal":"nl","taal":"en"}', SYNTAX)


NUMBERS = {"zero": 0, "negative": -1, "huge": 1e308, "negative-huge": -1e308, "beyond-uint64": 18446744073709551616,
           "fraction": 1.5, "minus-zero": -0.0}


def numbers_and_dates():
    """Huge and negative numbers where ids or dates belong; dates that do not exist."""
    for name, value in NUMBERS.items():
        add("command", f"number-as-id-{name}", compact(with_gegevens(DECLARE, id=value)), INVOER, "/gegevens/id")
        add("command", f"number-as-tijdstip-{name}", compact(dict(DECLARE, tijdstip=value)), ["INVOER-005"], "/tijdstip")
    add("command", "number-as-samenwerking", compact(with_gegevens(DECLARE, samenwerking=-1)), INVOER, "/gegevens/samenwerking")
    add("command", "number-as-lid", compact(with_gegevens(DECLARE, lid=2**63)), INVOER, "/gegevens/lid")
    bad_times = {
        "february-30": "2026-02-30T10:00:00Z", "february-29-no-leap-year": "2025-02-29T10:00:00Z",
        "february-29-1900": "1900-02-29T10:00:00Z", "month-13": "2026-13-01T10:00:00Z",
        "month-00": "2026-00-10T10:00:00Z", "november-31": "2026-11-31T10:00:00Z", "day-00": "2026-11-00T10:00:00Z",
        "hour-24": "2026-11-22T24:00:00Z", "minute-60": "2026-11-22T10:60:00Z", "second-61": "2026-11-22T10:00:61Z",
        "no-zone": "2026-11-22T10:00:00", "date-only": "2026-11-22", "offset-25h": "2026-11-22T10:00:00+25:00",
        "offset-no-colon": "2026-11-22T10:00:00+0100", "year-0000": "0000-01-01T00:00:00Z",
        "year-5-digits": "10000-01-01T00:00:00Z", "empty-fraction": "2026-11-22T10:00:00.Z",
        "leading-space": " 2026-11-22T10:00:00Z", "trailing-space": "2026-11-22T10:00:00Z ", "words": "gisteren",
        "empty": "", "space-separator": "2026-11-22 10:00:00Z", "negative-year": "-2026-11-22T10:00:00Z",
        "unix-seconds-text": "1763805600",
    }
    for name, value in bad_times.items():
        add("command", f"date-tijdstip-{name}", compact(dict(DECLARE, tijdstip=value)), ["INVOER-005"], "/tijdstip")
    add("command", "date-tijdstip-missing", compact({k: v for k, v in DECLARE.items() if k != "tijdstip"}),
        ["INVOER-005"], "/tijdstip")
    for name in ("february-30", "hour-24", "no-zone"):
        add("query", f"date-tijdstip-{name}", compact(query("leden", beheerder("sw-noord"), {"samenwerking": "sw-noord"},
                                                          tijdstip=bad_times[name])), ["INVOER-005"], "/tijdstip")
    agreement = next(c for c in COMMANDS if c[0] == "afspraak.vastleggen")
    for name, (van, tot) in {"van-february-30": ("2027-02-30", "2027-03-01"), "tot-month-13": ("2027-03-01", "2027-13-01"),
                             "van-number": (-5, "2027-03-01"), "datetime": ("2027-03-01T10:00:00Z", "2027-03-02")}.items():
        gegevens = dict(agreement[2], evenement={"van": van, "tot": tot})
        add("command", f"date-evenement-{name}", compact(command(agreement[0], agreement[1], gegevens)),
            INVOER, "/gegevens/evenement")


WRONG = {
    "text": {"number": 42, "list": ["x"], "object": {"x": 1}},
    "id": {"negative": -1, "object": {"id": "x"}, "empty": ""},
    "list": {"string": "x", "numbers": [42], "empty-element": [""]},
    "object": {"string": "x", "list": []},
    "bool": {"string": "true", "number": 1},
}


def wrong_types():
    """Every field of every command of spec §2.2 with values of wrong types."""
    seen = set()
    for opdracht, actor, gegevens, types in COMMANDS:
        for field, kind in types.items():
            if (opdracht, field) in seen:
                continue
            seen.add((opdracht, field))
            for wrong_name, wrong in WRONG[kind].items():
                value = dict(gegevens, **{field: wrong})
                codes = INVOER + OWN_CODES.get(field, [])
                if wrong == "":  # an empty id names nothing: INVOER-003 says that as clearly
                    codes = codes + ["INVOER-003"]
                add("command", f"type-{opdracht}-{field}-{wrong_name}", compact(command(opdracht, actor, value)),
                    codes, f"/gegevens/{field}")
    envelope = {
        "actor-string": (dict(DECLARE, actor="g-bunnik"), "/actor"),
        "actor-number": (dict(DECLARE, actor=42), "/actor"),
        "actor-list": (dict(DECLARE, actor=[beheerder("g-bunnik")]), "/actor"),
        "actor-organisatie-number": (dict(DECLARE, actor={"organisatie": 7, "rollen": ["gebruik-beheerder"]}), "/actor/organisatie"),
        "actor-organisatie-empty": (dict(DECLARE, actor={"organisatie": "", "rollen": ["gebruik-beheerder"]}), "/actor/organisatie"),
        "actor-organisatie-list": (dict(DECLARE, actor={"organisatie": ["g-bunnik"], "rollen": ["gebruik-beheerder"]}), "/actor/organisatie"),
        "actor-rollen-string": (dict(DECLARE, actor={"organisatie": "g-bunnik", "rollen": "gebruik-beheerder"}), "/actor/rollen"),
        "actor-rollen-number": (dict(DECLARE, actor={"organisatie": "g-bunnik", "rollen": [7]}), "/actor/rollen"),
        "actor-rollen-unknown": (dict(DECLARE, actor={"organisatie": "g-bunnik", "rollen": ["koning"]}), "/actor/rollen"),
        "actor-rollen-object": (dict(DECLARE, actor={"organisatie": "g-bunnik", "rollen": {"gebruik-beheerder": True}}), "/actor/rollen"),
        "gegevens-string": (dict(DECLARE, gegevens="l-bunnik-noord"), "/gegevens"),
        "gegevens-list": (dict(DECLARE, gegevens=[DECLARE["gegevens"]]), "/gegevens"),
        "gegevens-number": (dict(DECLARE, gegevens=1), "/gegevens"),
        "gegevens-missing": ({k: v for k, v in DECLARE.items() if k != "gegevens"}, "/gegevens"),
        "tijdstip-list": (dict(DECLARE, tijdstip=[TIJDSTIP]), "/tijdstip"),
    }
    for name, (value, pad) in envelope.items():
        codes = ["INVOER-005"] if pad == "/tijdstip" else INVOER
        add("command", f"envelope-{name}", compact(value), codes, pad)


def ids():
    """Ids that are empty, or very long and naming nothing (within the size limit)."""
    long_id = "g-" + "x" * 20000
    add("command", "id-empty", compact(with_gegevens(DECLARE, id="")), INVOER, "/gegevens/id")
    add("command", "id-long-lid", compact(with_gegevens(DECLARE, lid=long_id)), ["INVOER-003", "LID-003"], "/gegevens/lid")
    add("command", "id-long-samenwerking", compact(with_gegevens(DECLARE, samenwerking=long_id)), ["INVOER-003"],
        "/gegevens/samenwerking")
    add("command", "id-long-membership", compact(command("lidmaatschap.bevestigen", FB, {"id": long_id})), ["INVOER-003"],
        "/gegevens/id")
    add("command", "id-empty-samenwerking", compact(with_gegevens(DECLARE, samenwerking="")), INVOER, "/gegevens/samenwerking")
    add("command", "id-taken", compact(with_gegevens(DECLARE, id="g-utrecht")), ["INVOER-004"], "/gegevens/id")
    add("command", "id-of-wrong-kind", compact(command("lidmaatschap.bevestigen", FB, {"id": "g-utrecht"})), INVOER,
        "/gegevens/id")
    add("query", "id-long", compact(query("leden", FB, {"samenwerking": long_id})), ["INVOER-003"], "/gegevens/samenwerking")
    add("query", "id-empty", compact(query("deelnames", FB, {"organisatie": ""})), INVOER, "/gegevens/organisatie")


def states():
    """States of the wrong shape (TOESTAND); the previous state must stay."""
    cases = {
        "root-array": "[]", "root-string": '"organisaties"', "root-null": "null", "root-number": "1",
        "kind-object": '{"organisaties":{}}', "kind-null": '{"organisaties":null}', "kind-string": '{"modules":"m-1"}',
        "element-string": '{"organisaties":["g-1"]}', "element-null": '{"modules":[null]}',
        "element-array": '{"gebruik":[["u-1"]]}', "id-missing": '{"organisaties":[{"naam":"A"}]}',
        "id-number": '{"organisaties":[{"id":1}]}', "id-negative": '{"organisaties":[{"id":-1}]}',
        "id-huge": '{"organisaties":[{"id":1e308}]}', "id-null": '{"organisaties":[{"id":null}]}',
        "id-empty": '{"organisaties":[{"id":""}]}', "id-list": '{"organisaties":[{"id":["a"]}]}',
        "id-twice-across-kinds": '{"organisaties":[{"id":"a"}],"modules":[{"id":"a"}]}',
        "id-twice-in-kind": '{"lidmaatschappen":[{"id":"l"},{"id":"l"}]}',
        "unknown-kind": '{"organisaties":[],"leveranciers":[]}', "kind-case": '{"Organisaties":[]}',
        "derived-id-taken": '{"organisaties":[{"id":"sw","type":"Samenwerking","deelnemers":["g"]},{"id":"g"}],'
                            '"modules":[{"id":"sw~g"}]}',
        "long-id-twice": compact({"organisaties": [{"id": "o" * 10000}, {"id": "o" * 10000}]}),
    }
    for name, text in cases.items():
        add("state", f"shape-{name}", text, ["TOESTAND"])


def queries():
    cases = {
        "unknown": ({"vraag": "alles"}, ["VRAAG-ONBEKEND"], None),
        "number": ({"vraag": 7}, ["VRAAG-ONBEKEND", "VRAAG-ONTBREEKT"], None),
        "missing": ({"gegevens": {}}, ["VRAAG-ONTBREEKT"], None),
        "array": ([], ["VRAAG-ONTBREEKT"], None),
        "leden-no-samenwerking": (query("leden", FB, {}), INVOER, "/gegevens/samenwerking"),
        "leden-samenwerking-number": (query("leden", FB, {"samenwerking": 42}), INVOER, "/gegevens/samenwerking"),
        "leden-samenwerking-unknown": (query("leden", FB, {"samenwerking": "sw-zuid"}), ["INVOER-003"], "/gegevens/samenwerking"),
        "deelnames-organisatie-list": (query("deelnames", FB, {"organisatie": ["g-utrecht"]}), INVOER, "/gegevens/organisatie"),
        "toegestane-object-number": (query("toegestaneOpdrachten", FB, {"object": 1}), INVOER, "/gegevens/object"),
        "toegestane-object-unknown": (query("toegestaneOpdrachten", FB, {"object": "nergens"}), ["INVOER-003"], "/gegevens/object"),
        "actor-rollen-unknown": (query("leden", {"rollen": ["keizer"]}, {"samenwerking": "sw-noord"}), INVOER, "/actor/rollen"),
        "gegevens-string": (dict(query("leden", FB, {}), gegevens="sw-noord"), INVOER, "/gegevens"),
        "landschap-organisatie-number": (query("landschap", FB, {"organisatie": 5}), INVOER,
                                         "/gegevens/organisatie"),
        "rapport-samenwerking-unknown": (query("rapport", FB, {"samenwerking": "sw-zuid"}), ["INVOER-003"],
                                         "/gegevens/samenwerking"),
    }
    for name, (value, codes, pad) in cases.items():
        add("query", f"query-{name}", compact(value), codes, pad)


def options():
    cases = {
        "unknown-key": {"onbekend": 1}, "beleid-unknown-key": {"beleid": {"lidmaatschapsBevestiging": True}},
        "beleid-list": {"beleid": []}, "taal-de": {"taal": "de"}, "taal-number": {"taal": 1},
        "bevestiging-string": {"beleid": {"lidmaatschapBevestiging": "ja"}},
        "ledentypen-unknown-collective": {"beleid": {"ledenTypen": {"Gemeente": ["Gemeente"]}}},
        "ledentypen-unknown-type": {"beleid": {"ledenTypen": {"Samenwerking": ["Bedrijf"]}}},
        "ledentypen-list": {"beleid": {"ledenTypen": ["Gemeente"]}},
        "aanbiedertypen-string": {"beleid": {"aanbiederTypen": "Leverancier"}},
        "afnemertypen-number": {"beleid": {"afnemerTypen": [1]}},
        "termijn-zero": {"beleid": {"evaluatieTermijnMaanden": 0}},
        "termijn-negative": {"beleid": {"evaluatieTermijnMaanden": -12}},
        "termijn-huge": {"beleid": {"evaluatieTermijnMaanden": 10**12}},
        "termijn-fraction": {"beleid": {"evaluatieTermijnMaanden": 1.5}},
        "termijn-string": {"beleid": {"evaluatieTermijnMaanden": "12"}},
        "maxbytes-zero": {"limieten": {"maxBytes": 0}}, "maxbytes-negative": {"limieten": {"maxBytes": -1}},
        "maxbytes-over-4gib": {"limieten": {"maxBytes": 2**32}}, "maxbytes-huge": {"limieten": {"maxBytes": 1e308}},
        "maxdiepte-zero": {"limieten": {"maxDiepte": 0}}, "maxdiepte-over-10000": {"limieten": {"maxDiepte": 10001}},
        "limieten-unknown": {"limieten": {"maxObjecten": 5}}, "root-list": [], "root-string": "nl", "root-number": 3,
    }
    for name, value in cases.items():
        add("options", f"options-{name}", compact(value), ["OPTIES"])


def main():
    for generate in (syntax, depth, size, utf8, nul, duplicate_keys, numbers_and_dates, wrong_types, ids, states,
                     queries, options):
        generate()
    for entry in ("options", "state", "command", "query"):
        shutil.rmtree(HERE / entry, ignore_errors=True)
    for path, data in files.items():
        (HERE / path).parent.mkdir(parents=True, exist_ok=True)
        (HERE / path).write_bytes(data)
    manifest = {"limieten": LIMITS, "files": dict(sorted(expectations.items()))}
    (HERE / "expectations.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {}
    for path in files:
        counts[path.split("/")[0]] = counts.get(path.split("/")[0], 0) + 1
    print(f"{len(files)} hostile inputs: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
