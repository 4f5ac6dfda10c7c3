"""The named queries: each answers the same on Neo4j (Bolt) and on the embedded store, and answers right."""

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from support.samples import HOSTILE, sample_graph

from graphaid.cli import main
from graphaid.graph import save_graph
from graphaid.model import Label, Rel
from graphaid.neo4j import connect, expected_counts
from graphaid.queries import (
    departments_founded,
    donor_county_table,
    donor_recipients,
    donors_of_county,
    donors_ranked,
    experts_sent,
    get_query,
    named_queries,
    pairing_network,
    relationship_evidence,
    run_named,
)
from graphaid.questions import donors
from graphaid.stores import EmbeddedStore

ROOT = Path(__file__).resolve().parent.parent
CHALING = "430224"  # the sample graph's receiving county
NO_NEO4J_ENV = {"NEO4J_URI": None, "NEO4J_USER": None, "NEO4J_PASSWORD": None, "NEO4J_DATABASE": None}


@pytest.fixture(scope="module")
def aid_graph(seeds_graph):
    """The seeds graph and the hand-built sample graph side by side."""
    graph = nx.compose(seeds_graph, sample_graph())
    graph.graph.update(seeds_graph.graph)
    return graph


@pytest.fixture
def loaded(bolt_server, aid_graph):
    """A store holding exactly ``aid_graph`` (loaded again only if another test changed the database)."""
    with connect(*bolt_server) as store:
        if store.counts() != expected_counts(aid_graph):
            store.run("MATCH (n) DETACH DELETE n")
            store.load(aid_graph)
        yield store


def names(graph, *labels: Label) -> list[str]:
    wanted = {str(label) for label in labels}
    return sorted({d["name"] for _, d in graph.nodes(data=True) if not wanted or d["label"] in wanted})


def cases(graph, query: str) -> list[dict]:
    """Parameter values for a query taken from the graph itself, so the comparison follows the extraction."""
    places = names(graph, Label.PROVINCE, Label.CITY, Label.COUNTY)
    counties = names(graph, Label.COUNTY)
    aliases = sorted({a for _, d in graph.nodes(data=True) if d["label"] == Label.COUNTY for a in d["aliases"]})
    donors = sorted(
        {
            graph.nodes[u]["name"]
            for u, _, t in graph.edges(data="type")
            if t in (Rel.PAIRS_WITH, Rel.SENDS, Rel.FOUNDED)
        }
    )
    hospitals = names(graph, Label.HOSPITAL)
    if query == "donors_of_county":
        return [{"county": c} for c in [*counties, *aliases, "没有这个县"]]
    if query == "donor_county_table":
        return [{}]
    if query == "donor_recipients":
        return [{"donor": d} for d in [*donors, *places]]
    if query == "experts_sent":
        return [{"hospital": h} for h in hospitals]
    if query == "departments_founded":
        return [{"place": p} for p in [*hospitals, *places]]
    if query == "pairing_network":
        return [{"name": d, "hops": hops} for d in donors for hops in (1, 2, 4)]
    if query == "donors_ranked":
        return [{}, {"limit": 3}, {"limit": 1000}]
    if query == "relationship_evidence":
        return [
            {"source": graph.nodes[u]["name"], "type": t, "target": graph.nodes[v]["name"]}
            for u, v, t in sorted(graph.edges(data="type"))
        ]
    raise AssertionError(f"no test cases for the named query {query}")


def answer(store, name: str, params: dict):
    """A store's rows for a named query, or the one-line error it gives (a name that names nothing)."""
    try:
        result = store.ask(name, **params)
    except LookupError as exc:
        return f"LookupError: {exc}"
    assert tuple(result.columns) == get_query(name).columns
    return result.rows


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_query_gives_the_same_rows_on_bolt_and_on_networkx(name, aid_graph, loaded):
    embedded = EmbeddedStore(aid_graph)
    answered = 0
    for params in cases(aid_graph, name):
        on_bolt = answer(loaded, name, params)
        assert on_bolt == answer(embedded, name, params), f"{name} {params}"
        answered += isinstance(on_bolt, list) and bool(on_bolt)
    assert answered, f"{name} found nothing for any parameter: the comparison proved nothing"


def test_every_cypher_file_says_what_it_answers_and_its_parameters():
    queries = named_queries()
    assert {
        "donors_of_county",
        "donor_county_table",
        "donor_recipients",
        "experts_sent",
        "departments_founded",
        "pairing_network",
        "donors_ranked",
        "relationship_evidence",
    } <= set(queries)
    for query in queries.values():
        assert query.cypher.startswith("// ") and query.summary and query.description
        declared = {p.name for p in query.params}
        used = set(_parameters_in(query.cypher))
        assert declared == used, f"{query.name}: header declares {declared}, the Cypher uses {used}"


def _parameters_in(cypher: str) -> list[str]:
    import re

    body = "\n".join(line for line in cypher.splitlines() if not line.startswith("//"))
    return re.findall(r"\$(\w+)", body)


def test_top_level_cypher_folder_is_the_one_the_wheel_ships():
    top = sorted(p.name for p in (ROOT / "cypher").glob("*.cypher"))
    packaged = sorted(p.name for p in (ROOT / "graphaid" / "cypher").glob("*.cypher"))
    assert top == packaged == sorted(f"{name}.cypher" for name in named_queries())
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    assert "cypher/*.cypher" in package_data["graphaid"]


def test_donors_of_county_finds_pairing_experts_and_departments():
    rows = {(r["donor"], r["recipient"], r["via"]) for r in donors_of_county(sample_graph(), CHALING)}
    assert ("如东县人民医院", "茶陵县人民医院", "PAIRS_WITH") in rows
    assert ("如东县人民医院", "茶陵县人民医院", "SENDS") in rows
    assert ("如东县人民医院", "茶陵县", "SENDS") in rows
    assert ("如东县人民医院", "茶陵县人民医院", "FOUNDED") in rows
    assert ("无名卫健委", "茶陵县", "PAIRS_WITH") in rows
    assert not any(recipient == "株洲市中心医院" for _, recipient, _ in rows)


def test_donor_county_table_is_the_donors_table_at_the_finest_regions(seeds_graph):
    rows = donor_county_table(seeds_graph)
    assert rows == [row.as_dict() for row in donors(seeds_graph)]
    # a whole government keeps its row beside the finer donors the same article names for the same county
    assert {r["donor_region"] for r in rows if r["recipient_region"] == "丁青县"} == {"天津市", "北辰区", "武清区"}


def test_an_ambiguous_county_says_which_places_it_could_be(seeds_graph):
    with pytest.raises(LookupError, match="鼓楼区 could be .*南京市鼓楼区.*福州市鼓楼区.*e.g. 南京市鼓楼区"):
        run_named(seeds_graph, "donors_of_county", county="鼓楼区")
    assert run_named(seeds_graph, "donors_of_county", county="南京市鼓楼区") == []
    with pytest.raises(LookupError, match="could be"):
        donors(seeds_graph, "鼓楼区")


def test_a_name_that_names_nothing_is_refused_in_one_line(seeds_graph):
    with pytest.raises(LookupError, match="nothing called '医院' in the graph"):
        run_named(seeds_graph, "experts_sent", hospital="医院")
    with pytest.raises(LookupError, match="no place called '不存在' in the division table"):
        run_named(seeds_graph, "donors_of_county", county="不存在")


def test_donor_recipients_of_a_place_covers_the_donors_located_in_it():
    rows = donor_recipients(sample_graph(), "江苏省")
    assert {r["donor"] for r in rows} == {"如东县", "如东县人民医院", "同名医院"}
    city_only = [r for r in rows if r["recipient"] == "株洲市中心医院"]
    assert city_only == [
        {
            "donor": "如东县",
            "donor_label": "County",
            "county": None,
            "recipient": "株洲市中心医院",
            "recipient_label": "Hospital",
            "via": "PAIRS_WITH",
        }
    ]


def test_experts_never_posted_and_departments_without_founder_still_show():
    experts = experts_sent(sample_graph(), "如东医院")
    assert [(r["expert"], r["posted_to"]) for r in experts] == [
        ("专家0", "茶陵县人民医院"),
        ("专家1", "茶陵县"),
        ("专家2", None),
    ]
    departments = departments_founded(sample_graph(), "茶陵县")
    assert [(r["department"], r["founder"]) for r in departments] == [
        ("儿科", "如东县"),
        ("新生儿科", "如东县人民医院"),
        ("无主科", None),
    ]


def test_pairing_network_counts_steps_in_either_direction_up_to_the_limit():
    graph = sample_graph()
    chain = {(r["donor"], r["distance"]) for r in pairing_network(graph, "链0医院", hops=3)}
    assert {("链0医院", 1), ("链1医院", 1), ("链2医院", 2), ("链3医院", 3), ("如东县人民医院", 2)} <= chain
    assert max(r["distance"] for r in pairing_network(graph, "链0医院", hops=1)) == 1
    assert pairing_network(graph, "链0医院", hops=99) == pairing_network(graph, "链0医院", hops=6)


def test_donors_ranked_puts_most_counties_then_hospitals_then_experts_first():
    rows = donors_ranked(sample_graph())
    keys = [(-r["counties"], -r["hospitals"], -r["experts"]) for r in rows]
    assert keys == sorted(keys)
    assert rows[0]["donor"] == "如东县" and rows[0]["hospitals"] == 2
    assert next(r for r in rows if r["donor"] == "如东县人民医院")["experts"] == 3
    assert len(donors_ranked(sample_graph(), limit=2)) == 2


def test_relationship_evidence_lists_each_sentence_with_offsets_and_date():
    rows = relationship_evidence(sample_graph(), "如东医院", "PAIRS_WITH", "茶陵医院")
    assert [(r["doc"], r["char_start"], r["char_end"], r["date"]) for r in rows] == [
        ("s1.txt", 10, 29, "2020-05-01"),
        ("s2.txt", 3, 15, None),
    ]


def test_hostile_names_work_as_query_parameters(loaded):
    query = get_query("donor_recipients")
    rows = loaded.run(query.cypher, query.bind({"donor": HOSTILE})).rows
    assert rows and all(r["donor"] == HOSTILE for r in rows)
    assert sum(loaded.counts().values()) > 0


def test_parameters_are_checked_and_converted():
    query = get_query("pairing_network")
    assert query.bind({"name": "x", "hops": "3"}) == {"name": "x", "hops": 3}
    assert query.bind({"name": "x"}) == {"name": "x", "hops": 2}
    with pytest.raises(ValueError, match="needs -p name"):
        query.bind({})
    with pytest.raises(ValueError, match="whole number"):
        query.bind({"name": "x", "hops": "three"})
    with pytest.raises(ValueError, match="no parameter colour"):
        query.bind({"name": "x", "colour": "red"})
    with pytest.raises(LookupError, match="donors_of_county"):
        run_named(sample_graph(), "who_knows")


def test_cli_query_answers_the_same_on_neo4j_and_on_the_graph_file(bolt_server, loaded, aid_graph, tmp_path):
    uri, user, password, database = bolt_server
    path = tmp_path / "aid.json"
    save_graph(aid_graph, path)
    args = ["query", "donors_of_county", "-p", "county=430224", "--format", "json"]
    embedded = CliRunner().invoke(main, [*args, "--graph", str(path)], env=NO_NEO4J_ENV)
    env = {"NEO4J_URI": uri, "NEO4J_USER": user, "NEO4J_PASSWORD": password, "NEO4J_DATABASE": database}
    on_neo4j = CliRunner().invoke(main, args, env=env)
    assert embedded.exit_code == on_neo4j.exit_code == 0, embedded.output + on_neo4j.output
    assert json.loads(embedded.output) == json.loads(on_neo4j.output) != []
    table = CliRunner().invoke(main, [*args[:-2], "--graph", str(path)], env=env)
    assert table.exit_code == 0 and "如东县人民医院" in table.output and "county" in table.output.splitlines()[0]
    both = CliRunner().invoke(main, [*args, "--graph", str(path), "--neo4j", uri], env=NO_NEO4J_ENV)
    assert both.exit_code == 1 and "not both" in both.output


def test_cli_query_writes_csv_with_a_header_even_without_rows(tmp_path):
    path = tmp_path / "aid.json"
    save_graph(sample_graph(), path)
    args = ["query", "donors_of_county", "-p", "county=晴隆县", "--graph", str(path), "--format", "csv"]
    result = CliRunner().invoke(main, args, env=NO_NEO4J_ENV)
    assert result.exit_code == 0
    assert result.output.strip() == "county,donor,donor_label,recipient,recipient_label,via"


def test_query_and_donors_give_the_same_error_for_a_county_that_names_nothing(tmp_path):
    path = tmp_path / "aid.json"
    save_graph(sample_graph(), path)
    query = ["query", "donors_of_county", "-p", "county=不存在", "--graph", str(path)]
    asked = [
        CliRunner().invoke(main, args, env=NO_NEO4J_ENV)
        for args in (query, ["donors", "--county", "不存在", "--graph", str(path)])
    ]
    assert [r.exit_code for r in asked] == [1, 1]
    assert asked[0].output == asked[1].output == "Error: no place called '不存在' in the division table\n"


def test_query_list_works_from_any_directory(tmp_path):
    graphaid = Path(sys.executable).with_name("graphaid")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    result = subprocess.run(
        [str(graphaid), "query", "--list"], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    for query in named_queries().values():
        assert query.name in result.stdout and query.summary in result.stdout
        for param in query.params:
            assert f"-p {param.name}=" in result.stdout


def _warnings(summary) -> list[str]:
    return [
        f"{s.raw_classification}: {s.status_description}"
        for s in summary.gql_status_objects
        if s.is_notification and s.raw_severity == "WARNING"
    ]


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_query_is_neo4j_5_cypher_without_warnings(name, bolt_server, loaded):
    from neo4j import GraphDatabase

    uri, user, password, database = bolt_server
    query = get_query(name)
    params = query.bind({p.name: ("1" if p.type == "int" else "茶陵县") for p in query.params if p.required})
    with GraphDatabase.driver(uri, auth=(user, password)) as driver:
        summary = driver.execute_query("EXPLAIN " + query.cypher, params, database_=database).summary
    assert _warnings(summary) == [], name  # no deprecated syntax (CALL subqueries say what they import)


def _db_hits(plan: dict) -> int:
    return plan.get("dbHits", 0) + sum(_db_hits(child) for child in plan.get("children", []))


def test_pairing_network_searches_nodes_not_every_path(bolt_server, bolt):
    from neo4j import GraphDatabase

    from graphaid.graph import add_edge, add_node, new_graph
    from graphaid.model import evidence, node

    graph = new_graph()  # ten hospitals all paired with each other: about 400,000 paths of up to six steps
    hospitals = [add_node(graph, node(Label.HOSPITAL, f"团{i}医院", f"c{i}")) for i in range(10)]
    for i, a in enumerate(hospitals):
        for b in hospitals[i + 1 :]:
            add_edge(graph, a, b, Rel.PAIRS_WITH, evidence("d.txt", "帮扶。", 0, 3))
    bolt.load(graph)
    uri, user, password, database = bolt_server
    query = get_query("pairing_network")
    with GraphDatabase.driver(uri, auth=(user, password)) as driver:
        result = driver.execute_query("PROFILE " + query.cypher, {"name": "团0医院", "hops": 6}, database_=database)
    assert len(result.records) == 45 == len(pairing_network(graph, "团0医院", hops=6))
    assert _db_hits(result.summary.profile) < 5_000  # every path up to six steps: about 400,000


def _operators(plan: dict) -> list[str]:
    return [plan["operatorType"].split("@")[0]] + [op for child in plan.get("children", []) for op in _operators(child)]


@pytest.mark.parametrize("name", sorted(n for n, q in named_queries().items() if any(p.required for p in q.params)))
def test_named_query_starts_from_the_names_index_not_a_scan(name, bolt_server, loaded):
    from neo4j import GraphDatabase

    uri, user, password, database = bolt_server
    query = get_query(name)
    params = query.bind({p.name: ("1" if p.type == "int" else "茶陵县") for p in query.params if p.required})
    with GraphDatabase.driver(uri, auth=(user, password)) as driver:
        plan = driver.execute_query("EXPLAIN " + query.cypher, params, database_=database).summary.plan
    operators = _operators(plan)
    # db.index.fulltext.queryNodes on graphaid_names, or a place by its division code through the code index
    assert "ProcedureCall" in operators or "NodeIndexSeek" in operators, operators
    assert not [op for op in operators if op.endswith("Scan")], operators  # no node or relationship scan
