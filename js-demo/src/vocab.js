// The wire format's lists of values (spec §2.1), for the page's selects. They are offered, not
// enforced: the engine judges every value it receives.

export const SAMENWERKINGTYPEN = [
  'Uitvoeringsorganisatie', 'Sociaal Domein samenwerking', 'Shared Service Center', 'Omgevingsdienst',
  'ICT (bijvoorbeeld Shared Service Center)', 'Gemeentelijke herindeling (gepland)',
  'Gemeenschappelijke Regeling (samenwerking meerdere domeinen)', 'Gemeenschappelijke Regeling', 'DVO',
  'Centrumgemeenteregeling', 'Belastingsamenwerking', 'Bedrijfsvoeringsorganisatie', 'Archiefdienst (regionaal)',
  'Ambtelijke fusie',
];

export const COLLECTIEF_TYPEN = ['Samenwerking', 'Community'];
export const VORMEN = ['kort-eenmalig', 'lang-eenmalig', 'meervoudig'];
export const GEBRUIK_STATUSSEN = ['Verwerving', 'Gepland', 'In productie', 'Uit te faseren', 'Uitgefaseerd'];
export const RICHTINGEN = ['AnaarB', 'BnaarA', 'bi-directioneel'];
export const KOPPELING_TYPEN = ['n.v.t.', 'bestandsoverdracht', 'digikoppeling', 'message que', 'upload naar portaal', 'webservices', 'api'];
export const BEHEERDER_ROLLEN = ['gebruik-beheerder', 'aanbod-beheerder'];

export function isCollective(organisatie) {
  return COLLECTIEF_TYPEN.includes(organisatie?.type);
}
