// The example catalogue (examples/catalogus.json) behind the C ABI, for the hardening tests.
#pragma once

#include <string>
#include <string_view>

#include "capi_session.hpp"

// The file's text, read once.
const std::string& example_state_text();
// An engine with these options and the example state loaded (REQUIREs both).
samen_support::Session example_session(std::string_view options = "");
