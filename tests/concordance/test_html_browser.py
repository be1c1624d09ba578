"""The HTML concordance in a real browser: it loads, and its filter hides the rows of a kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.render.concordance import render_concordance
from tests.concordance.test_align import three
from tests.diff.test_html_browser import _chromium

UNTICK_ONLY = """<script>
var box = document.querySelector('input[value=only]');
box.checked = false;
box.dispatchEvent(new Event('change'));
</script></body>"""


@pytest.mark.clients
def test_filter_checkbox_hides_rows_of_its_kind(tmp_path: Path) -> None:
    page = render_concordance(three(), "html")
    assert isinstance(page, str)
    target = tmp_path / "table.html"
    target.write_text(page.replace("</body></html>", UNTICK_ONLY.replace("</body>", "</body></html>")),
                      encoding="utf-8")
    dom = _chromium("--dump-dom", target.as_uri())
    assert dom.count('class="k-only hidden"') == 2
    assert 'class="k-split"' in dom and 'class="k-split hidden"' not in dom
