"""Write a generated proposal as the YAML a drafter would type: block text, wrapped lines."""

from __future__ import annotations

from bench.generate import PARTIES

WIDTH = 92


def to_yaml(body: list[dict], annexes: list[tuple[str, list[dict]]], size: int, version: str) -> str:
    """The proposal file for `body` and `annexes`."""
    out = [
        "drafter: 1",
        f"id: synthetic-framework-{size}",
        f"title: Synthetic framework agreement of {size} clauses",
        f'version: "{version}"',
        "date: 2025-10-22",
        "status: draft",
        "parties:",
        *[f"  - {{id: {code}, name: {name}}}" for code, name in PARTIES],
        "preamble: |",
        "  The Parties, determined to end the hostilities and to settle the questions between them",
        "  by negotiation, agree as follows.",
        "clauses:",
    ]
    for clause in body:
        _clause(clause, "  ", out)
    if annexes:
        out.append("annexes:")
    for a, (title, clauses) in enumerate(annexes, 1):
        out += [f"  - id: annex-{a}", f"    title: {title}", "    clauses:"]
        for clause in clauses:
            _clause(clause, "      ", out)
    return "\n".join(out) + "\n"


def _clause(clause: dict, indent: str, out: list[str]) -> None:
    inner = indent + "  "
    out.append(f"{indent}- id: {clause['id']}")
    out.append(f"{inner}title: {clause['title']}")
    if clause.get("status", "proposed") != "proposed":
        out.append(f"{inner}status: {clause['status']}")
    out.append(f"{inner}text: |")
    out += _block(clause["text"], inner + "  ")
    if clause.get("tags"):
        out.append(f"{inner}tags: [{', '.join(clause['tags'])}]")
    if clause.get("positions"):
        out.append(f"{inner}positions:")
        out += [f"{inner}  {party}: {stance}" for party, stance in clause["positions"].items()]
    for i, alternative in enumerate(clause.get("alternatives", [])):
        if i == 0:
            out.append(f"{inner}alternatives:")
        out.append(f"{inner}  - party: {alternative['party']}")
        out.append(f"{inner}    text: |")
        out += _block(alternative["text"], inner + "      ")
    if clause["clauses"]:
        out.append(f"{inner}clauses:")
        for child in clause["clauses"]:
            _clause(child, inner + "  ", out)


def _block(text: str, indent: str) -> list[str]:
    """Paragraphs wrapped at WIDTH, a blank line between them."""
    lines: list[str] = []
    for p, paragraph in enumerate(text.split("\n\n")):
        if p:
            lines.append("")
        line = ""
        for word in paragraph.split(" "):
            if line and len(indent) + len(line) + 1 + len(word) > WIDTH:
                lines.append(indent + line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(indent + line)
    return lines
