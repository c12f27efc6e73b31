// A reserve of memory for running out of it, in the wasm build (no-op natively).
#pragma once

namespace samen_capi {

// Takes the reserve back if it was spent (at the start of every C ABI call).
void restore_memory_reserve() noexcept;

}  // namespace samen_capi
