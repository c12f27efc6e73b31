// The typed example of docs/js-api.md, type-checked against the package's .d.ts by
// tests/wasm/typed.test.mjs (tsc --noEmit): if the published types drift, this stops compiling.
import { createEngine, SamenError, type Melding, type Opdracht, type Toestand } from '@samen/engine';

export async function joinCollective(toestand: Toestand, gemeente: string, samenwerking: string): Promise<Melding[]> {
  using engine = await createEngine({ taal: 'nl' }); // freed when the block ends
  engine.load(toestand);
  const opdracht: Opdracht = {
    opdracht: 'lidmaatschap.aangeven',
    actor: { organisatie: gemeente, rollen: ['gebruik-beheerder'] },
    tijdstip: new Date().toISOString(),
    gegevens: { id: `lm-${gemeente}-${samenwerking}`, samenwerking, lid: gemeente },
  };
  try {
    const resultaat = engine.check(opdracht);
    if (resultaat.toegestaan) {
      // Narrowed to Toegestaan: the changes the host would persist after apply().
      for (const wijziging of resultaat.wijzigingen) console.log(wijziging.actie, wijziging.soort, wijziging.object.id);
      engine.apply(opdracht);
      return resultaat.meldingen; // warnings only
    }
    // Narrowed to Geweigerd: at least one fout, and no changes.
    const none: [] = resultaat.wijzigingen;
    void none;
    return resultaat.meldingen.filter((melding) => melding.ernst === 'fout');
  } catch (error) {
    if (error instanceof SamenError) {
      // Not evaluable (bad JSON, unknown command, ...): the engine says why.
      throw new Error(error.fouten.map((fout) => `${fout.code} ${fout.melding}`).join('\n'));
    }
    throw error;
  }
}
