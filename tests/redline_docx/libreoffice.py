"""LibreOffice's own Accept All / Reject All, headless, through a Basic macro.

`soffice --convert-to txt` prints a document with its tracked changes shown (deleted and
inserted text both), so it cannot tell what a reviewer gets. This loads the document
hidden in a private profile, dispatches `.uno:AcceptAllTrackedChanges` (or Reject), and
saves the result as text: LibreOffice's own answer.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

_MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Review" script:language="StarBasic">
Sub Review(source As String, target As String, mode As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden"
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(source), "_blank", 0, load())
  helper = createUnoService("com.sun.star.frame.DispatchHelper")
  If mode = "accept" Then
    helper.executeDispatch(doc.getCurrentController().getFrame(), ".uno:AcceptAllTrackedChanges", "", 0, Array())
  ElseIf mode = "reject" Then
    helper.executeDispatch(doc.getCurrentController().getFrame(), ".uno:RejectAllTrackedChanges", "", 0, Array())
  End If
  Dim save(0) As New com.sun.star.beans.PropertyValue
  save(0).Name = "FilterName"
  save(0).Value = "Text (encoded)"
  doc.storeToURL(ConvertToURL(target), save())
  doc.close(True)
End Sub
</script:module>
"""
_LIBRARY = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" \
library:readonly="false" library:passwordprotected="false">{element}</library:library>
"""
_CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" xlink:href="$(USER)/basic/Standard/{kind}.xlb/" xlink:type="simple" \
library:link="false"/>
</library:libraries>
"""


class LibreOffice:
    """A headless LibreOffice with its own profile holding the Review macro."""

    def __init__(self, soffice: str, profile: Path) -> None:
        self.soffice, self.profile = soffice, profile
        if not (profile / "user").exists():  # a first start writes a default profile over ours
            self._run("--terminate_after_init")
        basic = profile / "user" / "basic"
        (basic / "Standard").mkdir(parents=True, exist_ok=True)
        (basic / "Standard" / "Review.xba").write_text(_MODULE, encoding="utf-8")
        (basic / "Standard" / "script.xlb").write_text(
            _LIBRARY.format(element='<library:element library:name="Review"/>'), encoding="utf-8")
        (basic / "Standard" / "dialog.xlb").write_text(_LIBRARY.format(element=""), encoding="utf-8")
        for kind in ("script", "dialog"):
            (basic / f"{kind}.xlc").write_text(_CONTAINER.format(kind=kind), encoding="utf-8")

    def text(self, docx: Path, mode: str = "none") -> str:
        """The document as LibreOffice's text export after accepting or rejecting all (or neither)."""
        target = docx.with_name(f"{docx.stem}-{mode}.txt")
        done = self._run(f'macro:///Standard.Review.Review("{docx}","{target}","{mode}")')
        if not target.exists():
            raise AssertionError(f"LibreOffice wrote no {target.name}: {done.stderr}")
        return target.read_text(encoding="utf-8-sig")

    def to_pdf(self, docx: Path) -> subprocess.CompletedProcess[str]:
        """`soffice --convert-to pdf` in this profile."""
        return self._run("--convert-to", "pdf", "--outdir", str(docx.parent), str(docx))

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.soffice, f"-env:UserInstallation={self.profile.as_uri()}", "--headless", "--norestore", *args],
            capture_output=True, text=True, timeout=180, check=False,
        )


_NUMBER = re.compile(r"^\s*(\d+\.|\([0-9A-Za-z]+\))[\t ]")
"""A number before a paragraph's text: `1.<tab>` where it is text (the redline), `    1. ` where
LibreOffice's text export writes a Word list number (the plain render)."""


def lines(text: str) -> list[str]:
    """Text export lines, each number and its text as `1. text` however it was numbered, the
    trailing empty ones left out (see docx_body.finish)."""
    found = [_NUMBER.sub(r"\1 ", line) for line in text.splitlines()]
    while found and not found[-1].strip():
        found.pop()
    return found
