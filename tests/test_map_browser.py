"""The maps opened from file:// in headless Chromium (Debian's chromium driven by Playwright), with the network cut.

Skipped, with a message saying how to install what is missing, on a machine without chromium, Playwright or a
Chinese font; under CI (CI=true, where .ci/run installs them) a missing piece fails instead.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from mapgraphs import HOSTILE_ALIAS, HOSTILE_IMG, HOSTILE_SCRIPT, HOSTILE_SENTENCE, HOSTILE_TITLE, hostile_graph
from support.browser import CHROMIUM

from graphaid.render import write_map

INSTALL = "as root: apt-get update && apt-get install -y chromium fonts-wqy-microhei (what .ci/run does)"


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed: .venv/bin/pip install -e '.[test]'"
    if not Path(CHROMIUM).exists():
        return f"no {CHROMIUM}: {INSTALL}"
    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True) if shutil.which("fc-list") else None
    if fonts is None or not fonts.stdout.strip():
        return f"no Chinese font (fc-list :lang=zh is empty), labels would draw as empty boxes: {INSTALL}"
    return None


MISSING = _missing()
if MISSING and os.environ.get("CI"):
    pytest.fail(f"browser tests cannot run in CI: {MISSING}", pytrace=False)
pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"browser tests skipped: {MISSING}")


def wait_until(page, expression: str, seconds: float = 30.0) -> None:
    """Poll a JavaScript expression from Python: wait_for_function's polling evaluates strings with eval, which the
    map page's Content-Security-Policy refuses when the first look is not already true."""
    deadline = time.monotonic() + seconds
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"still false after {seconds} s: {expression}"
        page.wait_for_timeout(100)


class MapPage:
    """A page with every request outside the file recorded and refused, and its errors and dialogs recorded."""

    def __init__(self, browser):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", self._request)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)

    def _route(self, route):
        if route.request.url.startswith(("file:", "data:", "blob:", "about:")):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def _request(self, request):
        if not request.url.startswith(("file:", "data:", "blob:", "about:")) and request.url not in self.requests:
            self.requests.append(request.url)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path) -> MapPage:
        self.page.goto(path.resolve().as_uri())
        wait_until(self.page, "window.graphaidMap && window.graphaidMap.drawn")
        return self

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def hover_node(self, name: str) -> str:
        """Zoom onto the node called ``name`` and move the mouse onto it; the tooltip's text."""
        point = self.js(
            """(name) => {
                const id = nodes.getIds({filter: (n) => n.names.includes(name)})[0];
                network.focus(id, {scale: 2.5, animation: false});
                const p = network.canvasToDOM(network.getPositions([id])[id]);
                if (network.getNodeAt(p) !== id) throw new Error("another node covers " + name);
                const box = document.getElementById("mynetwork").getBoundingClientRect();
                return [p.x + box.left, p.y + box.top];
            }""",
            name,
        )
        return self._hover(point)

    def hover_edge(self, kind: str) -> tuple[int, str]:
        """Move the mouse onto the middle of a line of this type that no node covers; its id and tooltip text.

        Lines can cross: a point where vis finds this line may show another one's tooltip, so the next line is
        tried until one shows its own.
        """
        ids = self.js("(kind) => edges.get({filter: (e) => e.kind === kind}).map((e) => e.id)", kind)
        for edge_id in ids:
            found = self.js(
                """(id) => {
                    const mid = network.body.edges[id].edgeType.getPoint(0.5);
                    network.moveTo({position: mid, scale: 1.5, animation: false});
                    const p = network.canvasToDOM(mid);
                    if (network.getNodeAt(p) !== undefined || network.getEdgeAt(p) !== id) return null;
                    const box = document.getElementById("mynetwork").getBoundingClientRect();
                    return [p.x + box.left, p.y + box.top];
                }""",
                edge_id,
            )
            if found:
                text = self._hover(found)
                if text == self.js("(id) => edges.get(id).title", edge_id):
                    return edge_id, text
        raise AssertionError(f"no {kind} line free to hover")

    def _hover(self, point) -> str:
        self.page.mouse.move(1, 60)
        self.page.mouse.move(point[0], point[1], steps=4)
        tooltip = self.page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=5000)
        return tooltip.inner_text()

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def map_page(browser):
    page = MapPage(browser)
    yield page
    page.close()


@pytest.fixture(scope="module")
def seed_maps(seeds_graph, tmp_path_factory):
    folder = tmp_path_factory.mktemp("maps")
    return {
        "network": write_map(seeds_graph, folder / "network.html").path,
        "geo": write_map(seeds_graph, folder / "geo.html", geo=True).path,
    }


def assert_not_blank(png: bytes) -> None:
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20)
    background = max(colours)[0]
    assert len(colours) > 50, "the screenshot is nearly one colour"
    assert 1 - background / (image.width * image.height) > 0.02, "almost nothing drawn"


@pytest.mark.parametrize("kind", ["network", "geo"])
def test_seed_map_draws_every_node_and_edge_offline(kind, seed_maps, seeds_graph, map_page, tmp_path):
    map_page.open(seed_maps[kind])
    drawn = map_page.js("[network.body.data.nodes.length, network.body.data.edges.length]")
    assert drawn == [seeds_graph.number_of_nodes(), seeds_graph.number_of_edges()]
    assert map_page.js("Object.keys(network.body.nodes).length") >= seeds_graph.number_of_nodes()
    assert map_page.requests == []
    assert map_page.errors == []
    screenshot = tmp_path / f"{kind}.png"
    map_page.page.screenshot(path=screenshot)
    assert_not_blank(screenshot.read_bytes())


def test_layout_is_still_once_drawn(seed_maps, map_page):
    map_page.open(seed_maps["network"])
    before = map_page.js("JSON.stringify(network.getPositions())")
    map_page.page.wait_for_timeout(700)
    assert map_page.js("JSON.stringify(network.getPositions())") == before
    assert map_page.js("network.physics.physicsEnabled") is False


def test_chinese_labels_draw_as_glyphs_not_empty_boxes(seed_maps, map_page):
    map_page.open(seed_maps["network"])
    # two different characters give two different pictures only when a font has them (missing ones are one box)
    differ = map_page.js(
        """() => {
            const draw = (ch) => {
                const c = document.createElement("canvas"); c.width = c.height = 40;
                const ctx = c.getContext("2d"); ctx.font = "32px " + payload.font; ctx.fillText(ch, 4, 34);
                return Array.from(ctx.getImageData(0, 0, 40, 40).data).join(",");
            };
            return draw("晴") !== draw("隆") && draw("援") !== draw("疆");
        }"""
    )
    assert differ


def test_node_tooltip_shows_the_evidence_and_its_document(seed_maps, seeds_graph, map_page):
    node, data = next(
        (v, seeds_graph.nodes[v])
        for _, v, d in sorted(seeds_graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["type"]))
        if d["type"] == "PAIRS_WITH" and d["evidence"]
    )
    record = next(e for _, _, d in seeds_graph.in_edges(node, data=True) for e in d["evidence"])
    map_page.open(seed_maps["network"])
    text = map_page.hover_node(data["name"])
    assert text.splitlines()[0] == data["name"]
    assert "evidence:" in text
    assert record["doc"] in text


def test_edge_tooltip_shows_the_sentence_it_was_read_from(seed_maps, seeds_graph, map_page):
    map_page.open(seed_maps["network"])
    edge_id, text = map_page.hover_edge("PAIRS_WITH")
    assert text == map_page.js("(id) => edges.get(id).title", edge_id)
    assert " → " in text.splitlines()[0] and "PAIRS_WITH" in text
    sentences = {e["sentence"][:30] for _, _, d in seeds_graph.edges(data=True) for e in d["evidence"]}
    assert any(s in text for s in sentences)


def test_search_box_finds_nodes_by_name_or_alias(seed_maps, seeds_graph, map_page):
    map_page.open(seed_maps["network"])
    map_page.page.fill("#search", "妇幼")
    expected = sum(
        1 for _, d in seeds_graph.nodes(data=True) if any("妇幼" in s for s in [d["name"], *d.get("aliases", ())])
    )
    assert expected > 0
    assert map_page.js("network.getSelectedNodes().length") == expected
    assert map_page.page.inner_text("#search-result") == f"{expected} found"


@pytest.mark.parametrize("geo", [False, True])
def test_hostile_names_show_as_text_and_run_nothing(geo, map_page, seed_maps, tmp_path, browser):
    graph = hostile_graph()
    path = write_map(graph, tmp_path / "hostile.html", geo=geo, title=HOSTILE_TITLE).path
    map_page.open(path)
    map_page.page.wait_for_timeout(300)
    assert map_page.dialogs == []
    assert map_page.js("Object.keys(window).filter((k) => k.startsWith('__xss'))") == []
    labels = map_page.js("nodes.get().map((n) => n.label)")
    assert {HOSTILE_IMG, HOSTILE_SCRIPT} <= set(labels)
    assert map_page.page.inner_text("h1") == HOSTILE_TITLE
    assert map_page.page.title() == HOSTILE_TITLE
    tooltip = map_page.hover_node(HOSTILE_IMG)
    assert tooltip.splitlines()[0] == HOSTILE_IMG
    assert HOSTILE_ALIAS in tooltip
    assert HOSTILE_SENTENCE in tooltip
    tags = map_page.js("Array.from(document.querySelector('div.vis-tooltip').children).map((c) => c.tagName)")
    assert set(tags) <= {"BR"}  # innerText turns line breaks into <br>, and nothing else became an element
    map_page.page.fill("#search", HOSTILE_IMG)
    assert map_page.page.inner_text("#search-result") == "1 found"
    map_page.page.wait_for_timeout(200)
    assert map_page.dialogs == []
    assert map_page.js("Object.keys(window).filter((k) => k.startsWith('__xss'))") == []
    assert map_page.js("document.querySelectorAll('img, iframe, svg:not([aria-hidden]), a, b').length") == 0
    assert map_page.requests == []
    assert map_page.errors == []
    # the same globals as a page of harmless names: nothing was added to window
    hostile_keys = set(map_page.js("Object.keys(window)"))
    other = MapPage(browser).open(seed_maps["geo" if geo else "network"])
    assert hostile_keys == set(other.js("Object.keys(window)"))
    other.close()
