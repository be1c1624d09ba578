"""The Word-redline peer: python-redlines compares two .docx files and writes tracked changes.

    python bench/peers/redline.py OLD.docx NEW.docx OUT.docx

What a user without drafter would run: render both versions to .docx, then this.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(old: str, new: str, out: str) -> None:
    """Write the redline of `old` against `new` to `out`."""
    from python_redlines import DocxodusEngine

    redline, _, _ = DocxodusEngine().run_redline("bench", Path(old), Path(new))
    Path(out).write_bytes(redline)


if __name__ == "__main__":
    main(*sys.argv[1:4])
