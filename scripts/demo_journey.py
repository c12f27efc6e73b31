"""Prints the CLI journey of ./run demo: each command with the engine's decision."""
import json
import sys

commands = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
results = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
for number, (command, result) in enumerate(zip(commands, results), start=1):
    actor = command.get("actor", {})
    who = actor.get("organisatie", "bezoeker") + " (" + ", ".join(actor.get("rollen", [])) + ")"
    print(f"\n{number}. {command.get('toelichting', command['opdracht'])}")
    print(f"   {command['opdracht']} door {who}")
    if "fouten" in result:
        for fout in result["fouten"]:
            print(f"   ✗ niet te beoordelen: {fout['code']}: {fout['melding']}")
        continue
    print("   ✓ toegestaan" if result["toegestaan"] else "   ✗ geweigerd")
    for melding in result["meldingen"]:
        print(f"     {melding['code']} ({melding['ernst']}, {melding['pad']}): {melding['melding']}")
    for wijziging in result["wijzigingen"]:
        obj = wijziging["object"]
        detail = obj.get("status", "")
        print(f"     {wijziging['actie']} {wijziging['soort']} {obj['id']} {detail}".rstrip())
