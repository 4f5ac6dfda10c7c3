"""The benchmark's synthetic corpus: deterministic, in every format, and readable by graphaid with its truth."""

from __future__ import annotations

import filecmp
import importlib.util
import sys
from pathlib import Path

import pytest

from graphaid.model import Rel
from graphaid.pipeline import build
from graphaid.questions import donors

BENCH = Path(__file__).resolve().parent.parent / "bench"
COUNT = 30


def _load_make_corpus():
    # bench/ is a folder of scripts, not a package: load the generator from its file
    spec = importlib.util.spec_from_file_location("make_corpus", BENCH / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module
    spec.loader.exec_module(module)
    return module


make_corpus = _load_make_corpus()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    make_corpus.generate(COUNT, out, seed=7)
    return out


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_same_seed_writes_identical_files(corpus: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    make_corpus.generate(COUNT, again, seed=7)
    names = _files(corpus)
    assert names == _files(again)
    _, mismatch, errors = filecmp.cmpfiles(corpus, again, names, shallow=False)
    assert mismatch == [] and errors == []


def test_another_seed_writes_other_articles(corpus: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    make_corpus.generate(3, other, seed=8)
    assert make_corpus.read_truth(other) != make_corpus.read_truth(corpus)[:3]


def test_corpus_has_gb18030_html_and_no_aid_articles(corpus: Path) -> None:
    truth = make_corpus.read_truth(corpus)
    assert len(truth) == COUNT
    assert [t["doc"] for t in truth] == [f for f in _files(corpus) if f.endswith((".txt", ".html"))]
    assert sum(t["encoding"] == "gb18030" for t in truth) >= 2
    assert sum(t["format"] == "html" for t in truth) >= 3
    assert sum(not t["aid"] for t in truth) >= 1
    for t in truth:
        data = (corpus / t["doc"]).read_bytes()
        if t["encoding"] == "gb18030":
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")
            text = data.decode("gb18030")
        else:
            text = data.decode("utf-8")
        if t["format"] == "html":
            assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
        assert bool(t["pairs"]) == t["aid"]


def test_articles_are_news_sized(corpus: Path) -> None:
    truth = make_corpus.read_truth(corpus)
    sizes = [len((corpus / t["doc"]).read_bytes().decode(t["encoding"])) for t in truth if t["format"] == "txt"]
    assert min(sizes) >= 700 and max(sizes) <= 4000
    assert 800 <= sorted(sizes)[len(sizes) // 2] <= 2600


def test_graphaid_reads_the_corpus_and_finds_its_pairings(corpus: Path) -> None:
    graph, report = build([corpus])
    truth = make_corpus.read_truth(corpus)
    no_aid = {t["doc"] for t in truth if not t["aid"]}
    assert no_aid <= {Path(s.path).relative_to(corpus).as_posix() for s in report.skipped}
    assert len(report.read) == COUNT - len(no_aid)
    assert report.edges[Rel.PAIRS_WITH] > 0
    stated = {(t["doc"], p["donor_code"], p["recipient_code"]) for t in truth for p in t["pairs"]}
    where = {
        doc: Path(meta["paths"][0]).relative_to(corpus.absolute()).as_posix()
        for doc, meta in graph.graph["documents"].items()
    }
    found = {(where[doc], row.donor_code, row.recipient_code) for row in donors(graph) for doc in row.docs}
    assert len(stated & found) >= len(stated) / 2
