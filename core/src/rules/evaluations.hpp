// Evaluations (spec §4.7; seed guide: "Evalueer zowel tijdens als na de samenwerking", with
// Plan-Do-Check-Act): the command evaluatie.vastleggen (EVAL-001, -002, -004) and EVAL-003,
// the overdue evaluation that the controle and rapport queries judge at their tijdstip.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "eval/context.hpp"
#include "model/state.hpp"
#include "options.hpp"

namespace samen::rules {

void evaluatie_vastleggen(Ctx& ctx);

// EVAL-001: plan, do, check and act in the gegevens, each a text that is not blank.
void eval001_pdca_complete(Ctx& ctx);

// The latest evaluation of a subject (by vastgelegdOp; the first of equals), or null.
const Evaluatie* latest_evaluation(const State& state, Id subject);

// EVAL-003 for one subject: an active collective (Samenwerking or Community with status Actief)
// or an active afspraak (fase uitvoeren) whose latest evaluation (by vastgelegdOp) is more than
// evaluatieTermijnMaanden before `tijdstip` (ms since the epoch). Without any evaluation an
// afspraak counts from its own vastgelegdOp; a collective, whose start the state does not
// record, is then overdue ("EVAL-003/nooit"). Nothing for a subject that is not active.
// The melding carries `pad` as given (a JSON Pointer to the subject in the exported state).
std::optional<Melding> eval003_overdue(const State& state, const Beleid& beleid, Id subject, std::int64_t tijdstip,
                                       std::string pad = {});

// EVAL-003 over the whole state (for controle): organisations first, then afspraken, each in
// export order, each melding's pad pointing at the subject in the exported state
// ("/organisaties/6", "/afspraken/0").
std::vector<Melding> eval003_overdue(const State& state, const Beleid& beleid, std::int64_t tijdstip);

}  // namespace samen::rules
