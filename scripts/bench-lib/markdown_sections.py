"""Rewrites the generated parts of BENCHMARKS.md and leaves the prose around them alone.

A generated part sits between `<!-- bench:KEY -->` and `<!-- /bench:KEY -->`. When the markers are missing
(a section written by hand, or merged from another branch) they are put right below the section's heading,
and a missing section is appended, so a rerun never duplicates or loses text. A heading that a union merge
of several branches' BENCHMARKS.md left twice is folded into its first place, both bodies kept.
"""

import os
import re


def fold_repeated_sections(text):
    preamble, sections, current = [], {}, None
    for line in text.split("\n"):
        if line.startswith("## "):
            current = line
            sections.setdefault(current, [])
        else:
            (sections[current] if current else preamble).append(line)
    text = "\n".join(preamble) + "".join(f"\n\n{heading}\n" + "\n".join(body) for heading, body in sections.items())
    return re.sub(r"\n{3,}", "\n\n", text)


def replace_part(path, key, body, heading=None):
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Benchmarks\n"
    text = fold_repeated_sections(text)
    start, end = f"<!-- bench:{key} -->", f"<!-- /bench:{key} -->"
    block = f"{start}\n{body.strip()}\n{end}"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        text = before + block + rest.split(end, 1)[1]
    elif heading is None:
        title, _, rest = text.partition("\n")
        text = f"{title}\n\n{block}\n{rest}"
    else:
        lines = text.split("\n")
        line = f"## {heading}"
        if line in lines:
            index = lines.index(line)
            lines[index + 1:index + 1] = ["", block]
            text = "\n".join(lines)
        else:
            text = text.rstrip("\n") + f"\n\n{line}\n\n{block}\n"
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.replace(temporary, path)
