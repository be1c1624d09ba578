"""Open a .docx safely: zip checks before anything is unpacked, XML without DTDs or entities.

A .docx from another delegation is untrusted input. Before reading any part, the zip
directory is checked (entry count, total unpacked size, compression ratio); parts are
read with a hard size cap whatever the directory claims; XML is parsed with entity
resolution, DTD loading and network access off, and a document declaring a DTD is
refused outright (Word never writes one).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib

from lxml import etree

from drafter.errors import InputError

MAX_ENTRIES = 5_000
MAX_TOTAL = 200 * 1024 * 1024
"""Largest total unpacked size of all entries, as the zip directory declares it."""
MAX_RATIO = 100
"""Largest compression ratio for an entry over `RATIO_FLOOR` bytes."""
RATIO_FLOOR = 1024 * 1024
MAX_PART = 64 * 1024 * 1024
"""Most bytes read from any one part, whatever the directory says."""

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          dtd_validation=False, remove_comments=True, remove_pis=True)


class Package:
    """The parts of a checked .docx, read on demand."""

    def __init__(self, data: bytes, origin: str) -> None:
        self.origin = origin
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError):
            what = "a damaged or truncated zip archive" if data.startswith(b"PK") else "not a zip archive"
            raise InputError(f"{origin}: not a Word document ({what})") from None
        _check_directory(self.archive.infolist(), origin)
        self.names = set(self.archive.namelist())

    def xml(self, name: str) -> etree._Element | None:
        """The root element of part `name`, or None if the package has no such part."""
        if name not in self.names:
            return None
        data = self._read(name)
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise InputError(f"{self.origin}: {name} declares a DTD or entities; refused (Word never "
                             "writes them; this is how XML entity attacks work)")
        try:
            root = etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as exc:
            raise InputError(f"{self.origin}: {name} is not well-formed XML ({exc.msg})") from None
        if root.getroottree().docinfo.doctype:
            raise InputError(f"{self.origin}: {name} declares a DTD; refused")
        return root

    def main_part(self) -> str:
        """The name of the main document part, from the package relationships."""
        rels = self.xml("_rels/.rels")
        for rel in rels if rels is not None else ():
            if str(rel.get("Type", "")).endswith("/officeDocument"):
                return posixpath.normpath(str(rel.get("Target", "")).lstrip("/"))
        return "word/document.xml"

    def _read(self, name: str) -> bytes:
        try:
            with self.archive.open(name) as handle:
                data = handle.read(MAX_PART + 1)
        except RuntimeError:
            raise InputError(f"{self.origin}: {name} is encrypted; save the document without a password") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
            raise InputError(f"{self.origin}: damaged .docx: cannot unpack {name} ({exc})") from None
        if len(data) > MAX_PART:
            raise InputError(f"{self.origin}: {name} unpacks to more than {MAX_PART // 2**20} MB; refused")
        return data


def _check_directory(infos: list[zipfile.ZipInfo], origin: str) -> None:
    """Refuse absurd archives before unpacking a byte (zip bombs)."""
    if len(infos) > MAX_ENTRIES:
        raise InputError(f"{origin}: {len(infos)} entries in the archive; refused (not a normal .docx)")
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL:
        raise InputError(f"{origin}: unpacks to {total // 2**20} MB; refused (possible zip bomb)")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise InputError(f"{origin}: {info.filename} is compressed {ratio:.0f} to 1; refused (possible zip bomb)")
