"""graphaid serve in a real browser (Debian's chromium driven by Playwright): search, evidence, sources, facets, maps.

Skipped like tests/test_map_browser.py on a machine without chromium, Playwright or a Chinese font.
"""

from __future__ import annotations

import pytest
from mapgraphs import HOSTILE_IMG, HOSTILE_SENTENCE
from servegraphs import (
    ARTICLE_TITLE,
    ARTICLE_URL,
    DONOR_SOUTH,
    PAIR_SENTENCE,
    RECIPIENT_HOSPITAL,
    running_server,
    serve_graph,
)
from test_map_browser import MISSING, wait_until

from graphaid.places import gazetteer

pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"browser tests skipped: {MISSING}")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(serve_graph(), tmp_path_factory.mktemp("serve")) as url:
        yield url


class Visit:
    """A browser page that refuses and records every request not to the server, and records errors and dialogs."""

    def __init__(self, browser, server: str):
        self.server = server
        self.elsewhere: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)

    def _route(self, route):
        if route.request.url.startswith((self.server, "data:", "about:")):
            route.continue_()
        else:
            self.elsewhere.append(route.request.url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture()
def visit(browser, server):
    visit = Visit(browser, server)
    yield visit
    assert visit.elsewhere == []
    assert visit.errors == []
    assert visit.dialogs == []
    visit.context.close()


def test_search_a_hospital_then_its_evidence_and_its_source(visit, server):
    from playwright.sync_api import expect

    page = visit.page
    page.goto(server + "aid/entities")
    page.fill('input[name="_search"]', "石泉湾中心")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    rows = page.locator("table.rows-and-columns tbody tr")
    expect(rows).to_have_count(1)
    expect(rows).to_contain_text(RECIPIENT_HOSPITAL)
    rows.locator("td.type-pk a").click()
    page.locator("li", has_text="from target in evidence").locator("a").click()
    sentence = page.locator("table.rows-and-columns tbody tr").filter(has_text=PAIR_SENTENCE)
    expect(sentence).to_have_count(1)
    sentence.locator("td.col-doc a").click()
    expect(page.locator("td.col-title")).to_have_text(ARTICLE_TITLE)
    expect(page.locator("td.col-url a")).to_have_attribute("href", ARTICLE_URL)


def test_donor_table_filters_by_donor_province(visit, server):
    page = visit.page
    page.goto(server + "aid/donors")
    province = gazetteer().lineage(DONOR_SOUTH)[0].name
    everything = page.locator("table.rows-and-columns td.col-donor_province").all_inner_texts()
    page.locator(".facet-info", has_text="donor_province").locator("a", has_text=province).click()
    page.wait_for_url("**donor_province=**")
    cells = page.locator("table.rows-and-columns td.col-donor_province").all_inner_texts()
    assert cells == [province, province]
    assert len(everything) > len(cells)


# the share of the map's canvas painted in the provinces' fill colour (#f4f6f9)
OUTLINE_FILL = """() => {
    const canvas = document.querySelector("#mynetwork canvas");
    const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let filled = 0;
    for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i] === 244 && pixels[i + 1] === 246 && pixels[i + 2] === 249) filled++;
    }
    return filled / (pixels.length / 4);
}"""


def test_geo_map_opens_from_the_home_page_with_province_outlines_beside_its_legend(visit, server):
    page = visit.page
    page.goto(server)
    page.locator("a", has_text="on the map of China").click()
    page.wait_for_url("**/-/map?geo=1")
    wait_until(page, "window.graphaidMap && window.graphaidMap.drawn")
    graph = serve_graph()
    assert page.evaluate("network.body.data.nodes.length") == graph.number_of_nodes()
    assert page.evaluate("window.graphaidMap.outlinesDrawn") > 0
    assert page.evaluate(OUTLINE_FILL) > 0.2  # the provinces cover much of the map
    legend, area = page.locator("#legend").bounding_box(), page.locator("#mynetwork").bounding_box()
    assert legend["x"] >= area["x"] + area["width"]  # beside the map, not over it
    page.locator("#legend summary").click()
    wait_until(page, "document.querySelector('#mynetwork').getBoundingClientRect().width === window.innerWidth")
    closed = page.locator("#legend").bounding_box()
    assert closed["y"] + closed["height"] <= area["y"]  # only its button is left, in the header


def test_province_flows_open_from_the_home_page(visit, server):
    page = visit.page
    page.goto(server)
    page.locator("a", has_text="province → province flows").click()
    wait_until(page, "window.graphaidMap && window.graphaidMap.drawn")
    assert page.evaluate("network.body.data.edges.length") == 3
    assert page.evaluate(OUTLINE_FILL) > 0.2


def test_hostile_names_render_as_text(visit, server):
    page = visit.page
    page.goto(server + "aid/entities?label=Hospital")
    assert HOSTILE_IMG in page.locator("td.col-name").all_inner_texts()
    page.goto(server + "aid/evidence?type=PAIRS_WITH")
    assert HOSTILE_SENTENCE in page.locator("td.col-sentence").all_inner_texts()
    page.goto(server + "aid/documents")
    assert "<i>标题</i>" in page.locator("td.col-title").all_inner_texts()
    page.wait_for_timeout(200)
    assert page.evaluate("Object.keys(window).filter((k) => k.startsWith('__xss'))") == []
    assert page.locator("table.rows-and-columns img, table.rows-and-columns i, table.rows-and-columns b").count() == 0
