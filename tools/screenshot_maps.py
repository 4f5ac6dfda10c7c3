"""Regenerate the README's screenshots (docs/map.png, docs/map-geo.png, docs/map-flows.png): the seeds' maps in
headless Chromium.

Run as ``.venv/bin/python tools/screenshot_maps.py``; needs Debian's chromium and fonts-wqy-microhei.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from graphaid.flows import write_flows
from graphaid.pipeline import build
from graphaid.render import write_map

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from support.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (tests/support: shared with the tests)


def main() -> None:
    graph, _ = build([ROOT / "seeds"])
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, kind in (("map.png", "network"), ("map-geo.png", "geo"), ("map-flows.png", "flows")):
            page_path = Path(tmp) / "map.html"
            if kind == "flows":
                write_flows(graph, page_path)
            else:
                write_map(graph, page_path, geo=kind == "geo")
            page = browser.new_page(viewport={"width": 1400, "height": 860})
            page.route("**/*", lambda r: r.abort() if r.request.url.startswith("http") else r.continue_())
            page.goto(page_path.as_uri())
            page.wait_for_function("window.graphaidMap && window.graphaidMap.drawn")
            page.screenshot(path=ROOT / "docs" / name)
            page.close()
            print("wrote", ROOT / "docs" / name)
        browser.close()


if __name__ == "__main__":
    main()
