"""The report of ./run bench (scripts/bench.sh): reads the JSON figures the measuring programs
wrote into one directory, prints the table, writes docs/performance.md, and prints as its last
line `BENCH {json}` with the keys of issue 7.
    report.py FIGURES_DIR OUT.md
"""

import json
import pathlib
import sys

# key: (target, comparison) — the targets of issue 7; None where the issue sets none.
TARGETS = {
    "load_controle_over_parse": (1.5, "<="),
    "check_p50_us_native": None,
    "check_p99_us_native": None,
    "check_s100_over_s1": (1.3, "<="),
    "wasm_over_native_load": (2.0, "<="),
    "wasm_check_p50_us": None,
    "jsonschema_over_samen": (20, ">="),
    "samen_wasm_over_ajv": (2.0, "<="),
    "state_bytes_per_json_byte": (2.0, "<="),
    "wasm_bytes": None,
    "wasm_gzip_bytes": (150000, "<="),
}


def read(directory, name):
    return json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))


# The hand-written reading of the figures: kept beside the script, not in it.
ANALYSIS = pathlib.Path(__file__).with_name("analysis.md")


def verdict(key, value):
    target = TARGETS[key]
    if target is None:
        return ""
    limit, comparison = target
    met = value <= limit if comparison == "<=" else value >= limit
    return f"{comparison} {limit:,}: {'met' if met else 'MISSED'}"


def main():
    directory, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    parse, load = read(directory, "parse_s1"), read(directory, "load_s1")
    check_s1, check_s100 = read(directory, "check_s1"), read(directory, "check_s100")
    node, python = read(directory, "node"), read(directory, "python")
    memory, sizes, machine = read(directory, "memory_s10"), read(directory, "sizes"), read(directory, "machine")

    native_load = load["load_cpu_s"] + load.get("controle_cpu_s", 0.0)
    if check_s1["answers_digest"] != check_s100["answers_digest"]:
        print("note: the command stream got different answers on S1 and S100", file=sys.stderr)
    bench = {
        "load_controle_over_parse": native_load / parse["parse_cpu_s"],
        "check_p50_us_native": check_s1["p50_us"],
        "check_p99_us_native": check_s1["p99_us"],
        "check_s100_over_s1": check_s100["p50_us"] / check_s1["p50_us"],
        "wasm_over_native_load": node["load_controle_s"] / native_load,
        "wasm_check_p50_us": node["check_s1"]["p50_us"],
        "jsonschema_over_samen": python["jsonschema_s"] / python["samen_ctypes_s"],
        "samen_wasm_over_ajv": node["load_controle_s"] / node["ajv_s"],
        "state_bytes_per_json_byte": memory["state_bytes_per_json_byte"],
        "wasm_bytes": sizes["wasm_bytes"],
        "wasm_gzip_bytes": sizes["wasm_gzip_bytes"],
    }
    bench = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in bench.items()}

    ms = lambda s: f"{1e3 * s:,.1f} ms"  # noqa: E731
    us = lambda x: f"{x:,.1f} µs"  # noqa: E731
    rows = [
        ("1", f"S1 ({parse['bytes']:,} B): nlohmann::json::parse alone", ms(parse["parse_cpu_s"])),
        ("1", "S1: samen load (native)", ms(load["load_cpu_s"])),
        ("1", "S1: samen controle (native)", ms(load.get("controle_cpu_s", 0.0))),
        ("2", f"check on S1, {check_s1['commands']:,} commands: p50 / p99 (native)",
         f"{us(check_s1['p50_us'])} / {us(check_s1['p99_us'])}"),
        ("2", "check on S100: p50 / p99 (native)", f"{us(check_s100['p50_us'])} / {us(check_s100['p99_us'])}"),
        ("3", f"S1: load + controle (wasm, Node {node['node']})", ms(node["load_controle_s"])),
        ("3", "check on S1: p50 / p99 (wasm)", f"{us(node['check_s1']['p50_us'])} / {us(node['check_s1']['p99_us'])}"),
        ("3", "check on S10: p50 / p99 (wasm)", f"{us(node['check_s10']['p50_us'])} / {us(node['check_s10']['p99_us'])}"),
        ("4", f"S1: Python {python['python']} json.loads + jsonschema (state schema)", ms(python["jsonschema_s"])),
        ("4", "S1: samen through ctypes, load + controle", ms(python["samen_ctypes_s"])),
        ("4", "S1: Node JSON.parse + ajv (state schema)", ms(node["ajv_s"])),
        ("4", "S1: Node JSON.parse alone", ms(node["json_parse_s"])),
        ("5", f"S10 ({memory['bytes']:,} B): resident growth after load",
         f"{memory['resident_growth'] / 2**20:,.1f} MiB"),
        ("6", "samen.wasm raw / gzip -9", f"{sizes['wasm_bytes']:,} / {sizes['wasm_gzip_bytes']:,} B"),
    ]
    table = ["| item | measurement | figure |", "|---|---|---|"] + [f"| {a} | {b} | {c} |" for a, b, c in rows]
    ratios = ["| key | value | target |", "|---|---|---|"] + [f"| `{k}` | {v:,} | {verdict(k, v)} |" for k, v in bench.items()]

    for line in table + [""] + ratios:
        print(line)
    machine_lines = [f"- {k}: {v}" for k, v in machine.items()]
    out.write_text("\n".join([
        "# Performance",
        "",
        "Written by `./run bench` (scripts/bench.sh); do not edit by hand. Items 1–6 of issue 7, measured in",
        "one run on the same generated data (tests/gen: S1 is the size of the live catalogue, S10 and S100",
        "multiply every count). Times are CPU time of the measuring thread or process, the best of a few",
        "rounds (the machine is shared); a check figure is, per command, the best of its rounds, then the",
        "percentile over the command stream (in Node: wall time of a batch of four calls with",
        "performance.now(), as process CPU time does not resolve microseconds). Release builds: native",
        "`-O3` (CMake Release); wasm as in CMakeLists.txt, wasm/CMakeLists.txt and core/CMakeLists.txt",
        "(load and controle at `-O3` without loop unrolling, the per-command code at `-Os`, the functions",
        "in the order of their names: wasm/tools/order_functions.py).",
        "",
        "## Machine",
        "",
        *machine_lines,
        "",
        "## Figures",
        "",
        *table,
        "",
        "## Ratios and targets",
        "",
        *ratios,
        "",
        *ANALYSIS.read_text(encoding="utf-8").rstrip("\n").split("\n"),
        "",
        "## Raw",
        "",
        "```",
        f"BENCH {json.dumps(bench)}",
        "```",
        "",
    ]), encoding="utf-8")
    print(f"BENCH {json.dumps(bench)}")


if __name__ == "__main__":
    main()
