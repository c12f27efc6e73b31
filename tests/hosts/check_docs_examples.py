#!/usr/bin/env python3
"""The host pages (docs/hosts/*.md) show the tested files, byte for byte, so that an example
copied from the docs is the one the tests run. A fenced block right after a line
`<!-- samen-file: PATH -->` must equal the file PATH of the repository, and every file of
hosts/ must be shown on some page. `--write` copies the files into the pages instead.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"^<!-- samen-file: (\S+) -->\n```[\w+-]*\n(.*?)^```$", re.M | re.S)


def write(page):
    def current(match):
        fence = match.group(0).split("\n", 2)[1]
        return f"<!-- samen-file: {match.group(1)} -->\n{fence}\n{(ROOT / match.group(1)).read_text(encoding='utf-8')}```"
    page.write_text(BLOCK.sub(current, page.read_text(encoding="utf-8")), encoding="utf-8")


def main():
    problems, shown = [], set()
    pages = sorted((ROOT / "docs" / "hosts").glob("*.md"))
    for page in pages:
        if sys.argv[1:] == ["--write"]:
            write(page)
        text = page.read_text(encoding="utf-8")
        markers = text.count("<!-- samen-file:")
        blocks = BLOCK.findall(text)
        if len(blocks) != markers:
            problems.append(f"{page.name}: {markers - len(blocks)} samen-file marker(s) not followed by a fenced block")
        for path, shown_text in blocks:
            shown.add(path)
            file = ROOT / path
            if not file.is_file():
                problems.append(f"{page.name}: {path} does not exist")
            elif file.read_text(encoding="utf-8") != shown_text:
                problems.append(f"{page.name}: the block of {path} differs from the file; copy the file into the page")
    for file in sorted((ROOT / "hosts").rglob("*")):
        relative = file.relative_to(ROOT).as_posix()
        if file.is_file() and "__pycache__" not in relative and relative not in shown:
            problems.append(f"{relative} is not shown on any page of docs/hosts/")
    for problem in problems:
        print(f"check_docs_examples: {problem}", file=sys.stderr)
    if not problems:
        print(f"{len(shown)} files shown verbatim on {len(pages)} host pages")
    return 1 if problems or not pages else 0


if __name__ == "__main__":
    sys.exit(main())
