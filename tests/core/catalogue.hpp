// A generated catalogue of any size that is consistent by construction (controle finds nothing
// but what is planted into it): for the controle tests and the `samen check` timing program.
#pragma once

#include <nlohmann/json.hpp>

namespace samen_test {

struct CatalogueSize {
  int gemeenten = 40;
  int leveranciers = 5;
  int collectives = 4;        // each with an aanvraag trail; gemeente g is a member of collective g % collectives
  int modules = 20;           // the first half is used by gemeenten, the second half by collectives
  int own_usage = 100;        // at most gemeenten * modules / 2
  int collective_usage = 20;  // at most collectives * modules / 2; up to 5 deelnemers each
  int koppelingen = 8;        // owned by collectives, between two of their modules, 2 deelnemers each
};

// Ids: gemeente g-<i>, leverancier l-<i>, collective sw-<i>, aanvraag av-<i>, contactpersoon
// cp-<i>, membership lm-<g>, module m-<i>, usage u-<i> then uc-<j>, koppeling k-<i>, afspraak
// a-<c> (one per collective, in uitvoeren), evaluatie e-sw-<c> and e-a-<c> (2026-06-01).
nlohmann::ordered_json generate_catalogue(const CatalogueSize& size);

}  // namespace samen_test
