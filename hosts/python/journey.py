#!/usr/bin/env python3
"""The membership and usage journey of the catalogue, through libsamen.so from Python.

Run: python3 journey.py path/to/catalogus.json   (docs/hosts/python.md)
"""
import sys
from pathlib import Path

import samen

NOORD = {"organisatie": "sw-noord", "rollen": ["gebruik-beheerder"]}
HOUTEN = {"organisatie": "g-houten", "rollen": ["gebruik-beheerder"]}


def command(opdracht, actor, tijdstip, **gegevens):
    return {"opdracht": opdracht, "actor": actor, "tijdstip": tijdstip, "gegevens": gegevens}


JOURNEY = [
    # Houten declares its membership of the samenwerking; the samenwerking confirms it.
    command("lidmaatschap.aangeven", HOUTEN, "2026-11-02T09:00:00Z",
            id="l-houten-noord", samenwerking="sw-noord", lid="g-houten"),
    command("lidmaatschap.bevestigen", NOORD, "2026-11-03T09:00:00Z", id="l-houten-noord"),
    # A samenwerking cannot add members itself: refused with LID-003, nothing changes.
    command("lidmaatschap.aangeven", NOORD, "2026-11-03T10:00:00Z",
            id="l-bunnik-noord", samenwerking="sw-noord", lid="g-bunnik"),
    # The samenwerking registers usage once, on behalf of two of its members.
    command("gebruik.registreren", NOORD, "2026-11-04T09:00:00Z", id="u-noord-portaal", afnemer="sw-noord",
            module="m-portaal", status="In productie", deelnemers=["g-utrecht", "g-houten"]),
]


def report(opdracht, result):
    if result["toegestaan"]:
        changed = ", ".join(f"{w['soort']} {w['object']['id']}" for w in result["wijzigingen"])
        print(f"{opdracht}: toegestaan ({changed})")
    else:
        codes = ", ".join(f"{m['code']} {m['pad']}" for m in result["meldingen"] if m["ernst"] == "fout")
        print(f"{opdracht}: geweigerd ({codes})")


def main(catalogus):
    with samen.Engine() as engine:
        counts = engine.load(Path(catalogus).read_text(encoding="utf-8"))["geladen"]
        print(f"geladen: {counts['organisaties']} organisaties, {counts['lidmaatschappen']} lidmaatschappen")

        for step in JOURNEY:
            report(step["opdracht"], engine.apply(step))

        leden = engine.query({"vraag": "leden", "actor": NOORD, "gegevens": {"samenwerking": "sw-noord"}})
        print("leden van sw-noord: " + ", ".join(f"{lid['lid']} ({lid['status']})" for lid in leden["leden"]))

        # What the host persists: the whole state (or, per command, its wijzigingen).
        for gebruik in engine.export()["gebruik"]:
            voor = ", ".join(gebruik.get("deelnemers", [])) or gebruik["afnemer"]
            print(f"gebruik {gebruik['id']}: {gebruik['module']} voor {voor}")

        try:
            engine.apply("{geen json")
        except samen.SamenError as error:
            print(f"niet te evalueren: {', '.join(error.codes)} (status {error.status.value})")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: journey.py CATALOGUS.json")
    main(sys.argv[1])
