// Queries of spec §2.4 on the final state of a parity run, by several actors, plus broken ones.
const FB = { rollen: ['functioneel-beheerder'] };

export function generateQueries(random, world) {
  const collectives = world.orgs.filter((o) => o.type === 'Samenwerking' || o.type === 'Community');
  const members = world.orgs.filter((o) => o.type === 'Gemeente');
  const beheerder = (id) => ({ organisatie: id, rollen: ['gebruik-beheerder'] });
  const queries = [];
  const add = (vraag, actor, gegevens, tijdstip) => queries.push(JSON.stringify({ vraag, actor, tijdstip, gegevens }));
  for (const collective of random.sample(collectives, 4)) {
    add('leden', beheerder(collective.id), { samenwerking: collective.id });
    add('leden', {}, { samenwerking: collective.id });
    add('rapport', beheerder(collective.id), { samenwerking: collective.id }, '2026-12-01T00:00:00Z');
    add('mogelijkeDeelnemers', beheerder(collective.id), { afnemer: collective.id, samenwerking: collective.id }, '2026-12-01T00:00:00Z');
  }
  for (const member of random.sample(members, 4)) {
    add('deelnames', beheerder(member.id), { organisatie: member.id });
    add('landschap', beheerder(member.id), { organisatie: member.id });
    add('toegestaneOpdrachten', beheerder(member.id), { id: random.pick(world.memberships).id });
  }
  add('toegestaneOpdrachten', FB, { id: random.pick(world.modules).id });
  add('controle', FB, {}, '2026-12-01T00:00:00Z');
  add('controle', FB, {});
  add('leden', FB, { samenwerking: 'bestaat-niet' });
  add('bestaat-niet', FB, {});
  queries.push('{"vraag": 12}', '{"gegevens": {}}', '{');
  return queries;
}
