"""The graphaid command line: a thin layer over the library (graphaid.pipeline, graphaid.questions, ...)."""

from __future__ import annotations

import csv
import io
import json
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from graphaid.corrections import relation_id
from graphaid.documents import DEFAULT_MAX_SECONDS
from graphaid.graph import (
    GraphFileError,
    check_writable,
    load_graph,
    lock_graph,
    new_graph,
    save_graph,
    to_csv,
    to_graphml,
    to_json,
)
from graphaid.model import Label, Rel
from graphaid.questions import DONOR_COLUMNS, describe, donors
from graphaid.schema import find_entities

DEFAULT_GRAPH = "aidgraph.json"
graph_option = click.option(
    "--graph",
    "graph_path",
    default=DEFAULT_GRAPH,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The graph file (node-link JSON).",
)


def _load(graph_path: str):
    try:
        return load_graph(graph_path)
    except GraphFileError as exc:
        raise click.ClickException(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="graphaid")
def main() -> None:
    """Turn Chinese news articles about medical pairing aid into a graph of who helps whom.

    \b
    Examples:
      graphaid build seeds/                 # extract the articles into ./aidgraph.json
      graphaid donors                       # donor region -> recipient region table
      graphaid donors --county 台江县        # who serves one county
      graphaid show 黄平县人民医院            # one entity with the sentences behind it
      graphaid correct merge 甲市一院 甲市第一人民医院   # fix the extractor for good (graphaid correct --help)
      graphaid export --format graphml -o aid.graphml
      graphaid eval gold.json articles/ --misses   # score extraction against annotated articles
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@graph_option
@click.option("--fresh", is_flag=True, help="Start a new graph instead of adding to the one in --graph.")
@click.option("--workers", "-j", default=1, show_default=True, type=click.IntRange(1), help="Extract on N processes.")
@click.option("--max-mb", default=20, show_default=True, help="Skip files larger than this many megabytes.")
@click.option(
    "--max-seconds",
    default=DEFAULT_MAX_SECONDS,
    show_default=True,
    type=click.FloatRange(min=0),
    help="Give up an article whose extraction takes longer than this (long articles are checked part by part).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary: no progress bar, no line per skipped file.")
@click.option(
    "--log",
    "log_path",
    type=click.Path(dir_okay=False),
    help="Write one tab-separated line per skipped file here: path, reason.",
)
@click.option("--map", "map_path", type=click.Path(dir_okay=False), help="Also write the graph's network map here.")
@click.option(
    "--corrections",
    "corrections_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Apply the corrections in this file [default: the graph's, aidgraph.json -> aidgraph.corrections.toml].",
)
def build(
    paths: tuple[str, ...],
    graph_path: str,
    fresh: bool,
    workers: int,
    max_mb: int,
    max_seconds: float,
    quiet: bool,
    log_path: str | None,
    map_path: str | None,
    corrections_file: str | None,
) -> None:
    """Extract articles (.txt/.html files or folders, recursively) into the graph file.

    Adding articles to an existing graph keeps what is there; articles already in it (same content, wherever
    the file lies) are not read again, so an interrupted build (Ctrl-C or kill) resumes where it stopped when
    run again, and an edited article replaces its old version. The result is the same for any number of workers.
    The corrections beside the graph (written by 'graphaid correct') are applied to it on every build.

    \b
    Examples:
      graphaid build seeds/ more/article.html --graph aid.json
      graphaid build corpus/ --workers 2
      graphaid build corpus/ -q --log skipped.tsv   # only the summary; what was skipped, and why, in a file
    """
    from graphaid.corrections import corrections_path
    from graphaid.pipeline import build as run_build
    from graphaid.pipeline import count_articles

    corrections_file = corrections_file or str(corrections_path(graph_path))
    corrections = _load_corrections(corrections_file)
    try:
        for output in (graph_path, map_path, log_path):
            if output:
                check_writable(output)
        with lock_graph(graph_path), _terminate_as_interrupt():
            graph = new_graph() if fresh or not Path(graph_path).exists() else _load(graph_path)
            total = count_articles(paths)
            show_bar = not quiet and sys.stderr.isatty()
            try:
                with click.progressbar(
                    length=total, label="Reading articles", file=sys.stderr, hidden=not show_bar
                ) as bar:
                    graph, report = run_build(
                        paths,
                        graph,
                        max_bytes=max_mb * 1024 * 1024,
                        on_progress=bar.update,
                        workers=workers,
                        checkpoint=graph_path,
                        max_seconds=max_seconds,
                        corrections=corrections,
                    )
            except KeyboardInterrupt:
                raise click.ClickException(
                    f"interrupted; what was read so far is saved in {graph_path}: run the same command again to resume"
                ) from None
            if report.read_by_another_extractor:
                click.echo(
                    f"warning: {report.read_by_another_extractor} articles of {graph_path} were read by another "
                    "version of graphaid's extractor and keep what it read; add --fresh to read them all again",
                    err=True,
                )
            if not quiet:
                for skipped in report.skipped:
                    click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
                for warning in report.corrections:
                    click.echo(f"warning: {corrections_file}: {warning}", err=True)
            if log_path:
                _write_skipped(log_path, report.skipped)
            if not report.read and not report.unchanged:
                raise click.ClickException("no article could be read; nothing was written")
            save_graph(graph, graph_path)
    except GraphFileError as exc:
        raise click.ClickException(str(exc)) from None
    if map_path:
        from graphaid.render import write_map

        write_map(graph, map_path)
    replaced = f", {len(report.replaced)} replaced by a changed file" if report.replaced else ""
    logged = f" (listed in {log_path})" if log_path and report.skipped else ""
    click.echo(
        f"{len(report.read)} documents read, {len(report.unchanged)} unchanged{replaced}, "
        f"{len(report.skipped)} skipped{logged} -> {graph_path}"
    )
    click.echo("nodes: " + ", ".join(f"{k} {v}" for k, v in sorted(report.nodes.items())))
    click.echo("edges: " + ", ".join(f"{k} {v}" for k, v in sorted(report.edges.items())))
    if corrections or report.corrections:
        unmatched = f", {len(report.corrections)} matching nothing (see the warnings)" if report.corrections else ""
        click.echo(f"corrections: {len(corrections)} from {corrections_file}{unmatched}")
    if map_path:
        click.echo(f"map -> {map_path}")


def _load_corrections(path: str) -> list:
    from graphaid.corrections import CorrectionsError, load_corrections

    try:
        return load_corrections(path)
    except CorrectionsError as exc:
        raise click.ClickException(str(exc)) from None


def _write_skipped(path: str, skipped: list) -> None:
    """The skipped files as TSV (path, reason), one line each; a tab or line break in a name is written \\t, \\n."""

    def clean(text: str) -> str:
        return text.replace("\t", "\\t").replace("\n", "\\n")

    lines = "".join(f"{clean(item.path)}\t{clean(item.reason)}\n" for item in skipped)
    Path(path).write_text(lines, encoding="utf-8")


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (kill, a closed terminal session, a container stopping) stops a build as Ctrl-C does: saving."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _years_options(command):
    """--since YEAR and --until YEAR: only what evidence dated in those years tells."""
    command = click.option(
        "--until", type=int, metavar="YEAR", help="Only evidence dated in this year or before (undated goes)."
    )(command)
    return click.option(
        "--since", type=int, metavar="YEAR", help="Only evidence dated in this year or after (undated goes)."
    )(command)


no_bom_option = click.option(
    "--no-bom", is_flag=True, help="CSV files without the UTF-8 BOM that Excel needs to read them as UTF-8."
)


@main.command()
@graph_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "graphml", "csv", "xlsx", "sqlite", "neo4j-import"]),
    default="json",
    show_default=True,
)
@click.option("--nl", "json_lines", is_flag=True, help="JSON lines: one document, node or relationship per line.")
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    help="Write here instead of standard output (for neo4j-import: the folder for the CSV files).",
)
@_years_options
@no_bom_option
def export(
    graph_path: str,
    fmt: str,
    json_lines: bool,
    output: str | None,
    since: int | None,
    until: int | None,
    no_bom: bool,
) -> None:
    """Export the graph: node-link JSON, JSON lines, GraphML, CSV or XLSX (nodes, edges and documents tables),
    a SQLite database (documented tables, foreign keys, full-text search; what graphaid serve browses), or the
    CSV files of neo4j-admin database import (for a big first load; it prints the import command).

    CSV files start with a UTF-8 BOM so that Excel shows the Chinese text (--no-bom to leave it out; standard
    output never has one). The documents table cites each article: title, outlet, author, date, URL, file.

    \b
    Examples:
      graphaid export -o graph.json
      graphaid export --nl -o graph.jsonl        # one JSON object per line
      graphaid export --format csv -o aid.csv    # writes aid.nodes.csv, aid.edges.csv and aid.documents.csv
      graphaid export --format xlsx -o aid.xlsx --since 2020   # sheets nodes, edges, documents
      graphaid export --format sqlite -o aid.db  # then: datasette aid.db, or sqlite3 aid.db
      graphaid export --format neo4j-import -o import/    # then run the neo4j-admin line it prints
    """
    from graphaid.graph import to_json_lines, to_tables
    from graphaid.questions import in_years

    graph = in_years(_load(graph_path), since, until)
    if fmt == "neo4j-import":
        from graphaid.neo4j import GraphSchemaError
        from graphaid.neo4j_import import import_command, shell_line, write_import_files

        if not output:
            raise click.ClickException("--format neo4j-import writes several files: give their folder with -o DIR")
        try:
            files = write_import_files(graph, output)
        except GraphSchemaError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(
            f"wrote {len(files.nodes) + len(files.relationships)} CSV files ({files.rows} rows) and schema.cypher "
            f"into {output}; with Neo4j stopped, import them into an empty database with:",
            err=True,
        )
        click.echo(shell_line(import_command(files)))
        click.echo("then start Neo4j and run graphaid load on the same graph: it adds the indexes", err=True)
        return
    if output and Path(output).is_dir():
        raise click.ClickException(f"{output} is a folder: give a file name with -o")
    if json_lines:
        if fmt != "json":
            raise click.ClickException("--nl writes JSON lines; leave out --format or give --format json")
        _emit(to_json_lines(graph), output, nl=False)
    elif fmt == "json":
        _emit(to_json(graph), output)
    elif fmt == "graphml":
        _emit(to_graphml(graph), output)
    elif fmt == "xlsx":
        from graphaid.tables import write_xlsx

        _write_xlsx(output, lambda path: write_xlsx(path, to_tables(graph)))
    elif fmt == "sqlite":
        from graphaid.sqlite_export import write_sqlite

        if not output:
            raise click.ClickException("a SQLite database cannot go to the terminal: give -o FILE.db")
        try:
            counts = write_sqlite(graph, output)
        except GraphFileError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(f"wrote {output}: " + ", ".join(f"{table} {n}" for table, n in counts.items()), err=True)
    elif output:
        stem = Path(output).with_suffix("")
        for name, text in to_csv(graph, bom=not no_bom).items():
            Path(f"{stem}.{name}.csv").write_text(text, encoding="utf-8")
        click.echo(f"wrote {stem}.nodes.csv, {stem}.edges.csv and {stem}.documents.csv", err=True)
    else:
        click.echo("\n".join(to_csv(graph).values()), nl=False)


def _write_xlsx(output: str | None, write) -> None:
    if not output:
        raise click.ClickException("an XLSX workbook cannot go to the terminal: give -o FILE.xlsx")
    try:
        write(output)
    except GraphFileError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {output}", err=True)


def _emit(text: str, output: str | None, nl: bool = True) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=nl)


def _neo4j_options(required: bool, uri_from_env: bool = True):
    """--neo4j/--user/--password/--database, each also read from its NEO4J_* environment variable (the URI only
    with ``uri_from_env``: where the graph file is the default, Neo4j is asked only when named)."""

    def decorate(command):
        options = [
            click.option(
                "--neo4j",
                "uri",
                envvar="NEO4J_URI" if uri_from_env else None,
                required=required,
                help="Bolt URI of the Neo4j server, e.g. bolt://localhost:7687"
                + (" (or NEO4J_URI)." if uri_from_env else "."),
            ),
            click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="Or NEO4J_USER."),
            click.option("--password", envvar="NEO4J_PASSWORD", help="Or NEO4J_PASSWORD; leave out if auth is off."),
            click.option("--database", envvar="NEO4J_DATABASE", help="Or NEO4J_DATABASE; default: the server's."),
            click.option(
                "--timeout",
                envvar="NEO4J_TIMEOUT",
                default=60.0,
                show_default=True,
                type=click.FloatRange(min=0, min_open=True),
                help="Seconds the server may take to answer a connection, batch or query (or NEO4J_TIMEOUT).",
            ),
        ]
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


@main.command(name="donors")
@graph_option
@click.option(
    "--county", help="Only recipients in this place: a county, prefecture or province (南京市鼓楼区 if names repeat)."
)
@click.option(
    "--entities",
    is_flag=True,
    help="Entity by entity: every hospital, agency or place that helps, the recipient and the way (via).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json", "xlsx"]), default="table", show_default=True
)
@click.option("--nl", "json_lines", is_flag=True, help="JSON lines: one row per line.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of standard output.")
@_years_options
@no_bom_option
@_neo4j_options(required=False, uri_from_env=False)
def donors_command(
    graph_path: str,
    county: str | None,
    entities: bool,
    fmt: str,
    json_lines: bool,
    output: str | None,
    since: int | None,
    until: int | None,
    no_bom: bool,
    uri: str | None,
    user: str,
    password: str | None,
    database: str | None,
    timeout: float,
) -> None:
    """Which donors serve which counties: donor region -> recipient region, with hospitals, evidence and years.

    The same table as the named query donor_county_table, from the graph file or from Neo4j (--neo4j URI).
    A row's hospitals are the hospitals among the donors and recipients behind it; its evidence counts the
    acts of aid behind it, each once per article that tells it. The first and last year are those of the
    evidence (a sentence's date, else its article's). --entities lists the donors and recipients themselves.
    CSV files start with a UTF-8 BOM for Excel (--no-bom to leave it out; standard output never has one).

    \b
    Examples:
      graphaid donors
      graphaid donors --county 三穗县 --format json
      graphaid donors --county 三穗县 --entities     # which hospitals and agencies, and how
      graphaid donors --since 2018 --until 2020
      graphaid donors --format csv -o donors.csv      # opens in Excel
      graphaid donors --format xlsx -o donors.xlsx
      graphaid donors --neo4j bolt://localhost:7687 --password secret   # the same table from Neo4j
    """
    from graphaid.questions import ENTITY_COLUMNS, donor_entities

    columns = ENTITY_COLUMNS if entities else DONOR_COLUMNS
    try:
        with _open_store(graph_path, uri, user, password, database, timeout) as store:
            if entities:
                rows = donor_entities(store, county, since, until)
            else:
                rows = [r.as_dict() for r in donors(store, county, since, until)]
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None

    def cells(row: dict) -> list:
        return ["|".join(v) if isinstance(v, list) else ("" if v is None else v) for v in map(row.get, columns)]

    if json_lines:
        from graphaid.tables import json_lines as lines

        _emit(lines(rows), output, nl=False)
    elif fmt == "json":
        _emit(json.dumps(rows, ensure_ascii=False, indent=1), output)
    elif fmt == "xlsx":
        from graphaid.tables import write_xlsx

        _write_xlsx(output, lambda path: write_xlsx(path, {"donors": (list(columns), [cells(r) for r in rows])}))
    elif fmt == "csv":
        from graphaid.tables import csv_text

        _emit(csv_text(list(columns), [cells(r) for r in rows], bom=bool(output) and not no_bom), output, nl=False)
    elif not rows:
        click.echo("no donor -> recipient pairs in this graph" + (f" for {county}" if county else ""))
    elif entities:
        click.echo(
            _table(
                ["donor", "recipient", "via", "evidence", "years"],
                [
                    [
                        f"{r['donor']} [{r['donor_label']}]",
                        f"{r['recipient']} [{r['recipient_label']}]",
                        r["via"],
                        str(r["evidence"]),
                        _years(r).strip(" ()") or "-",
                    ]
                    for r in rows
                ],
            )
        )
    else:
        click.echo(
            _table(
                ["donor", "recipient", "hospitals", "evidence", "years"],
                [
                    [
                        r["donor_hierarchy"],
                        r["recipient_hierarchy"],
                        _few(r["hospitals"]),
                        str(r["evidence"]),
                        _years(r).strip(" ()") or "-",
                    ]
                    for r in rows
                ],
            )
        )


@contextmanager
def _open_store(
    graph_path: str | None, uri: str | None, user: str, password: str | None, database: str | None, timeout: float
) -> Iterator:
    """The store to ask: Neo4j when a URI is given, else the graph file; its errors become one-line messages."""
    if not uri:
        from graphaid.stores import EmbeddedStore

        yield EmbeddedStore(_load(graph_path or DEFAULT_GRAPH))
        return
    from graphaid.neo4j import Neo4jStoreError, connect

    try:
        with connect(uri, user, password, database, timeout=timeout) as store:
            yield store
    except Neo4jStoreError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        raise click.ClickException("interrupted") from None


def _few(names: list[str], most: int = 3) -> str:
    """A table cell that stays readable: the first names and how many more."""
    if not names:
        return "-"
    more = f" …(+{len(names) - most})" if len(names) > most else ""
    return "、".join(names[:most]) + more


def _table(header: list[str], rows: list[list[str]]) -> str:
    from unicodedata import east_asian_width

    def width(s: str) -> int:
        return sum(2 if east_asian_width(c) in "WF" else 1 for c in s)

    widths = [max(width(x) for x in col) for col in zip(header, *rows, strict=True)]
    lines = []
    for i, row in enumerate([header, *rows]):
        lines.append("  ".join(cell + " " * (w - width(cell)) for cell, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


@main.command()
@click.argument("name")
@graph_option
@click.option("--json", "as_json", is_flag=True, help="Print the entity as JSON.")
@click.option("--contains", is_flag=True, help="Every entity whose name or alias contains NAME.")
def show(name: str, graph_path: str, as_json: bool, contains: bool) -> None:
    """Show one entity (its name or alias): hierarchy, aliases, relationships and the sentences behind them.

    \b
    Examples:
      graphaid show 黄平县人民医院
      graphaid show 镇宁 --contains     # every entity whose name contains it
    """
    graph = _load(graph_path)
    nodes = find_entities(graph, name, contains=contains)
    if not nodes:
        hint = "" if contains else "; add --contains to find the entities whose name contains it"
        raise click.ClickException(f"nothing called {name!r} in {graph_path}{hint}")
    entities = [describe(graph, n) for n in nodes]
    for entity in entities:
        entity["corrections"] = graph.nodes[entity["id"]].get("corrections", [])
    if as_json:
        click.echo(json.dumps(entities, ensure_ascii=False, indent=1))
        return
    for entity in entities:
        click.echo(f"{entity['name']}  [{entity['label']}]  {entity['id']}")
        if entity["hierarchy"]:
            click.echo(f"  where:    {' › '.join(entity['hierarchy'])} ({entity['code']})")
        if entity["aliases"]:
            click.echo(f"  aliases:  {'、'.join(entity['aliases'])}")
        click.echo(f"  docs:     {', '.join(entity['docs'])}")
        for note in entity["corrections"]:
            click.echo(f"  corrected: {note}")
        for rel in entity["relations"]:
            arrow = "->" if rel["direction"] == "out" else "<-"
            ends = (entity["id"], rel["other_id"])[:: 1 if rel["direction"] == "out" else -1]
            click.echo(
                f"  {arrow} {rel['type']} {rel['other']} [{rel['other_label']}]"
                + (f" {rel['date']}" if rel["date"] else "")
                + f"  ({relation_id(ends[0], rel['type'], ends[1])})"  # what 'correct reject --id' takes
            )
            for ev in rel["evidence"]:
                click.echo(f"       {ev['doc']}:{ev['start']}-{ev['end']}{_when(ev)}  {ev['sentence']}")
        if entity.get("institutions"):
            click.echo(f"  institutions here ({len(entity['institutions'])}):")
            for item in entity["institutions"]:
                click.echo(f"     {item['name']} [{item['label']}]")
        if entity.get("pairs"):
            click.echo(f"  pairs involving it ({len(entity['pairs'])}):")
            for row in entity["pairs"]:
                click.echo(f"     {row['donor_hierarchy']} -> {row['recipient_hierarchy']}{_years(row)}")
        if any(any(source.values()) for source in entity["sources"].values()):
            click.echo("  sources:")
            for doc, source in entity["sources"].items():
                cited = " · ".join(str(source[k]) for k in ("title", "outlet", "author", "date") if source.get(k))
                click.echo(f"     {doc}  {cited}")
                for key in ("url", "relative_path"):
                    if source.get(key):
                        click.echo(f"       {source[key]}")
        click.echo()


def _when(evidence: dict) -> str:
    """An evidence record's date as shown: with its precision, and saying when it is the article's date."""
    if not evidence.get("date"):
        return ""
    source = ", article's date" if evidence.get("date_from") == "article" else ""
    return f" [{evidence['date']}{source}]"


def _years(row: dict) -> str:
    first, last = row.get("first_year"), row.get("last_year")
    if first is None:
        return ""
    return f" ({first})" if first == last else f" ({first}–{last})"


@main.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(dir_okay=False),
    help="Keep the graph built from PATHS here (replacing the file); without PATHS, score this graph.",
)
@click.option("--misses", is_flag=True, help="Also list every miss and spurious item with its document and sentences.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores (and every item) as JSON.")
@click.option("--workers", "-j", default=1, show_default=True, type=click.IntRange(1), help="Extract on N processes.")
def eval_command(
    gold: str, paths: tuple[str, ...], graph_path: str | None, misses: bool, as_json: bool, workers: int
) -> None:
    """Build articles and score the graph against a gold file: precision, recall and F1.

    Scores each label, each relationship type, donor -> county pairs, and entities and relationships
    overall. GOLD is JSON: {"nodes": [{"key", "label", "names", "docs", "of" (a department's hospital key),
    "optional"}], "edges": [{"type", "source": [keys], "target": [keys], "doc"}], "serves": [{"donor_region":
    key or [keys, finest first], "recipient_region", "doc"}]}; graphaid/evaluation.py gives the matching rules.
    Document ids are file paths relative to the folder given.

    \b
    Examples:
      graphaid eval gold.json articles/                 # build into a temporary graph and score it
      graphaid eval gold.json articles/ --misses        # and list what was missed or wrongly found
      graphaid eval gold.json articles/ --graph g.json  # keep the graph built
      graphaid eval gold.json --graph g.json --json     # score a graph built before
    """
    from graphaid.evaluation import GoldFileError, absent_documents, add_sentences, evaluate, graph_sentences, load_gold

    try:
        gold_graph = load_gold(gold)
    except GoldFileError as exc:
        raise click.ClickException(str(exc)) from None
    if paths:
        from graphaid.pipeline import build as run_build

        graph, report = run_build(paths, new_graph(), workers=workers)
        for skipped in report.skipped:
            click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
        if not report.read:
            raise click.ClickException("no article could be read; nothing to score")
        if graph_path:
            save_graph(graph, graph_path)
    elif graph_path:
        graph = _load(graph_path)
    else:
        raise click.ClickException("give the articles to build (PATH...) or a graph to score (--graph FILE)")
    absent = absent_documents(graph, gold_graph)
    if absent:
        click.echo(
            f"note: {len(absent)} of the gold file's {len(gold_graph.docs)} documents are not in the graph "
            f"(document ids are paths relative to the folder given): {', '.join(absent[:5])}"
            + (" …" if len(absent) > 5 else ""),
            err=True,
        )
    evaluation = evaluate(graph, gold_graph)
    if misses or as_json:
        add_sentences(evaluation, graph_sentences(graph))
    if as_json:
        click.echo(json.dumps(evaluation.as_dict(), ensure_ascii=False, indent=1))
        return
    click.echo(_scores_table(evaluation))
    if misses:
        for title, items in (("missed", evaluation.missed), ("spurious", evaluation.spurious)):
            click.echo(f"\n{title} ({len(items)}):")
            for item in items:
                click.echo(f"  {item.text}" + (f"  [{', '.join(item.docs)}]" if item.docs else ""))
                for ev in item.evidence[:3]:
                    click.echo(f"      {ev['doc']}: {ev['sentence']}")
                if len(item.evidence) > 3:
                    click.echo(f"      … {len(item.evidence) - 3} more sentences (--json lists them all)")


def _scores_table(evaluation) -> str:
    from graphaid.evaluation import MEASURE_NAMES

    rows = []
    for measure, s in evaluation.scores.items():
        note = str(s.duplicates) if s.duplicates else ""
        rows.append(
            [
                MEASURE_NAMES.get(measure, measure),
                f"{s.precision:.3f}",
                f"{s.recall:.3f}",
                f"{s.f1:.3f}",
                str(s.tp),
                str(s.fp),
                str(s.fn),
                note,
            ]
        )
    return _table(["measure", "P", "R", "F1", "tp", "fp", "fn", "duplicates"], rows)


LARGE_MAP = 3000  # nodes; above this, map suggests a smaller view


@main.command(name="map")
@graph_option
@click.option("-o", "--output", default="aidgraph.html", show_default=True, type=click.Path(dir_okay=False))
@click.option("--geo", is_flag=True, help="Draw places at their coordinates: who serves whom across the country.")
@click.option(
    "--flows", is_flag=True, help="Province → province arcs, as wide as the donor → recipient pairs between them."
)
@click.option("--focus", help="Only the neighbourhood of this entity (a hospital, county, donor...; name or alias).")
@click.option("--contains", is_flag=True, help="--focus on every entity whose name or alias contains it.")
@click.option("--hops", default=1, show_default=True, type=click.IntRange(0), help="How far around --focus to go.")
@click.option(
    "--label",
    "labels",
    multiple=True,
    type=click.Choice([str(x) for x in Label]),
    help="Keep these labels (repeat it).",
)
@click.option(
    "--type", "types", multiple=True, type=click.Choice([str(x) for x in Rel]), help="Keep these relationships."
)
@click.option("--province", help="Only what lies in this province, with its aid partners elsewhere.")
@click.option("--title", help="Heading of the page.")
@_years_options
def map_command(
    graph_path: str,
    output: str,
    geo: bool,
    flows: bool,
    focus: str | None,
    contains: bool,
    hops: int,
    labels: tuple[str, ...],
    types: tuple[str, ...],
    province: str | None,
    title: str | None,
    since: int | None,
    until: int | None,
) -> None:
    """Write an interactive HTML map of the graph: open it by double-clicking, it works offline.

    \b
    Examples:
      graphaid map -o aid.html
      graphaid map --geo -o who-serves-whom.html
      graphaid map --focus 黄平县人民医院 --hops 2 -o huangping.html
      graphaid map --focus 台江 --contains          # around every entity whose name contains it
      graphaid map --province 贵州省 --type PAIRS_WITH --type LOCATED_IN
      graphaid map --geo --since 2021 --until 2022   # only what evidence of those years tells
      graphaid map --flows -o flows.html            # province -> province, the whole country at any size
    """
    from graphaid.questions import in_years
    from graphaid.render import write_map
    from graphaid.selection import select

    graph = in_years(_load(graph_path), since, until)
    if flows:
        from graphaid.flows import write_flows

        if focus or labels or types or province or geo:
            raise click.ClickException(
                "--flows draws the whole country: leave out --geo, --focus, --label, --type and --province"
            )
        flow_stats = write_flows(donors(graph), output, title=title)
        click.echo(
            f"flow map of {flow_stats.provinces} provinces, {flow_stats.arcs} arcs and {flow_stats.pairs} "
            f"donor -> recipient pairs -> {output}",
            err=True,
        )
        return
    try:
        selection = select(
            graph, focus=focus, hops=hops, labels=labels, types=types, province=province, contains=contains
        )
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None
    if selection.graph.number_of_nodes() == 0:
        raise click.ClickException("nothing left to draw with these filters")
    stats = write_map(selection.graph, output, geo=geo, title=title, focus=selection.focus)
    note = f", {stats.unplaced} without coordinates (boxed)" if stats.unplaced else ""
    click.echo(f"map of {stats.nodes} nodes and {stats.edges} relationships{note} -> {output}", err=True)
    if stats.nodes > LARGE_MAP and not (focus or province):
        click.echo(
            f"{stats.nodes:,} nodes are more than a browser draws comfortably: try --focus NAME --hops 1, "
            "--province NAME, or --flows for the whole country",
            err=True,
        )


@main.command(name="serve")
@graph_option
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535), help="Port on 127.0.0.1.")
def serve_command(graph_path: str, port: int) -> None:
    """Browse the graph in a web browser (Datasette on 127.0.0.1, offline): tables, search, sources, maps.

    Until Ctrl-C. Nothing is loaded from the internet and only this machine can connect. The graph's SQLite
    database is kept beside it (.aidgraph.json.v1.db) and written again when the graph changes.

    \b
    Examples:
      graphaid serve                 # then open http://127.0.0.1:8001/
      graphaid serve --graph aid.json --port 8080
    """
    from graphaid.serve import PortInUseError, check_port, database_beside, serve

    graph = _load(graph_path)
    try:
        check_port(port)  # before minutes of writing the database of a large graph
        database = database_beside(graph, graph_path)
        serve(graph, port, database=database, on_ready=lambda url: click.echo(f"serving at {url} (Ctrl-C to stop)"))
    except PortInUseError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        pass


# --- Neo4j: load the graph, ask named or ad-hoc Cypher questions -------------------------------------------


@main.command(name="load")
@graph_option
@_neo4j_options(required=True)
@click.option(
    "--batch-size", default=10_000, show_default=True, type=click.IntRange(min=1), help="Rows per transaction."
)
@click.option(
    "--retry-seconds",
    default=30.0,
    show_default=True,
    type=click.FloatRange(min=0),
    help="How long the driver retries a batch on transient errors.",
)
@click.option(
    "--replace",
    is_flag=True,
    help="Make the database hold exactly this graph: also delete graphaid's nodes, relationships and properties "
    "it no longer has (other labels and types are left alone).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def load_command(
    graph_path: str,
    uri: str,
    user: str,
    password: str | None,
    database: str | None,
    timeout: float,
    batch_size: int,
    retry_seconds: float,
    replace: bool,
    quiet: bool,
) -> None:
    """Load the graph into a Neo4j 5 database (merging: loading again adds only what is new; --replace also
    deletes what a corrected graph no longer has).

    Creates a uniqueness constraint on id for every label first, then merges nodes and relationships in
    batches. If the server goes away mid-load, run the same command again to complete it.

    \b
    Examples:
      graphaid load --graph aidgraph.json --neo4j bolt://localhost:7687 --password secret
      NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=secret graphaid load
      graphaid load --replace      # after rebuilding the graph: no stale nodes or relationships stay
    """
    from graphaid.neo4j import GraphSchemaError, Neo4jStoreError, connect

    graph = _load(graph_path)
    rows = graph.number_of_nodes() + graph.number_of_edges()
    try:
        with (
            connect(uri, user, password, database, retry_seconds=retry_seconds, timeout=timeout) as store,
            click.progressbar(
                length=rows, label="Loading into Neo4j", file=sys.stderr, hidden=quiet or not sys.stderr.isatty()
            ) as bar,
        ):
            report = store.load(graph, batch_size, on_batch=lambda batch: bar.update(len(batch.rows)), replace=replace)
    except (Neo4jStoreError, GraphSchemaError) as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        raise click.ClickException(
            f"interrupted; what was committed stays in {uri}: run the same load again to complete it"
        ) from None
    if not quiet:
        rate = report.rows / report.seconds if report.seconds else 0
        click.echo(
            f"{report.nodes} nodes and {report.relationships} relationships merged into {uri}"
            + (f" with {report.documents} documents" if report.documents else "")
            + (f" (database {database})" if database else "")
            + f" in {report.seconds:.1f} s ({rate:,.0f} rows/s)"
            + (
                f"; {report.deleted_nodes} stale nodes and {report.deleted_relationships} stale relationships deleted"
                if replace
                else ""
            )
        )


@main.command(name="query")
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(dir_okay=False),
    help=f"Ask the embedded store in this graph file (the default, {DEFAULT_GRAPH}, when no --neo4j is given).",
)
@_neo4j_options(required=False)
@click.option("--cypher", "cypher_text", help="Run this Cypher instead of a named query.")
@click.option("--write", is_flag=True, help="Let --cypher change the Neo4j database (it runs read-only without).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries with their parameters.")
@click.pass_context
def query_command(
    ctx: click.Context,
    name: str | None,
    params: tuple[str, ...],
    graph_path: str | None,
    uri: str | None,
    user: str,
    password: str | None,
    database: str | None,
    timeout: float,
    cypher_text: str | None,
    write: bool,
    fmt: str,
    list_queries: bool,
) -> None:
    """Ask a named question (see --list) or ad-hoc Cypher, on Neo4j or on the embedded store.

    On the embedded store named queries run as networkx functions and give the same rows as on Neo4j;
    ad-hoc Cypher runs with grand-cypher, which is read-only and has no parameters, OPTIONAL MATCH or WITH.
    On Neo4j every query runs in a read-only session: the server refuses writes unless --write is given.

    \b
    Examples:
      graphaid query --list
      graphaid query donors_of_county -p county=台江县
      graphaid query pairing_network -p name=天津市明德医院 -p hops=3 --neo4j bolt://localhost:7687
      graphaid query --cypher "MATCH (h:Hospital)-[:PAIRS_WITH]->(k:County) RETURN h.name, k.name"
      graphaid query --neo4j bolt://localhost:7687 --write --cypher "MATCH (x:Expert {name: 'X'}) DETACH DELETE x"
    """
    from graphaid.queries import get_query, named_queries

    if list_queries:
        click.echo(_describe_queries(named_queries().values()))
        return
    if bool(name) == bool(cypher_text):
        raise click.ClickException("give a query NAME or --cypher TEXT (graphaid query --list shows the names)")
    from_command_line = ctx.get_parameter_source("uri") == click.core.ParameterSource.COMMANDLINE
    if graph_path and uri and from_command_line:
        raise click.ClickException("give either --neo4j or --graph, not both")
    on_neo4j = bool(uri) and not graph_path
    if write and not (cypher_text and on_neo4j):
        raise click.ClickException("--write is for --cypher on Neo4j (--neo4j URI); named queries only read")
    raw = _parse_params(params)
    try:
        if name:
            get_query(name).bind(raw)  # a wrong parameter is said before any store is opened
        with _open_store(graph_path, uri if on_neo4j else None, user, password, database, timeout) as store:
            if name:
                result = store.ask(name, **raw)
            elif on_neo4j:
                values = {k: _json_or_text(v) for k, v in raw.items()}
                result = store.run(cypher_text, values, read_only=not write)
            else:
                result = store.run(cypher_text, raw)
    except (LookupError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(_format_rows(result.columns, result.rows, fmt), nl=fmt != "csv")


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    values = {}
    for param in params:
        key, sep, value = param.partition("=")
        if not sep or not key.strip():
            raise click.ClickException(f"-p wants KEY=VALUE, not {param!r}")
        values[key.strip()] = value
    return values


def _json_or_text(value: str):
    """An ad-hoc query parameter: JSON when it reads as JSON (5, true, [1, 2], "5"), else the text itself."""
    try:
        return json.loads(value)
    except ValueError:
        return value


def _describe_queries(queries) -> str:
    import textwrap

    blocks = []
    for named in queries:
        lines = [f"{named.name}  —  {named.summary}"]
        lines += textwrap.wrap(named.description, 100, initial_indent="    ", subsequent_indent="    ")
        for param in named.params:
            default = "" if param.required else f", default {param.default}"
            lines.append(f"    -p {param.name}=...  ({param.type}{default}) {param.description}")
        if not named.params:
            lines.append("    (no parameters)")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _format_rows(columns: list[str], rows: list[dict], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)

    def cell(value, joiner: str) -> str:
        if value is None:
            return "" if fmt == "csv" else "-"
        if isinstance(value, list) and all(not isinstance(v, (list, dict)) for v in value):
            return joiner.join(str(v) for v in value)
        if isinstance(value, (list, dict)):
            return json.dumps(value, ensure_ascii=False)
        return str(value)

    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row.get(c), "|") for c in columns])
        return buffer.getvalue()
    if not rows:
        return "(no rows)"
    return _table(columns, [[cell(row.get(c), "、") for c in columns] for row in rows])


corrections_option = click.option(
    "--corrections",
    "corrections_file",
    type=click.Path(dir_okay=False),
    help="The corrections file [default: the graph's, aidgraph.json -> aidgraph.corrections.toml].",
)


@main.group()
def correct() -> None:
    """Correct what the extractor got wrong, for good: each command writes one correction to the corrections
    file beside the graph (aidgraph.json -> aidgraph.corrections.toml) and applies it to the graph; every later
    build applies the file again. Name entities as 'graphaid show' prints them (name, alias or id).

    \b
    Examples:
      graphaid correct merge 甲市一院 甲市第一人民医院    # one hospital, two names
      graphaid correct reject 甲市第一人民医院 乙县 --doc a.txt
      graphaid correct alias 甲市第一人民医院 甲一院
      graphaid correct rename 院副院长 乙县人民医院
      graphaid correct place 丙县医院 丙县
      graphaid correct split 县人民医院 丁县人民医院 --doc b.txt
      graphaid correct list                              # what the file holds, and what matches nothing
    """


def _correct(graph_path: str, corrections_file: str | None, correction) -> None:
    """Check a correction against the graph, write it to the file and apply the file to the graph."""
    from graphaid.corrections import CorrectionsError, add_correction, apply_corrections, check, corrections_path

    path = corrections_file or str(corrections_path(graph_path))
    corrections = _load_corrections(path)
    try:
        with lock_graph(graph_path):
            graph = _load(graph_path)
            correction = check(graph, correction, corrections)
            added = add_correction(path, correction)
            warnings = apply_corrections(graph, [*corrections, correction] if added else corrections)
            save_graph(graph, graph_path)
    except (CorrectionsError, GraphFileError) as exc:
        raise click.ClickException(str(exc)) from None
    for warning in warnings:
        click.echo(f"warning: {path}: {warning}", err=True)
    said = "written to" if added else "already in"
    click.echo(f"{correction.describe()}: {said} {path}, applied to {graph_path}")


def _correction(kind: str, **values):
    from graphaid.corrections import Correction

    return Correction.make(kind, **values)


@correct.command(name="list")
@graph_option
@corrections_option
def correct_list(graph_path: str, corrections_file: str | None) -> None:
    """List the corrections in the file, in the order they are applied, saying which match nothing in the graph.

    \b
    Example:
      graphaid correct list --graph aid.json
    """
    from graphaid.corrections import KINDS, apply_corrections, corrections_path

    path = corrections_file or str(corrections_path(graph_path))
    corrections = _load_corrections(path)
    graph = _load(graph_path)
    misses: dict = {}
    apply_corrections(graph, corrections, misses=misses)  # in memory only: the file on disk is not changed
    if not corrections:
        click.echo(f"no corrections in {path}")
    for correction in sorted(corrections, key=lambda c: KINDS.index(c.kind)):
        miss = misses.get(correction)
        click.echo(f"{correction.describe()}" + (f"  -- matches nothing: {miss}" if miss else ""))


def _name_pair_command(kind: str, second: str, field: str, help_text: str) -> None:
    """Register ``graphaid correct KIND NAME SECOND``: a correction of one entity given by a second value."""

    @correct.command(name=kind, help=help_text)
    @click.argument("name")
    @click.argument(second)
    @graph_option
    @corrections_option
    def command(name: str, graph_path: str, corrections_file: str | None, **value: str) -> None:
        _correct(graph_path, corrections_file, _correction(kind, name=name, **{field: value[second]}))


for _kind, _second, _field, _help in (
    (
        "merge",
        "into",
        "into",
        "Merge NAME into INTO: one entity, INTO's name, NAME an alias; their relationships and documents join.\n\n"
        "\b\nExample:\n  graphaid correct merge 甲市一院 甲市第一人民医院",
    ),
    (
        "alias",
        "alias",
        "alias",
        "Add ALIAS as another name of NAME (found by it in 'show' and 'map --focus').\n\n"
        "\b\nExample:\n  graphaid correct alias 甲市第一人民医院 甲一院",
    ),
    (
        "rename",
        "new_name",
        "to",
        "Rename NAME to NEW_NAME (the old name stays an alias).\n\n"
        "\b\nExample:\n  graphaid correct rename 甲市一院 甲市第一人民医院",
    ),
    (
        "place",
        "place",
        "place",
        "Set where a hospital or agency lies: PLACE is a province, prefecture or county (name or division code).\n\n"
        "\b\nExamples:\n  graphaid correct place 丙县医院 丙县\n  graphaid correct place 丙县医院 520101",
    ),
):
    _name_pair_command(_kind, _second, _field, _help)


@correct.command(name="reject")
@click.argument("source", required=False)
@click.argument("target", required=False)
@click.option(
    "--type", "rel", type=click.Choice([str(r) for r in Rel if r is not Rel.LOCATED_IN]), help="Only this type."
)
@click.option("--doc", help="Only what this document (id or file name) says; other documents' evidence stays.")
@click.option("--id", "relation", metavar="SOURCE_ID:TYPE:TARGET_ID", help="The relationship by its ends' ids.")
@graph_option
@corrections_option
def correct_reject(
    source: str | None,
    target: str | None,
    rel: str | None,
    doc: str | None,
    relation: str | None,
    graph_path: str,
    corrections_file: str | None,
) -> None:
    """Reject the relationship SOURCE -> TARGET (every type unless --type; every document unless --doc).

    \b
    Examples:
      graphaid correct reject 甲市第一人民医院 乙县 --type PAIRS_WITH --doc a.txt
      graphaid correct reject --id h_1a2b3c4d5e6f:SENDS:x_0a1b2c3d4e5f
    """
    if not relation and not (source and target):
        raise click.UsageError("give SOURCE and TARGET, or --id SOURCE_ID:TYPE:TARGET_ID")
    if relation and (source or target):
        raise click.UsageError("give either SOURCE and TARGET or --id, not both")
    values = {"id": relation} if relation else {"source": source, "target": target, "type": rel}
    _correct(graph_path, corrections_file, _correction("reject", doc=doc, **values))


@correct.command(name="split")
@click.argument("name")
@click.argument("new_name")
@click.option("--doc", "docs", multiple=True, required=True, help="A document (id or file name) about NEW_NAME.")
@graph_option
@corrections_option
def correct_split(
    name: str, new_name: str, docs: tuple[str, ...], graph_path: str, corrections_file: str | None
) -> None:
    """Split NEW_NAME off NAME: what the --doc documents say of NAME is about another entity, NEW_NAME.

    \b
    Example:
      graphaid correct split 县人民医院 丁县人民医院 --doc b.txt --doc c.txt
    """
    _correct(graph_path, corrections_file, _correction("split", name=name, new_name=new_name, docs=docs))
