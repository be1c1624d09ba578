"""The HTML redline in a real browser: it loads, and its filter hides the rows of a kind."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest

from drafter.render.redline import render_redline
from tests.conftest import require
from tests.diff.helpers import fixture_redline

UNTICK_UNCHANGED = """<script>
var box = document.querySelector('input[value=unchanged]');
box.checked = false;
box.dispatchEvent(new Event('change'));
</script></body>"""


def _chromium(*args: str) -> str:
    chromium = require("chromium")
    with tempfile.TemporaryDirectory() as profile:
        command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                   f"--user-data-dir={profile}", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout


@pytest.mark.clients
def test_filter_checkbox_hides_rows_of_its_kind(tmp_path: Path) -> None:
    page = render_redline(fixture_redline(), "html")
    assert isinstance(page, str)
    target = tmp_path / "diff.html"
    target.write_text(page.replace("</body>", UNTICK_UNCHANGED), encoding="utf-8")
    dom = _chromium("--dump-dom", target.as_uri())
    assert 'class="k-unchanged hidden"' in dom
    assert 'class="k-reworded"' in dom and 'class="k-reworded hidden"' not in dom
    assert "within <del>48</del> hours" in dom
