// The contract every answer of the C ABI keeps (spec §2.3, §6), checked from the outside:
// a status the call may give, a NUL-terminated JSON text of the right shape, valid UTF-8,
// call-level codes from the catalogue, and `toegestaan` exactly when no melding is a `fout`.
// Each check returns a description of the first breach, or nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "capi_session.hpp"

namespace samen_support {

enum class Call { options, load, command, query, export_state };

// The breach of contract in `reply` to a call of this kind, if any. SAMEN_ERR_INTERNAL and
// SAMEN_ERR_ARGUMENT (with valid arguments) are always breaches; SAMEN_ERR_MEMORY is one
// unless `memory_may_fail`.
std::optional<std::string> contract_breach(Call call, const Reply& reply, bool memory_may_fail = false);

// The codes a call-level failure may carry (spec §5, "Call-level error codes").
bool is_call_level_code(std::string_view code);

// The code of the first fout of a failure or a refused decision; "" when there is none.
std::string first_error_code(const Reply& reply);

}  // namespace samen_support
