#!/usr/bin/env python3
"""Orders the functions of a linked wasm module by name, then drops the names.

    order_functions.py MODULE.wasm      (rewritten in place)

Why: Emscripten's last optimisation at -O3 (wasm-metadce) puts the most called functions first,
which makes call indices short but scatters similar code over the module. gzip only finds
repeats within 32 KB, so the module compresses worse: 4 to 6 KB more gzipped (issue 7). Sorting
by name puts the instances of one template, the functions of one namespace and the rules of
one family next to each other again. The code itself is not touched: only the order of the
function bodies, and every function index that refers to them (calls, ref.func, the table's
element segment, exports, start).

The module must carry a name section (link with --profiling-funcs); it is dropped afterwards,
as a release link would have. Anything this script does not know (an opcode, a form of element
segment, a global initialised with a function) stops it with an error, so that a change of
toolchain fails the build instead of producing a broken module. The JS API tests and the parity
test run on the module it writes.
"""
import os
import sys
import tempfile


def read_u32(data, at):
    result = shift = 0
    while True:
        byte = data[at]
        at += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, at


def skip_leb(data, at):
    while data[at] & 0x80:
        at += 1
    return at + 1


def leb(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def vector(items):
    return leb(len(items)) + b"".join(items)


# Opcodes by their immediates (MVP, sign extension, bulk memory, exception handling: what
# -fwasm-exceptions -mbulk-memory produces; no SIMD, no GC).
NO_IMMEDIATE = set(range(0x45, 0xC5)) | {0x00, 0x01, 0x05, 0x0B, 0x0F, 0x19, 0x1A, 0x1B, 0xD1}
ONE_INDEX = {0x07, 0x08, 0x09, 0x0C, 0x0D, 0x18, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26}
MEMORY_ACCESS = set(range(0x28, 0x3F))
BLOCKS = {0x02, 0x03, 0x04, 0x06}
VALUE_TYPES = {0x40, 0x7F, 0x7E, 0x7D, 0x7C, 0x7B, 0x70, 0x6F}
FUNCTION_REFERENCES = {0x10, 0x12, 0xD2}  # call, return_call, ref.func


def skip_misc(body, at):
    """Skips the immediates of a 0xFC instruction (saturating truncation, bulk memory, tables)."""
    sub, at = read_u32(body, at)
    if sub <= 7:
        return at
    if sub in (8, 12, 14):  # memory.init data 0, table.init elem table, table.copy table table
        at = skip_leb(body, at)
        return at + 1 if sub == 8 else skip_leb(body, at)
    if sub in (9, 13, 15, 16, 17):
        return skip_leb(body, at)
    if sub == 10:  # memory.copy 0 0
        return at + 2
    if sub == 11:  # memory.fill 0
        return at + 1
    raise SystemExit(f"order_functions: unknown instruction 0xfc {sub}")


def renumber_body(body, new_index):
    """The function body with every function index it names replaced by new_index[index]."""
    at = 0
    groups, at = read_u32(body, at)
    for _ in range(groups):
        at = skip_leb(body, at) + 1  # count, value type
    out = bytearray(body[:at])
    while at < len(body):
        start = at
        opcode = body[at]
        at += 1
        if opcode in FUNCTION_REFERENCES:
            index, at = read_u32(body, at)
            out.append(opcode)
            out += leb(new_index[index])
            continue
        if opcode in NO_IMMEDIATE:
            pass
        elif opcode in ONE_INDEX:
            at = skip_leb(body, at)
        elif opcode in BLOCKS:
            at = at + 1 if body[at] in VALUE_TYPES else skip_leb(body, at)
        elif opcode in MEMORY_ACCESS or opcode in (0x11, 0x13):  # memarg; call_indirect type table
            at = skip_leb(body, skip_leb(body, at))
        elif opcode == 0x0E:  # br_table
            count, at = read_u32(body, at)
            for _ in range(count + 1):
                at = skip_leb(body, at)
        elif opcode in (0x41, 0x42):
            at = skip_leb(body, at)
        elif opcode in (0x3F, 0x40, 0xD0):  # memory.size 0, memory.grow 0, ref.null type
            at += 1
        elif opcode == 0x43:
            at += 4
        elif opcode == 0x44:
            at += 8
        elif opcode == 0x1C:  # select with types
            count, at = read_u32(body, at)
            at += count
        elif opcode == 0xFC:
            at = skip_misc(body, at)
        else:
            raise SystemExit(f"order_functions: unknown opcode {opcode:#04x}")
        out += body[start:at]
    return bytes(out)


def sections_of(module):
    if module[:8] != b"\0asm\1\0\0\0":
        raise SystemExit("order_functions: not a wasm module (version 1)")
    sections, at = [], 8
    while at < len(module):
        size, start = read_u32(module, at + 1)
        sections.append((module[at], module[start : start + size]))
        at = start + size
    return sections


def custom_name(payload):
    size, at = read_u32(payload, 0)
    return payload[at : at + size]


def imported_functions(payload):
    count, at = read_u32(payload, 0)
    functions = 0
    for _ in range(count):
        for _ in range(2):  # module and field names
            size, at = read_u32(payload, at)
            at += size
        kind = payload[at]
        at += 1
        if kind == 0:
            at = skip_leb(payload, at)
            functions += 1
        elif kind == 1:  # table: reference type, limits
            flags = payload[at + 1]
            at = skip_leb(payload, at + 2)
            at = skip_leb(payload, at) if flags & 1 else at
        elif kind == 2:  # memory: limits
            flags = payload[at]
            at = skip_leb(payload, at + 1)
            at = skip_leb(payload, at) if flags & 1 else at
        elif kind == 3:  # global: type, mutability
            at += 2
        elif kind == 4:  # tag: attribute, type
            at = skip_leb(payload, at + 1)
        else:
            raise SystemExit(f"order_functions: unknown import kind {kind}")
    return functions


def function_names(payload):
    """Function index -> name, from the name section's function names."""
    names = {}
    at = len(b"name") + 1
    while at < len(payload):
        kind = payload[at]
        size, at = read_u32(payload, at + 1)
        end = at + size
        if kind == 1:
            count, at = read_u32(payload, at)
            for _ in range(count):
                index, at = read_u32(payload, at)
                length, at = read_u32(payload, at)
                names[index] = payload[at : at + length].decode("utf-8", "replace")
                at += length
        at = end
    return names


def read_vector(payload, read_item):
    count, at = read_u32(payload, 0)
    items = []
    for _ in range(count):
        item, at = read_item(payload, at)
        items.append(item)
    return items


def read_body(payload, at):
    size, at = read_u32(payload, at)
    return payload[at : at + size], at + size


def renumbered_export(payload, at, new_index):
    """One export, read at `at`: its bytes with a function's index renumbered, and where it ends."""
    start = at
    size, at = read_u32(payload, at)
    kind = payload[at + size]
    at += size + 1
    head = payload[start:at]
    index, at = read_u32(payload, at)
    return head + leb(new_index[index] if kind == 0 else index), at


def renumbered_element_segment(payload, at, new_index):
    """One element segment, read at `at`: its bytes with the function indices renumbered."""
    start = at
    flags, at = read_u32(payload, at)
    if flags not in (0, 2):  # active segments of function indices, with an offset i32.const
        raise SystemExit(f"order_functions: element segment of form {flags}")
    if flags == 2:
        at = skip_leb(payload, at)  # table
    if payload[at] != 0x41:
        raise SystemExit("order_functions: element offset is not an i32.const")
    at = skip_leb(payload, at + 1)
    if payload[at] != 0x0B:
        raise SystemExit("order_functions: element offset is not a constant expression")
    at += 1
    if flags == 2:
        at += 1  # element kind: funcref
    head = payload[start:at]
    functions, at = read_u32(payload, at)
    indexes = []
    for _ in range(functions):
        index, at = read_u32(payload, at)
        indexes.append(leb(new_index[index]))
    return head + vector(indexes), at


def require_plain_globals(payload):
    """Globals initialised with a constant (i32.const and the like): none names a function."""
    count, at = read_u32(payload, 0)
    for _ in range(count):
        at += 2  # value type, mutability
        opcode = payload[at]
        if opcode in (0x41, 0x42):
            at = skip_leb(payload, at + 1)
        elif opcode in (0x43, 0x44):
            at += 1 + (4 if opcode == 0x43 else 8)
        elif opcode == 0x23:  # global.get
            at = skip_leb(payload, at + 1)
        else:
            raise SystemExit(f"order_functions: a global initialised with opcode {opcode:#04x}")
        if payload[at] != 0x0B:
            raise SystemExit("order_functions: a global's initialiser is not one constant")
        at += 1


def order_functions(module):
    sections = sections_of(module)
    imported = 0
    names = None
    for kind, payload in sections:
        if kind == 2:
            imported = imported_functions(payload)
        elif kind == 0 and custom_name(payload) == b"name":
            names = function_names(payload)
        elif kind == 6:
            require_plain_globals(payload)
    if names is None:
        raise SystemExit("order_functions: the module has no name section (link with --profiling-funcs)")
    types = next(read_vector(p, read_u32) for k, p in sections if k == 3)
    bodies = next(read_vector(p, read_body) for k, p in sections if k == 10)
    order = sorted(range(len(bodies)), key=lambda k: (names.get(imported + k, ""), k))
    new_index = list(range(imported + len(bodies)))
    for position, old in enumerate(order):
        new_index[imported + old] = imported + position

    out = bytearray(module[:8])
    for kind, payload in sections:
        if kind == 0 and custom_name(payload) == b"name":
            continue
        if kind == 3:
            payload = vector([leb(types[old]) for old in order])
        elif kind == 7:
            payload = vector(read_vector(payload, lambda p, at: renumbered_export(p, at, new_index)))
        elif kind == 8:
            payload = leb(new_index[read_u32(payload, 0)[0]])
        elif kind == 9:
            payload = vector(read_vector(payload, lambda p, at: renumbered_element_segment(p, at, new_index)))
        elif kind == 10:
            renumbered = (renumber_body(bodies[old], new_index) for old in order)
            payload = vector([leb(len(body)) + body for body in renumbered])
        out += bytes([kind]) + leb(len(payload)) + payload
    return bytes(out)


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: order_functions.py MODULE.wasm")
    path = sys.argv[1]
    with open(path, "rb") as source:
        ordered = order_functions(source.read())
    # Replace the module only once the whole result is there.
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), suffix=".wasm")
    with os.fdopen(handle, "wb") as target:
        target.write(ordered)
    os.chmod(temporary, os.stat(path).st_mode)
    os.replace(temporary, path)


if __name__ == "__main__":
    main()
