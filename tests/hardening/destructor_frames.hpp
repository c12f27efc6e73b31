// Tells whether the current call stack passes through nlohmann's json destructor, whose
// allocations cannot fail safely (it is noexcept). The functions are found by name in this
// executable's own symbol table (they are hidden symbols, so dladdr cannot name them).
#pragma once

// Whether a frame of the current stack lies in basic_json's destructor or json_value::destroy.
bool in_json_destructor();
