"""Foreign documents -> proposals: plain text, Markdown and Word (.docx).

    imported = import_bytes(data, "leak.docx")
    imported.proposal      # drafter.model.Proposal, loaded from imported.yaml
    imported.notices       # what was guessed or not understood, with line or paragraph
    imported.decisions     # every decision, in source order (`drafter import --explain`)

Every reader produces paragraphs (`paragraphs.py`); `structure.py` finds the points;
`assemble.py` makes proposal data; `emit.py` writes it as YAML, which is then loaded with
`drafter.load.load_bytes`, so an imported proposal is always a valid one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from drafter.errors import InputError
from drafter.formats import Format, Registry
from drafter.importers.paragraphs import Document, Notice
from drafter.model import Proposal

FORMATS = Registry("import format", "read", (
    Format("txt", (".txt", ".text"), False, "drafter.importers.text", "plain text"),
    Format("md", (".md", ".markdown"), False, "drafter.importers.markdown", "Markdown, with YAML front matter"),
    Format("docx", (".docx",), True, "drafter.importers.docx", "Word 2007 and later"),
))
"""Formats `import_bytes` reads; `fmt=None` picks one from the name, then the content."""
_REFUSED = {".doc": "old Word 97-2003 files (.doc) are not supported; save it as .docx",
            ".pdf": "PDF is not supported; copy its text into a .txt file",
            ".odt": "OpenDocument (.odt) is not supported; save it as .docx",
            ".rtf": "RTF is not supported; save it as .docx"}


@dataclass(frozen=True, slots=True)
class Imported:
    """The result of an import: the proposal, its YAML text and the importer's notices."""

    proposal: Proposal
    """The imported proposal, loaded from `yaml`."""
    yaml: str
    """The proposal file to write."""
    notices: tuple[Notice, ...]
    """What was guessed or not understood, in source order (the report on standard error)."""
    decisions: tuple[Notice, ...] = ()
    """Every decision the importer made (the notices among them), in source order."""


def import_bytes(data: bytes, origin: str, *, fmt: str | None = None, proposal_id: str | None = None,
                 title: str | None = None, date: str | None = None) -> Imported:
    """Import the document in `data`, read from `origin` (a path or `-`, for messages).

    `proposal_id`, `title` and `date` (ISO) override what the source says; without a date
    in the source or `date`, the proposal is `undated`, never dated today.
    """
    from drafter.importers.assemble import Choices, proposal_data
    from drafter.importers.emit import to_yaml
    from drafter.importers.structure import find_structure
    from drafter.load import load_bytes

    fmt = fmt or detect_format(origin, data)
    if not data.strip():
        raise InputError(f"{origin}: file is empty; nothing to import")
    try:
        outline = find_structure(read_document(data, origin, fmt))
    except RecursionError:
        raise InputError(f"{origin}: nested too deeply to import") from None
    if not outline.body.clauses:
        raise InputError(f"{origin}: found no text to import")
    name = PurePath(origin).stem if origin != "-" else (outline.title or "imported")
    data_dict = proposal_data(outline, Choices(proposal_id, title, date, name))
    if not data_dict["clauses"]:
        raise InputError(f"{origin}: found no text to import (its numbered points are empty)")
    yaml_text = to_yaml(data_dict, f"Imported from {origin} by drafter import; check the numbering and titles.")
    proposal = load_bytes(yaml_text.encode("utf-8"), origin)
    decisions = tuple(sorted(outline.notices, key=_position))
    return Imported(proposal, yaml_text, tuple(n for n in decisions if not n.detail), decisions)


def _position(notice: Notice) -> tuple[int, int]:
    """Source order: notices on the whole document first, then by line or paragraph number."""
    number = notice.where.rsplit(" ", 1)[-1]
    return (1, int(number)) if number.isdigit() else (0, 0)


def read_document(data: bytes, origin: str, fmt: str) -> Document:
    """The paragraphs of `data` read as `fmt` (a key of FORMATS)."""
    return FORMATS.implementation(fmt)(data, origin)


def detect_format(origin: str, data: bytes) -> str:
    """`txt`, `md` or `docx` from the file name, else from the content (for `-`)."""
    known = FORMATS.for_path(origin)
    if known is not None:
        return known.name
    suffix = PurePath(origin).suffix.lower()
    if suffix in _REFUSED:
        raise InputError(f"{origin}: {_REFUSED[suffix]}")
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = data[:8192]
    if any(token in head for token in (b"\n#", b"**", b"](")) or head.startswith(b"#"):
        return "md"
    return "txt"
