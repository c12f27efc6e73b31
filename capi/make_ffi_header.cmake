# samen.h -> samen_ffi.h: drops every preprocessor line and the export and extern-C macros,
# because PHP's FFI::cdef accepts plain C declarations only.
file(READ ${IN} text)
string(REGEX REPLACE "\n[ \t]*#[^\n]*" "" text "\n${text}")
string(REGEX REPLACE "\n[ \t]*SAMEN_EXTERN_C_(BEGIN|END)[ \t]*" "" text "${text}")
string(REPLACE "SAMEN_API " "" text "${text}")
string(REGEX REPLACE "\n\n\n+" "\n\n" text "${text}")
file(WRITE ${OUT} "/* Generated from samen.h for PHP FFI::cdef: declarations only. Do not edit. */${text}")
