"""``graphaid serve``: the aid graph in a web browser with Datasette, on this machine only, offline.

The graph is written as a SQLite database (graphaid.sqlite_export), kept beside the graph file, and served
read-only by Datasette on 127.0.0.1, with metadata that titles and describes every table and column, canned
queries for the named questions, facets, and a small plugin (this module) that draws the maps
(graphaid.render) on request at ``/-/map`` and links entity pages to them. Datasette's own pages load only its
own static files; the map pages make no request at all.
"""

from __future__ import annotations

import asyncio
import html
import socket
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote, urlencode

import networkx as nx
from datasette import hookimpl

from graphaid.graph import GraphFileError
from graphaid.sqlite_export import EXPORT_VERSION, FOREIGN_KEYS, FTS_COLUMNS, LABEL_COLUMNS, TABLES, write_sqlite

DATABASE = "aid"
STATIC = "graphaid-static"  # where graphaid/data/datasette is served: its stylesheet
HOST = "127.0.0.1"
DEFAULT_PORT = 8001
#: above this many nodes a map of the whole graph is not drawn: its pages offer provinces and entities instead
MAP_NODE_LIMIT = 3000
MAPS_KEPT = 24  # map pages kept drawn

FACETS = {
    "donors": ["donor_province", "recipient_province", "first_year"],
    "relations": ["type", "year"],
    "evidence": ["type", "year"],
    "entities": ["label", "province"],
    "documents": ["outlet", "year"],
}


def _like(column: str, param: str) -> str:
    return f"{column} like '%' || :{param} || '%'"


def _named(alias: str, param: str) -> str:
    """An entity whose name or one of its aliases contains the parameter."""
    return f"({_like(alias + '.name', param)} or {_like(alias + '.aliases', param)})"


#: name -> (title, description, SQL); parameters left empty match everything
CANNED_QUERIES: dict[str, tuple[str, str, str]] = {
    "donors_of_county": (
        "Donors of a county",
        "Who serves a place: the donor → recipient rows whose recipient is or lies in it (a county, prefecture or "
        "province; part of a name is enough).",
        "select id as donor_pair, donor_hierarchy as donor, recipient_hierarchy as recipient, hospitals, evidence, "
        "first_year, last_year, documents from donors where "
        + _like("recipient_hierarchy", "place")
        + " order by recipient_hierarchy, donor_hierarchy",
    ),
    "counties_of_donor": (
        "Counties of a donor",
        "Whom a donor serves: the rows whose donor region or one of whose hospitals contains the name.",
        "select id as donor_pair, donor_hierarchy as donor, recipient_hierarchy as recipient, hospitals, evidence, "
        "first_year, last_year, documents from donors where ("
        + _like("donor_hierarchy", "donor")
        + " or "
        + _like("hospitals", "donor")
        + ") order by donor_hierarchy, recipient_hierarchy",
    ),
    "experts_sent_by_hospital": (
        "Experts a hospital sent",
        "The experts a hospital (name or alias, or part of one) sent, and where they were posted.",
        "select x.id as expert_id, x.name as expert, h.id as sent_by_id, h.name as sent_by, p.id as posted_to_id, "
        "p.name as posted_to, coalesce(post.year, sent.year) as year from relations sent "
        "join entities h on h.id = sent.source join entities x on x.id = sent.target "
        "left join relations post on post.source = x.id and post.type = 'POSTED_TO' "
        "left join entities p on p.id = post.target where sent.type = 'SENDS' and "
        + _named("h", "hospital")
        + " order by h.name, x.name",
    ),
    "departments_founded": (
        "Departments founded",
        "Departments the aid founded: who founded them and the hospital they belong to (filter by the founder's "
        "or the hospital's name or place).",
        "select d.id as department_id, d.name as department, f.id as founder_id, f.name as founded_by, "
        "h.id as hospital_id, h.name as hospital, h.hierarchy as place, founded.year from relations founded "
        "join entities d on d.id = founded.target join entities f on f.id = founded.source "
        "left join relations part on part.source = d.id and part.type = 'PART_OF' "
        "left join entities h on h.id = part.target where founded.type = 'FOUNDED' and ("
        + _named("f", "name")
        + " or "
        + _named("h", "name")
        + " or "
        + _like("h.hierarchy", "name")
        + ") order by h.hierarchy, h.name, d.name",
    ),
    "evidence_of_relationship": (
        "Evidence of a relationship",
        "The sentences behind what links two entities (names or aliases, or parts of them), with their article.",
        "select s.id as source_id, s.name as source, e.type, t.id as target_id, t.name as target, e.sentence, "
        "e.doc, e.start, e.end, e.date from evidence e join entities s on s.id = e.source "
        "join entities t on t.id = e.target where "
        + _named("s", "source")
        + " and "
        + _named("t", "target")
        + " order by e.doc, e.start",
    ),
}


def metadata() -> dict:
    """Datasette metadata: titles and plain-word descriptions of every table and column, facets, queries."""
    tables = {}
    for table, (title, about, columns) in TABLES.items():
        entry = {"title": title, "description": about, "columns": dict(columns)}
        if table in FACETS:
            entry["facets"] = FACETS[table]
        if table in LABEL_COLUMNS:
            entry["label_column"] = LABEL_COLUMNS[table]
        if table in FTS_COLUMNS:
            entry["fts_table"] = f"{table}_fts"
            entry["fts_pk"] = "rowid"
        tables[table] = entry
    queries = {
        name: {"title": title, "description": about, "sql": sql} for name, (title, about, sql) in CANNED_QUERIES.items()
    }
    return {
        "title": "graphaid · the aid graph",
        "extra_css_urls": [f"/{STATIC}/serve.css"],
        "description_html": (
            "Who helps whom in medical pairing aid, read from news articles. Search the "
            f'<a href="/{DATABASE}/entities">entities</a> or the '
            f'<a href="/{DATABASE}/evidence">evidence sentences</a> (at least three characters), browse the '
            f'<a href="/{DATABASE}/donors">donor → recipient table</a>, or open the maps: '
            '<a href="/-/map">network</a> · <a href="/-/map?geo=1">on the map of China</a> · '
            '<a href="/-/map?flows=1">province → province flows</a>.'
        ),
        "databases": {DATABASE: {"title": "The aid graph", "tables": tables, "queries": queries}},
    }


# --- the plugin: maps on request, links from query results to entity and document pages -----------------------


@dataclass(slots=True)
class _Maps:
    """The graph being served, and the map pages drawn so far."""

    graph: nx.MultiDiGraph = field(default_factory=nx.MultiDiGraph)
    drawn: dict[tuple, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


_maps = _Maps()


def _map_page(args: dict[str, str]) -> tuple[int, str]:
    """The HTML of the map a request asks for (status, page)."""
    from graphaid.render import render_html
    from graphaid.selection import select

    graph = _maps.graph
    if args.get("flows") in ("1", "true", "yes"):
        page = _maps.drawn.get(("flows",))
        if page is None:
            from graphaid.flows import render_flows
            from graphaid.questions import donors

            page = render_flows(donors(graph))[0]
            _remember(("flows",), page)
        return 200, page
    geo = args.get("geo") in ("1", "true", "yes")
    focus = args.get("focus") or None
    province = args.get("province") or None
    try:
        hops = max(0, min(int(args.get("hops") or 1), 4))
    except ValueError:
        hops = 1
    key = (geo, focus, province, hops)
    if (page := _maps.drawn.get(key)) is not None:
        return 200, page
    if focus and focus in graph:
        title = f"{graph.nodes[focus]['name']} · {hops} step{'s' if hops > 1 else ''} around"
        focus = graph.nodes[focus]["name"]
    else:
        title = None
    try:
        part = select(graph, focus=focus, hops=hops, province=province)
    except LookupError as exc:
        return 404, _message_page("Nothing to draw", str(exc))
    if part.graph.number_of_nodes() == 0:
        return 404, _message_page("Nothing to draw", "Nothing is left to draw with these filters.")
    if part.graph.number_of_nodes() > MAP_NODE_LIMIT:
        return 200, _too_big_page(part.graph.number_of_nodes(), geo)
    if province:
        title = f"{province} and its aid partners"
    page = render_html(part.graph, geo=geo, title=title, focus=part.focus)
    _remember(key, page)
    return 200, page


def _remember(key: tuple, page: str) -> None:
    """Keep a drawn page for the next request; only the latest ones, as pages of large graphs take megabytes."""
    with _maps.lock:  # pages are drawn on worker threads
        _maps.drawn[key] = page
        while len(_maps.drawn) > MAPS_KEPT:
            del _maps.drawn[next(iter(_maps.drawn))]


def _message_page(heading: str, text: str, extra_html: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>'
        + html.escape(heading)
        + '</title></head><body style="font-family: sans-serif; margin: 2em"><h1>'
        + html.escape(heading)
        + "</h1><p>"
        + html.escape(text)
        + "</p>"
        + extra_html
        + '<p><a href="/">Back to the tables</a></p></body></html>'
    )


def _too_big_page(nodes: int, geo: bool) -> str:
    from graphaid.model import Label

    provinces = sorted(d["name"] for _, d in _maps.graph.nodes(data=True) if d["label"] == Label.PROVINCE)
    links = "".join(
        f'<li><a href="/-/map?{html.escape(urlencode({"province": name, "geo": int(geo)}))}">'
        f"{html.escape(name)}</a></li>"
        for name in provinces
    )
    return _message_page(
        "Too large to draw at once",
        f"This map would have {nodes:,} nodes, more than a browser draws comfortably ({MAP_NODE_LIMIT:,}). "
        "Open one province below, an entity's page and its neighbourhood map, or the province → province flows.",
        f'<p><a href="/-/map?flows=1">Province → province flows</a></p><ul>{links}</ul>',
    )


def _args(request) -> dict[str, str]:
    """A request's query string, first value of each parameter (Datasette's MultiParams has no items())."""
    return {key: request.args.get(key) for key in request.args.keys()}  # noqa: SIM118


async def _map_view(request):
    from datasette.utils.asgi import Response

    status, page = await asyncio.to_thread(_map_page, _args(request))
    return Response.html(page, status=status)


@hookimpl
def register_routes():
    return [(r"^/-/map$", _map_view)]


@hookimpl
def render_cell(value, column, table, database, datasette):
    if table and table in FOREIGN_KEYS and column in FOREIGN_KEYS[table]:
        return _row_link(value, FOREIGN_KEYS[table][column][0], database, datasette)
    return _query_link(value, column, table, database)


async def _row_link(value, other: str, database: str, datasette) -> object:
    """A foreign key on a row's own page, which Datasette shows bare: a link labelled with the row it names."""
    from markupsafe import Markup, escape

    if not isinstance(value, (str, int)) or isinstance(value, bool) or value == "":
        return None  # table pages give a dict (value and label) and link it themselves
    label = value
    if other in LABEL_COLUMNS:
        found = await datasette.get_database(database).execute(
            f"select {LABEL_COLUMNS[other]} from {other} where id = ?", [value]
        )
        first = found.first()
        label = first[0] if first and first[0] else value
    href = f"/{database}/{other}/{quote(str(value), safe='')}"
    return Markup(f'<a href="{escape(href)}">{escape(label)}</a>')


def _register() -> None:
    """Register this module's hooks with Datasette (once per process)."""
    from datasette.plugins import pm

    if not pm.has_plugin("graphaid"):
        pm.register(sys.modules[__name__], name="graphaid")


def _query_link(value, column: str, table: str | None, database: str) -> object:
    """In canned query results, ``*_id`` columns link to the entity's page and ``doc`` to the article's."""
    from markupsafe import Markup, escape

    if table is not None or database != DATABASE or not isinstance(value, str) or not value:
        return None
    if column.endswith("_id") or column == "donor_pair":
        target = "donors" if column == "donor_pair" else "entities"
    elif column == "doc":
        target = "documents"
    else:
        return None
    href = f"/{DATABASE}/{target}/{quote(value, safe='')}"
    return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')


# --- running the server ------------------------------------------------------------------------------------------


class PortInUseError(Exception):
    """The port asked for is taken; the message says what to do."""


def free_port() -> int:
    """A TCP port nobody listens on at the moment."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def check_port(port: int) -> None:
    """Raise PortInUseError when something already listens on the port."""
    with socket.socket() as probe:
        try:
            probe.bind((HOST, port))
        except OSError:
            raise PortInUseError(f"port {port} is in use on {HOST}: give another with --port") from None


def database_beside(graph: nx.MultiDiGraph, graph_path: str | Path) -> Path | None:
    """The graph's SQLite database, kept beside its file (``.aidgraph.json.v1.db``) and written again only when
    the graph file is newer; None when nothing can be written there."""
    graph_path = Path(graph_path)
    cache = graph_path.with_name(f".{graph_path.name}.v{EXPORT_VERSION}.db")
    try:
        if cache.exists() and cache.stat().st_mtime_ns >= graph_path.stat().st_mtime_ns:
            return cache
        write_sqlite(graph, cache)
    except (GraphFileError, OSError):
        return None
    return cache


def serve(
    graph: nx.MultiDiGraph,
    port: int = DEFAULT_PORT,
    *,
    database: str | Path | None = None,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the graph with Datasette on 127.0.0.1 until interrupted (Ctrl-C).

    ``database`` is the graph's SQLite export (graphaid.sqlite_export) when already written; without it the
    graph is written into a temporary folder, removed afterwards. ``on_ready`` is called with the address before
    the server starts.
    """
    import uvicorn
    from datasette.app import Datasette
    from datasette.database import Database

    check_port(port)
    with tempfile.TemporaryDirectory(prefix="graphaid-serve-") as scratch:
        path = Path(database) if database else Path(scratch) / f"{DATABASE}.db"
        if not database:
            write_sqlite(graph, path)
        _maps.graph, _maps.drawn = graph, {}
        _register()
        datasette = Datasette(
            metadata=metadata(),
            template_dir=str(files("graphaid.data").joinpath("datasette")),
            static_mounts=[(STATIC, str(files("graphaid.data").joinpath("datasette")))],
            settings={"sql_time_limit_ms": 3000, "facet_time_limit_ms": 400},
        )
        datasette.add_database(Database(datasette, path=str(path), is_mutable=False), name=DATABASE)
        url = f"http://{HOST}:{port}/"
        if on_ready:
            on_ready(url)
        uvicorn.run(datasette.app(), host=HOST, port=port, log_level="warning", lifespan="on")
