// Lines that cannot be evaluated (spec §2.3, §7): each must fail the same way on both sides.
const prefix = (text) => Buffer.from(text);

const MALFORMED = [
  () => prefix(''), // a blank line: JSON-SYNTAX
  () => prefix('{'),
  () => prefix('{"opdracht": "lidmaatschap.aangeven", }'),
  () => prefix('[]'),
  () => prefix('42'),
  () => prefix('null'),
  () => prefix('"lidmaatschap.aangeven"'),
  () => prefix('{"actor": {}}'),
  () => prefix('{"opdracht": 7}'),
  () => prefix('{"opdracht": null, "gegevens": {}}'),
  () => prefix('{"opdracht": "lidmaatschap.opzeggen", "gegevens": {"id": "lm-1"}}'),
  () => prefix('{"opdracht": "LIDMAATSCHAP.AANGEVEN"}'),
  () => prefix('{"opdracht": "lidmaatschap.aangeven"} en nog wat'),
  () => prefix('{"opdracht": "lidmaatschap.aangeven", "opdracht": "module.registreren"}'),
  () => prefix(`{"opdracht":"lidmaatschap.aangeven","gegevens":${'['.repeat(100)}${']'.repeat(100)}}`), // JSON-DIEPTE
  () => prefix('{"opdracht": "lidmaatschap.aangeven", "toelichting": "tab\there"}'), // a raw control character
  () => prefix('{"opdracht": "lidmaatschap.aangeven", "toelichting": "\\ud83d"}'), // a lone surrogate escape
  () => Buffer.concat([prefix('{"opdracht":"lidmaatschap.aangeven","toelichting":"'), Buffer.from([0xc3, 0x28]), prefix('"}')]),
  () => Buffer.concat([prefix('{"opdracht":"lidmaatschap.aangeven","toelichting":"'), Buffer.from([0xed, 0xa0, 0x80]), prefix('"}')]),
  () => Buffer.concat([prefix('{"opdracht":"lidmaatschap.aangeven","toelichting":"'), Buffer.from([0xf4, 0x90, 0x80, 0x80]), prefix('"}')]),
  () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), prefix('{"opdracht":"lidmaatschap.aangeven"}')]), // a byte-order mark
  () => prefix('{"opdracht": "lidmaatschap.aangeven", "tijdstip": 1e999}'),
  () => prefix('{"opdracht": "lidmaatschap.aangeven", "gegevens": {"id": "lm-x", "n": -0.0e-7, "m": 12345678901234567890123}}'),
];

export function malformedLine(random) {
  return random.pick(MALFORMED)();
}
