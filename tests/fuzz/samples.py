"""Commands and queries of spec §2.2/§2.4 with gegevens that fit examples/catalogus.json.

Shared by make_corpus.py (the fuzzers' seed corpus) and tests/hostile/generate.py (the
hostile corpus). Each command comes with an actor who may give it and the JSON type of each
field, so that hostile variants can put every wrong type into every field.
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE_STATE = json.loads((ROOT / "examples" / "catalogus.json").read_text(encoding="utf-8"))
JOURNEY = [line for line in (ROOT / "examples" / "journey.jsonl").read_text(encoding="utf-8").splitlines() if line]
TIJDSTIP = "2026-11-22T10:00:00Z"

FB = {"rollen": ["functioneel-beheerder"]}
VISITOR = {}


def beheerder(org, rol="gebruik-beheerder"):
    return {"organisatie": org, "rollen": [rol]}


# Field types: text, id (a non-empty string naming an object), list (of strings), object, bool.
# (opdracht, actor, gegevens, {field: type}) -- the types of the top-level gegevens fields.
COMMANDS = [
    ("aanvraag.indienen", VISITOR,
     {"id": "av-oost", "naam": "Samenwerking Oost", "type": "Samenwerking", "doel": "Samen inkopen",
      "contactpersoon": {"naam": "Jan Jansen", "e-mailadres": "jan@oost.example"},
      "grondslag": "B&W-besluit 2026/12", "samenwerkingtype": "DVO", "motieven": ["kosten", "kwaliteit"],
      "beoogdeLeden": ["g-houten", "g-bunnik"], "vorm": "meervoudig",
      "praktisch": {"tijd": True, "handen": True, "budget": False, "rolverdeling": "trekker-ondersteuner"},
      "draagvlak": True},
     {"id": "id", "naam": "text", "type": "text", "doel": "text", "contactpersoon": "object", "grondslag": "text",
      "samenwerkingtype": "text", "motieven": "list", "beoogdeLeden": "list", "vorm": "text",
      "praktisch": "object", "draagvlak": "bool"}),
    ("aanvraag.beoordelen", FB, {"id": "av-noord", "besluit": "afgewezen", "motivering": "Bestaat al."},
     {"id": "id", "besluit": "text", "motivering": "text"}),
    ("organisatie.registreren", FB,
     {"organisatie": {"id": "g-nieuwegein", "naam": "Gemeente Nieuwegein", "type": "Gemeente", "cbsCode": "0356"}},
     {"organisatie": "object", "aanvraag": "id", "eersteBeheerder": "object"}),
    ("organisatie.registreren", VISITOR,
     {"organisatie": {"id": "l-startup", "naam": "Startup B.V.", "type": "Leverancier"}},
     {"organisatie": "object"}),
    ("organisatie.wijzigen", beheerder("g-utrecht", "organisatie-beheerder"),
     {"id": "g-utrecht", "naam": "Gemeente Utrecht", "website": "https://utrecht.example"},
     {"id": "id", "naam": "text"}),
    ("organisatie.activeren", FB, {"id": "l-nieuw"}, {"id": "id"}),
    ("organisatie.deactiveren", FB, {"id": "g-bunnik"}, {"id": "id"}),
    ("contactpersoon.registreren", beheerder("g-houten"),
     {"id": "cp-houten", "organisatie": "g-houten", "e-mailadres": "ict@houten.example", "rollen": ["gebruik-beheerder"]},
     {"id": "id", "organisatie": "id", "e-mailadres": "text", "rollen": "list"}),
    ("lidmaatschap.aangeven", beheerder("g-houten"),
     {"id": "l-houten-noord", "samenwerking": "sw-noord", "lid": "g-houten"},
     {"id": "id", "samenwerking": "id", "lid": "id"}),
    ("lidmaatschap.bevestigen", beheerder("sw-noord"), {"id": "l-zeist-noord", "reden": "Welkom"},
     {"id": "id", "reden": "text"}),
    ("lidmaatschap.afwijzen", beheerder("sw-noord"), {"id": "l-zeist-noord", "reden": "Niet in de regio"},
     {"id": "id", "reden": "text"}),
    ("lidmaatschap.beeindigen", beheerder("g-utrecht"), {"id": "sw-noord~g-utrecht", "reden": "Eigen koers"},
     {"id": "id", "reden": "text"}),
    ("module.registreren", beheerder("l-acme", "aanbod-beheerder"),
     {"id": "m-archief", "naam": "Archief Acme", "aanbieder": "l-acme", "licentietype": "Proprietary"},
     {"id": "id", "naam": "text", "aanbieder": "id"}),
    ("dienst.registreren", beheerder("sw-noord", "gebruik-beheerder"),
     {"id": "d-steun", "naam": "Ondersteuning Noord", "type": "Ondersteuning", "aanbieder": "sw-noord",
      "modules": ["m-burgerzaken"]},
     {"id": "id", "naam": "text", "type": "text", "aanbieder": "id", "modules": "list"}),
    ("module.verwijderen", beheerder("l-opengemeente", "aanbod-beheerder"), {"id": "m-portaal"}, {"id": "id"}),
    ("dienst.verwijderen", beheerder("sw-noord", "aanbod-beheerder"), {"id": "d-hosting"}, {"id": "id"}),
    ("gebruik.registreren", beheerder("g-houten"),
     {"id": "u-houten-portaal", "afnemer": "g-houten", "module": "m-portaal", "status": "Gepland"},
     {"id": "id", "afnemer": "id", "module": "id", "status": "text", "deelnemers": "list"}),
    ("gebruik.registreren", beheerder("sw-noord", "aanbod-beheerder"),
     {"id": "u-noord-portaal", "afnemer": "sw-noord", "module": "m-portaal", "status": "In productie",
      "deelnemers": ["g-utrecht"]},
     {"deelnemers": "list"}),
    ("gebruik.wijzigen", beheerder("g-utrecht"), {"id": "u-utrecht-zaak", "status": "Uit te faseren"},
     {"id": "id", "status": "text", "deelnemers": "list"}),
    ("gebruik.voorstellen", beheerder("l-acme", "aanbod-beheerder"),
     {"id": "u-voorstel-zeist", "afnemer": "g-zeist", "module": "m-zaak"},
     {"id": "id", "afnemer": "id", "module": "id", "status": "text"}),
    ("gebruik.voorstel-beoordelen", beheerder("g-zeist"), {"id": "u-voorstel-zeist", "status": "goedgekeurd"},
     {"id": "id", "status": "text"}),
    ("koppeling.registreren", beheerder("g-utrecht"),
     {"id": "k-utrecht", "eigenaar": "g-utrecht", "moduleA": "m-zaak", "moduleB": "m-fin",
      "gegevensuitwisselingRichting": "AnaarB", "type": "api", "status": "in gebruik"},
     {"id": "id", "eigenaar": "id", "moduleA": "id", "moduleB": "id", "buitengemeentelijkVoorziening": "text",
      "gegevensuitwisselingRichting": "text", "naam": "text", "type": "text", "status": "text", "deelnemers": "list"}),
    ("koppeling.registreren", beheerder("l-acme", "aanbod-beheerder"),
     {"id": "k-acme-brp", "eigenaar": "l-acme", "moduleA": "m-zaak", "buitengemeentelijkVoorziening": "BRP",
      "gegevensuitwisselingRichting": "bi-directioneel"},
     {}),
    ("koppeling.wijzigen", beheerder("g-utrecht"), {"id": "k-utrecht", "status": "einde ondersteuning"},
     {"id": "id", "naam": "text", "status": "text"}),
    ("afspraak.vastleggen", beheerder("sw-noord"),
     {"id": "a-vng", "samenwerking": "sw-noord", "partner": "vng", "doelstellingen": ["kennis delen"],
      "vorm": "meervoudig", "rolverdeling": "gelijkwaardig", "partnermodel": "samen-sterk",
      "financieleVerplichtingen": ["reiskostenvergoeding"], "buroOndersteuning": "toegekend",
      "goedkeuringBestuur": True, "evenement": {"van": "2027-03-01", "tot": "2027-03-02"}, "draagvlak": True},
     {"id": "id", "samenwerking": "id", "partner": "id", "doelstellingen": "list", "vorm": "text",
      "rolverdeling": "text", "partnermodel": "text", "financieleVerplichtingen": "list",
      "buroOndersteuning": "text", "goedkeuringBestuur": "bool", "evenement": "object", "draagvlak": "bool"}),
    ("afspraak.wijzigen", beheerder("sw-noord"), {"id": "a-vng", "doelstellingen": ["kennis delen", "samen inkopen"]},
     {"id": "id", "doelstellingen": "list"}),
    ("afspraak.fase-wijzigen", beheerder("sw-noord"), {"id": "a-vng", "fase": "delen"}, {"id": "id", "fase": "text"}),
    ("afspraak.beeindigen", beheerder("vng", "aanbod-beheerder"), {"id": "a-vng", "reden": "Doel bereikt"},
     {"id": "id", "reden": "text"}),
    ("evaluatie.vastleggen", beheerder("sw-noord"),
     {"id": "e-noord-2026", "onderwerp": "sw-noord", "plan": "Samen inkopen", "do": "Aanbesteding",
      "check": "Besparing 12%", "act": "Doorgaan", "verlooptZoalsGepland": True, "bijsturen": "Niets",
      "stopzetten": False, "zelfdeDoel": True},
     {"id": "id", "onderwerp": "id", "plan": "text", "do": "text", "check": "text", "act": "text",
      "verlooptZoalsGepland": "bool", "bijsturen": "text", "stopzetten": "bool", "zelfdeDoel": "bool"}),
]

SPEC_COMMANDS = sorted({name for name, _, _, _ in COMMANDS})

QUERIES = [
    ("leden", beheerder("sw-noord"), {"samenwerking": "sw-noord"}),
    ("deelnames", beheerder("g-utrecht"), {"organisatie": "g-utrecht"}),
    ("landschap", beheerder("g-utrecht"), {"organisatie": "g-utrecht"}),
    ("mogelijkeDeelnemers", beheerder("sw-noord"), {"samenwerking": "sw-noord"}),
    ("toegestaneOpdrachten", beheerder("sw-noord"), {"object": "l-zeist-noord"}),
    ("toegestaneOpdrachten", VISITOR, {}),
    ("toegestaneOpdrachten", FB, {"object": "sw-noord"}),
    ("rapport", beheerder("sw-noord"), {"samenwerking": "sw-noord"}),
    ("controle", FB, {}),
]


def command(opdracht, actor, gegevens, tijdstip=TIJDSTIP):
    return {"opdracht": opdracht, "actor": actor, "tijdstip": tijdstip, "gegevens": gegevens}


def query(vraag, actor, gegevens, tijdstip=TIJDSTIP):
    return {"vraag": vraag, "actor": actor, "tijdstip": tijdstip, "gegevens": gegevens}


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
