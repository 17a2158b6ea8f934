"""Rewrites the generated parts of BENCHMARKS.md and leaves the prose around them alone.

A generated part sits between `<!-- bench:KEY -->` and `<!-- /bench:KEY -->`. When the markers are missing
(a section written by hand, or merged from another branch) they are put right below the section's heading,
and a missing section is appended, so a rerun never duplicates or loses text. A heading that a union merge
of several branches' BENCHMARKS.md left twice is folded into its first place, both bodies kept.
"""

import os
import re


def fold_repeated_sections(text):
    """One section per `## ` heading; a repeated section adds only the paragraphs the first lacks."""
    preamble, sections, current = [], {}, None
    for line in text.split("\n"):
        if line.startswith("## "):
            current = line
            sections.setdefault(current, []).append([])
        else:
            (sections[current][-1] if current else preamble).append(line)
    parts = ["\n".join(preamble)]
    for heading, bodies in sections.items():
        paragraphs = []
        for body in bodies:
            for paragraph in re.split(r"\n[ \t]*\n", "\n".join(body).strip("\n")):
                if paragraph.strip() and paragraph not in paragraphs:
                    paragraphs.append(paragraph)
        parts.append("\n\n".join([heading, *paragraphs]))
    return "\n\n".join(part.strip("\n") for part in parts if part.strip()) + "\n"


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
