// Checks and effects that several rule families share.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "eval/context.hpp"
#include "model/state.hpp"

namespace samen {

// ORG-003: the organisation involved must be Actief.
void require_active(Ctx& ctx, const Organisatie* organisation, std::string_view pad);
// ORG-003 for the actor's own organisation (when it exists and was not checked already).
void require_actor_active(Ctx& ctx, std::initializer_list<const Organisatie*> already_checked = {});

// INVOER-002 unless the organisation is a Samenwerking or Community; returns whether it is.
bool require_collective(Ctx& ctx, const Organisatie& organisation, const IdField& field);

// An active membership of `member` in `collective` at instant `at` (ms since the epoch).
bool active_member_at(const State& state, Id collective, Id member, std::int64_t at);
// The open (aangevraagd or actief) membership of the pair, if any.
const Lidmaatschap* open_membership(const State& state, Id collective, Id member);

// The register's membership links (spec §7): append the id to the list (creating the list),
// or remove it where present. The organisation appears in wijzigingen only if it changed.
void add_link(Ctx& ctx, Id organisation, std::string_view list, Id value);
void remove_link(Ctx& ctx, Id organisation, std::string_view list, Id value);

// The ids of a list each named once: INVOER-002/dubbel for every repeat (at its own pad, for
// the list at `pad`), and the first occurrences in the order given.
std::vector<const IdField*> distinct_ids(Ctx& ctx, const std::vector<IdField>& ids, std::string_view pad);

// Copies the gegevens into a new object (the host's extra fields included).
Json new_object(const Ctx& ctx);

}  // namespace samen
