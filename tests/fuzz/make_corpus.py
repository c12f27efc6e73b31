#!/usr/bin/env python3
"""Writes the fuzzers' seed corpus (tests/fuzz/corpus/<target>/) from the examples and the
commands of samples.py. Deterministic: run it again after changing the examples or samples.
The hostile corpus (tests/hostile/) is given to the fuzzers as extra seeds by scripts/fuzz.sh.
"""
import json
import pathlib
import shutil

from samples import (COMMANDS, EXAMPLE_STATE, FB, JOURNEY, QUERIES, VISITOR, beheerder, command, compact,
                     query)

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"

DEFAULT_OPTIONS = {
    "taal": "nl",
    "beleid": {"lidmaatschapBevestiging": True,
               "ledenTypen": {"Samenwerking": ["Gemeente", "Leverancier"], "Community": ["Gemeente", "Leverancier"]},
               "genesteSamenwerkingen": False, "aanbiederTypen": ["Leverancier", "Samenwerking", "Community"],
               "afnemerTypen": ["Gemeente", "Samenwerking"], "communityGebruikNamensLeden": False,
               "evaluatieTermijnMaanden": 12},
    "limieten": {"maxBytes": 268435456, "maxDiepte": 64},
}

OPTIONS = {
    "empty": "",
    "object": "{}",
    "defaults": compact(DEFAULT_OPTIONS),
    "english": compact({"taal": "en"}),
    "no-confirmation": compact({"beleid": {"lidmaatschapBevestiging": False}}),
    "nested": compact({"beleid": {"genesteSamenwerkingen": True,
                                  "ledenTypen": {"Samenwerking": ["Gemeente", "Leverancier", "Samenwerking"]}}}),
    "community-usage": compact({"beleid": {"communityGebruikNamensLeden": True, "afnemerTypen": ["Gemeente"]}}),
    "offering": compact({"beleid": {"aanbiederTypen": ["Leverancier"], "evaluatieTermijnMaanden": 6}}),
    "limits": compact({"limieten": {"maxBytes": 4096, "maxDiepte": 8}}),
    "unknown-key": compact({"beleid": {"onbekend": 1}}),
    "zero-limit": compact({"limieten": {"maxBytes": 0}}),
}

LINKS_ONLY = {
    "organisaties": [
        {"id": "sw-a", "naam": "A", "type": "Samenwerking", "status": "Actief", "deelnemers": ["g-1", "g-2"]},
        {"id": "g-1", "naam": "Een", "type": "Gemeente", "status": "Actief", "deelnames": ["sw-a", "com-b"]},
        {"id": "g-2", "naam": "Twee", "type": "Gemeente", "status": "Actief"},
        {"id": "com-b", "naam": "B", "type": "Community", "status": "Actief"},
    ]
}

EVERY_KIND = {
    "organisaties": [
        {"id": "sw", "naam": "SW", "type": "Samenwerking", "status": "Actief", "samenwerkingtype": "DVO"},
        {"id": "g", "naam": "G", "type": "Gemeente", "status": "Actief"},
        {"id": "l", "naam": "L", "type": "Leverancier", "status": "Concept", "winstoogmerk": True},
    ],
    "contactpersonen": [{"id": "cp", "organisatie": "sw", "e-mailadres": "a@b.nl", "rollen": ["Aanbod-beheerder"]}],
    "aanvragen": [{"id": "av", "naam": "SW2", "type": "Samenwerking", "doel": "x", "status": "goedgekeurd"}],
    "lidmaatschappen": [{"id": "lm", "samenwerking": "sw", "lid": "g", "status": "actief",
                         "aangegevenOp": "2026-01-01T00:00:00Z", "actiefSinds": "2026-01-02T00:00:00+01:00"}],
    "modules": [{"id": "m", "naam": "M", "aanbieder": "l"}, {"id": "m2", "naam": "M2", "aanbieder": "sw"}],
    "diensten": [{"id": "d", "naam": "D", "type": "Hosting", "aanbieder": "sw", "modules": ["m2"]}],
    "gebruik": [{"id": "u", "afnemer": "sw", "module": "m", "status": "Gepland", "deelnemers": ["g"], "diensten": ["d"]},
                {"id": "u2", "afnemer": "g", "module": "m2", "status": "Verwerving",
                 "voorstel": {"door": "sw", "status": "aangevraagd"}}],
    "koppelingen": [{"id": "k", "eigenaar": "sw", "moduleA": "m", "moduleB": "m2",
                     "gegevensuitwisselingRichting": "BnaarA", "status": "in ontwikkeling", "deelnemers": ["g"]}],
    "afspraken": [{"id": "a", "samenwerking": "sw", "partner": "l", "partnermodel": "co-branding", "fase": "delen",
                   "vastgelegdOp": "2026-01-01T00:00:00Z", "evenement": {"van": "2026-05-01", "tot": "2026-05-03"}}],
    "evaluaties": [{"id": "e", "onderwerp": "a", "plan": "p", "do": "d", "check": "c", "act": "a",
                    "vastgelegdOp": "2026-02-01T00:00:00Z", "stopzetten": True}],
}

ODD_TYPES = {
    "organisaties": [{"id": "x", "type": 5, "status": ["Actief"], "deelnemers": "y", "deelnames": [1, None]}],
    "lidmaatschappen": [{"id": "y", "samenwerking": {"id": "x"}, "lid": "x", "status": "actief", "actiefSinds": 1e308}],
    "gebruik": [{"id": "z", "afnemer": "x", "module": "m", "status": "???", "deelnemers": ["x", "x"], "voorstel": []}],
}


def write(target, name, text):
    directory = CORPUS / target
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_text(text, encoding="utf-8")


# The admission flow end to end (spec §4.1): a request, its approval, the collective registered
# from it with its first beheerder, then the report and the check of the result.
ADMISSION = [
    command("aanvraag.indienen", VISITOR,
            {"id": "av-west", "naam": "Community West", "type": "Community", "doel": "Kennis delen",
             "contactpersoon": {"naam": "Els", "e-mailadres": "els@west.example"}}),
    command("aanvraag.beoordelen", FB, {"id": "av-west", "besluit": "goedgekeurd"}),
    command("organisatie.registreren", beheerder("g-utrecht"),
            {"organisatie": {"id": "com-west", "naam": "Community West", "type": "Community"}, "aanvraag": "av-west"}),
    command("organisatie.registreren", FB,
            {"organisatie": {"id": "com-west", "naam": " community west ", "type": "Community"}, "aanvraag": "av-west",
             "eersteBeheerder": {"id": "cp-west", "e-mailadres": "els@west.example", "rollen": ["Aanbod-beheerder"]}}),
    command("organisatie.registreren", FB,
            {"organisatie": {"id": "com-west2", "naam": "Community West", "type": "Community"}, "aanvraag": "av-west",
             "eersteBeheerder": {"id": "cp-west2", "e-mailadres": "x@west.example", "rollen": ["gebruik-beheerder"]}}),
    command("aanvraag.beoordelen", FB, {"id": "av-west", "besluit": "afgewezen"}),
]
CHECKS = [
    query("rapport", beheerder("sw-noord"), {"samenwerking": "sw-noord"}, "2030-01-01T00:00:00+02:00"),
    query("rapport", VISITOR, {"samenwerking": "g-utrecht"}),
    query("controle", FB, {}, "2030-01-01T00:00:00Z"),
    {"vraag": "controle", "gegevens": {}},
]


# Numbers for the strtod target: JSON numbers, the hard cases of rounding, and what it must not
# read (white space, inf, hexadecimal).
NUMBERS = ["0", "-0.0", "0.1", "1e23", "-2.5E-3", "2.2250738585072011e-308", "4.9406564584124654e-324",
           "2.4703282292062328e-324", "9007199254740993", "1.7976931348623159e308",
           "123456789012345678901234567890.123456789e-40", "1e-400", "1e400", "1e+", ".5", "5.", "0x1p3", " 1",
           "inf", "9007199254740993." + "0" * 50 + "1"]

# Texts for the parse target: every kind of value, and one of each syntax error the engine names.
JSON_TEXTS = ['{"a":[1,-0,2.5e3,1e308,18446744073709551616,"x\\u00e9\\ud83d\\ude00",true,false,null,{}],"b":{}}',
              '\ufeff{"bom":1}', '[1,2', '{"a":tru}', '{1:2}', '{"a" 1}', '[1 2]', '{} x', '["a\tb"]',
              '["\\q"]', '["\\ud800"]', '[-]', '[1e400]', '{"a":1,"a":2}']


def sample_commands():
    """Every sample command, by its authorised actor and by a functioneel-beheerder."""
    out = []
    for index, (opdracht, actor, gegevens, _) in enumerate(COMMANDS):
        out.append((f"{index:02d}-{opdracht}", command(opdracht, actor, gegevens)))
        out.append((f"{index:02d}-{opdracht}-fb", command(opdracht, FB, gegevens)))
    return out


def main():
    shutil.rmtree(CORPUS, ignore_errors=True)
    for name, text in OPTIONS.items():
        write("options", name, text)

    write("load", "catalogus.json", compact(EXAMPLE_STATE))
    write("load", "links-only.json", compact(LINKS_ONLY))
    write("load", "every-kind.json", compact(EVERY_KIND))
    write("load", "odd-types.json", compact(ODD_TYPES))
    write("load", "empty.json", "{}")
    write("load", "empty-lists.json", compact({name: [] for name in EXAMPLE_STATE}))

    for index, line in enumerate(JOURNEY):
        write("command", f"journey-{index:02d}", line)
    for name, value in sample_commands():
        write("command", name, compact(value))
    write("command", "visitor", compact(command("lidmaatschap.aangeven", VISITOR, {"id": "x", "samenwerking": "sw-noord", "lid": "g-houten"})))

    for index, (vraag, actor, gegevens) in enumerate(QUERIES):
        write("query", f"{index:02d}-{vraag}", compact(query(vraag, actor, gegevens)))
    for index, value in enumerate(ADMISSION):
        write("command", f"admission-{index:02d}", compact(value))
    for index, value in enumerate(CHECKS):
        write("query", f"check-{index:02d}", compact(value))
    write("query", "leden-no-time", compact({"vraag": "leden", "gegevens": {"samenwerking": "sw-noord"}}))
    write("query", "deelnames-missing", compact({"vraag": "deelnames", "gegevens": {"organisatie": "g-onbekend"}}))

    for index, text in enumerate(NUMBERS):
        write("strtod", f"number-{index:02d}", text)
    for index, text in enumerate(JSON_TEXTS):
        write("parse", f"text-{index:02d}", text)

    write("session", "journey", "\n".join(["", ""] + JOURNEY))
    write("session", "journey-no-confirmation", "\n".join([OPTIONS["no-confirmation"], ""] + JOURNEY))
    steps = [compact(value) for _, value in sample_commands()[::2]]
    probes = ["?" + compact(query(v, a, g)) for v, a, g in QUERIES]
    write("session", "every-command", "\n".join(["", ""] + steps + probes))
    write("session", "every-command-fb", "\n".join(["", ""] + [compact(v) for _, v in sample_commands()[1::2]]))
    write("session", "every-kind", "\n".join([OPTIONS["nested"], compact(EVERY_KIND)] + ["!" + s for s in steps[:6]] + steps))
    write("session", "admission", "\n".join(["", ""] + [compact(v) for v in ADMISSION] +
                                             ["?" + compact(q) for q in CHECKS]))
    write("session", "every-kind-checks", "\n".join(["", compact(EVERY_KIND)] + ["?" + compact(q) for q in CHECKS]))
    write("session", "english-limits", "\n".join([OPTIONS["english"], compact(LINKS_ONLY)] + JOURNEY[:4]))


if __name__ == "__main__":
    main()
