"""Score an aid graph against a hand-made gold graph: precision, recall and F1, and every miss with its sentences.

The gold format and the matching rules are those of the project's yardstick (``shared/eval/README.md`` and
``score.py``), written again here so that graphaid can measure itself without it, with the same figures. A gold
file is JSON::

    {"docs": {doc id: title},
     "nodes": [{"key", "label", "names": [...], "docs": [...], "of": hospital key (departments), "optional": bool}],
     "edges": [{"type", "source": [keys], "target": [keys], "doc", "optional": bool}],
     "serves": [{"donor_region": key or [finest key, coarser keys...], "recipient_region": key, "doc"}]}

and it is matched like this:

- a node matches a gold node of its label when one of its names (name or alias) is a gold name, or a gold name
  (two characters or more) with gold place names in front of it (贵州省黄平县人民医院 matches 黄平县人民医院);
- a department also takes its hospital's names, and any gold hospital's, as such a prefix, and matches a gold
  department of a hospital only through a PART_OF edge to that hospital or with the hospital's name in its own;
- matching is one to one in the graph's order: a second node for a gold node already found is a duplicate and
  counts as spurious; gold items marked ``optional`` count neither way;
- an edge matches a gold edge of its type whose source and target lists hold one of its ends' gold keys;
- a donor row matches a ``serves`` row whose donor list (the finest region first, then coarser ones) and
  recipient hold its regions; a row is found once, and a second answer for a row already found is ignored.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

ENTITY_LABELS = ("Hospital", "Expert", "Department")
PLACE_LABELS = ("Province", "City", "County")
RELATION_TYPES = ("PAIRS_WITH", "SENDS", "POSTED_TO", "FOUNDED")
SERVES = "SERVES"
# what the printed tables call each measure; the keys are the yardstick's
MEASURE_NAMES = {SERVES: "donor → county"}

# quotes, separators and spaces do not make a name different
_DROP = re.compile(r"[\s\"'“”‘’《》「」『』·•・\u3000]")


class GoldFileError(Exception):
    """A gold file that cannot be read or is not in the gold format; the message says what to do."""


def norm(name: object) -> str:
    """A name as it is compared: NFKC, without spaces, quotes and middle dots."""
    return _DROP.sub("", unicodedata.normalize("NFKC", str(name or "")))


def _keys(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


class Gold:
    """A gold graph: nodes with keys and names, edges between lists of keys, and donor → county rows."""

    def __init__(self, data: dict) -> None:
        try:
            self.nodes: dict[str, dict] = {n["key"]: n for n in data["nodes"]}
            self.edges: list[dict] = list(data["edges"])
            self.serves: list[dict] = list(data.get("serves", []))
            self.names = {k: {norm(x) for x in n["names"]} for k, n in self.nodes.items()}
            for e in self.edges:
                missing = [k for k in _keys(e["source"]) + _keys(e["target"]) if k not in self.nodes]
                if missing:
                    raise GoldFileError(f"an edge names the key {missing[0]!r}, which no gold node has")
            for row in self.serves:
                missing = [
                    k for k in _keys(row["donor_region"]) + _keys(row["recipient_region"]) if k not in self.nodes
                ]
                if missing:
                    raise GoldFileError(f"a serves row names the key {missing[0]!r}, which no gold node has")
        except (KeyError, TypeError) as exc:
            raise GoldFileError(
                f"not a gold graph (missing or malformed {exc}): see the format in graphaid's evaluation docs"
            ) from None
        self.docs: dict[str, str] = dict(data.get("docs") or {})
        self.place_names = {x for k, n in self.nodes.items() if n["label"] in PLACE_LABELS for x in self.names[k]}
        self.place_names.discard("")
        self._by_label: dict[str, list[str]] = {}
        for key, node in self.nodes.items():
            self._by_label.setdefault(node["label"], []).append(key)
        self._prefix_memo: dict[str, bool] = {}

    def first_name(self, key: str) -> str:
        return self.nodes[key]["names"][0]

    def _is_place_prefix(self, prefix: str, extra: frozenset[str] = frozenset()) -> bool:
        """True if ``prefix`` is a run of gold place names (or of the ``extra`` names)."""
        if not extra:
            known = self._prefix_memo.get(prefix)
            if known is None:
                known = self._prefix_memo[prefix] = _splits_into(prefix, self.place_names)
            return known
        return _splits_into(prefix, self.place_names | extra)

    def name_matches(self, key: str, name: str, extra: frozenset[str] = frozenset()) -> bool:
        name = norm(name)
        for gold_name in self.names[key]:
            if name == gold_name:
                return True
            if (
                len(gold_name) >= 2
                and name.endswith(gold_name)
                and self._is_place_prefix(name[: -len(gold_name)], extra)
            ):
                return True
        return False

    def candidates(self, label: str, names: Iterable[str | None], extra: frozenset[str] = frozenset()) -> list[str]:
        """Gold keys of this label that one of the names matches, in the gold file's order."""
        names = [x for x in names if x]
        return [key for key in self._by_label.get(label, ()) if any(self.name_matches(key, x, extra) for x in names)]


def _splits_into(prefix: str, names: set[str] | frozenset[str]) -> bool:
    """Whether ``prefix`` is a concatenation of ``names`` (the empty prefix is)."""
    reach = [True] + [False] * len(prefix)
    for i in range(len(prefix)):
        if reach[i]:
            for name in names:
                if prefix.startswith(name, i):
                    reach[i + len(name)] = True
    return reach[-1]


def load_gold(path: str | Path) -> Gold:
    """Read a gold file (JSON in the gold format)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldFileError(f"{path}: no such gold file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"{path}: not a JSON gold file ({exc})") from None
    if not isinstance(data, dict):
        raise GoldFileError(f"{path}: not a gold graph (a JSON object with nodes, edges and serves)")
    try:
        return Gold(data)
    except GoldFileError as exc:
        raise GoldFileError(f"{path}: {exc}") from None


@dataclass(frozen=True, slots=True)
class Score:
    """Counts of one measure and the precision, recall and F1 they give (rounded to 3 places, as printed)."""

    tp: int
    fp: int
    fn: int
    duplicates: int | None = None  # spurious nodes that repeat a gold entity already found (entity labels)

    @property
    def precision(self) -> float:
        return round(self.tp / (self.tp + self.fp), 3) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return round(self.tp / (self.tp + self.fn), 3) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        # from the unrounded precision and recall, then rounded
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return round(2 * p * r / (p + r), 3) if p + r else 0.0

    def as_dict(self) -> dict:
        out = {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }
        if self.duplicates is not None:
            out["duplicates"] = self.duplicates
        return out


@dataclass(slots=True)
class Item:
    """One miss (a gold item the graph lacks) or spurious item (one the gold lacks), with where it came from."""

    kind: str  # "missed" | "spurious"
    measure: str  # a label, a relationship type or SERVES
    text: str  # e.g. "Hospital 某县人民医院", "SENDS 甲医院 -> 乙", as the yardstick writes it
    docs: list[str] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)  # {doc, sentence[, start, end]} records
    names: list[list[str]] = field(default_factory=list)  # names to look for in the documents' sentences

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "measure": self.measure,
            "item": self.text,
            "docs": self.docs,
            "evidence": self.evidence,
        }


@dataclass(slots=True)
class Evaluation:
    """Scores per measure (the yardstick's keys and order) and the missed and spurious items."""

    scores: dict[str, Score]
    missed: list[Item]
    spurious: list[Item]

    def as_dict(self) -> dict:
        """The yardstick's JSON (``report`` and ``details``) and the items with their documents and sentences."""
        return {
            "report": {k: v.as_dict() for k, v in self.scores.items()},
            "details": {"fp": [i.text for i in self.spurious], "fn": [i.text for i in self.missed]},
            "missed": [i.as_dict() for i in self.missed],
            "spurious": [i.as_dict() for i in self.spurious],
        }


def score(gold: Gold, graph_data: dict, donor_rows: list[dict] | None = None) -> Evaluation:
    """Score node-link data (as ``graphaid export --format json`` writes it) and donor rows against ``gold``.

    Matching is one to one in the order of the nodes, edges and rows given, so the same data in the same order
    gives the same figures as the yardstick.
    """
    nodes = {str(n["id"]): n for n in graph_data.get("nodes", [])}
    edges = graph_data.get("edges", graph_data.get("links", []))
    missed: list[Item] = []
    spurious: list[Item] = []
    scores: dict[str, Score] = {}

    part_of: dict[str, list[str]] = {}
    touching: dict[str, list[dict]] = {}
    for e in edges:
        if e.get("type") == "PART_OF":
            part_of.setdefault(str(e["source"]), []).append(str(e["target"]))
        for end in (str(e["source"]), str(e["target"])):
            touching.setdefault(end, []).append(e)

    def names_of(node: dict) -> list[str | None]:
        return [node.get("name"), *(node.get("aliases") or [])]

    # 1. every node of the graph -> the gold keys it may stand for; departments need their hospitals first
    pred2gold: dict[str, list[str]] = {}
    for nid, n in nodes.items():
        if n.get("label") in ("Hospital", "Expert", "Agency", *PLACE_LABELS):
            pred2gold[nid] = gold.candidates(n["label"], names_of(n))
    gold_hospital_names = frozenset(x for k, g in gold.nodes.items() if g["label"] == "Hospital" for x in gold.names[k])
    for nid, n in nodes.items():
        if n.get("label") != "Department":
            continue
        hospitals = part_of.get(nid, [])
        hospital_keys = {k for h in hospitals for k in pred2gold.get(h, [])}
        hospital_names = frozenset(norm(x) for h in hospitals if h in nodes for x in names_of(nodes[h]))
        found = []
        for key in gold.candidates("Department", names_of(n), (hospital_names | gold_hospital_names) - {""}):
            of = gold.nodes[key].get("of")
            if (
                of is None
                or of in hospital_keys
                # or the hospital's name is written into the department's own name
                or any(norm(x).startswith(h) for x in names_of(n) if x for h in gold.names[of])
            ):
                found.append(key)
        pred2gold[nid] = found

    # 2. entities, one to one
    for label in ENTITY_LABELS:
        matched: set[str] = set()
        tp = fp = duplicates = 0
        for nid, n in nodes.items():
            if n.get("label") != label:
                continue
            keys = pred2gold.get(nid, [])
            free = [k for k in keys if k not in matched]
            if free:
                matched.add(free[0])
                if not gold.nodes[free[0]].get("optional"):
                    tp += 1
            elif keys and all(gold.nodes[k].get("optional") for k in keys):
                pass
            else:
                fp += 1
                duplicates += bool(keys)
                spurious.append(
                    Item(
                        "spurious",
                        label,
                        f"{label} {n.get('name')}" + (" (duplicate)" if keys else ""),
                        docs=list(n.get("docs") or []),
                        evidence=_evidence_of(touching.get(nid, ())),
                        names=[[x for x in names_of(n) if x]],
                    )
                )
        lost = [k for k in gold._by_label.get(label, ()) if not gold.nodes[k].get("optional") and k not in matched]
        missed += [
            Item(
                "missed",
                label,
                f"{label} {gold.first_name(k)}",
                docs=list(gold.nodes[k].get("docs") or []),
                names=[gold.nodes[k]["names"]],
            )
            for k in lost
        ]
        scores[label] = Score(tp, fp, len(lost), duplicates)

    # 3. relationships
    for rel in RELATION_TYPES:
        gold_edges = [e for e in gold.edges if e["type"] == rel]
        found: set[int] = set()
        tp = fp = 0
        for e in edges:
            if e.get("type") != rel:
                continue
            source_keys = pred2gold.get(str(e["source"]), [])
            target_keys = pred2gold.get(str(e["target"]), [])
            # prefer a required edge not yet found, then an optional one, then any
            hit, rank = None, 3
            for i, g in enumerate(gold_edges):
                if any(k in g["source"] for k in source_keys) and any(k in g["target"] for k in target_keys):
                    r = 2 if i in found else (1 if g.get("optional") else 0)
                    if r < rank:
                        hit, rank = i, r
            if hit is None:
                fp += 1
                s, t = nodes.get(str(e["source"]), {}), nodes.get(str(e["target"]), {})
                evidence = _evidence_of([e])
                spurious.append(
                    Item(
                        "spurious",
                        rel,
                        f"{rel} {s.get('name')} -> {t.get('name')}",
                        docs=sorted({x["doc"] for x in evidence}),
                        evidence=evidence,
                    )
                )
            elif hit not in found:
                found.add(hit)
                if not gold_edges[hit].get("optional"):
                    tp += 1
        lost_edges = [g for i, g in enumerate(gold_edges) if i not in found and not g.get("optional")]
        for g in lost_edges:
            source, target = _keys(g["source"]), _keys(g["target"])
            missed.append(
                Item(
                    "missed",
                    rel,
                    f"{rel} {gold.first_name(source[0])} -> {gold.first_name(target[0])}",
                    docs=[g["doc"]] if g.get("doc") else [],
                    names=[_names(gold, source), _names(gold, target)],
                )
            )
        scores[rel] = Score(tp, fp, len(lost_edges))

    # 4. donors -> counties
    if donor_rows is not None:
        rows: list[tuple[list[str], list[str], dict]] = []
        for s in gold.serves:
            pair = (_keys(s["donor_region"]), _keys(s["recipient_region"]))
            if all(pair != (d, r) for d, r, _ in rows):
                rows.append((*pair, s))
        found = set()
        fp = 0
        seen: set[tuple[str, str]] = set()
        for row in donor_rows:
            donor, recipient = norm(row.get("donor_region")), norm(row.get("recipient_region"))
            if (donor, recipient) in seen:
                continue
            seen.add((donor, recipient))
            donor_keys = {k for label in PLACE_LABELS for k in gold.candidates(label, [donor])}
            recipient_keys = {k for label in PLACE_LABELS for k in gold.candidates(label, [recipient])}
            hit, rank = None, 3
            for i, (gd, gr, _) in enumerate(rows):
                if donor_keys & set(gd) and recipient_keys & set(gr):
                    # prefer a row not yet found whose first pair is this one, then any row not yet found
                    r = 2 if i in found else (0 if gd[0] in donor_keys and gr[0] in recipient_keys else 1)
                    if r < rank:
                        hit, rank = i, r
            if hit is None:
                fp += 1
                spurious.append(
                    Item(
                        "spurious",
                        SERVES,
                        f"{SERVES} {donor} -> {recipient}",
                        docs=list(row.get("docs") or []),
                        names=[
                            _place_names(row.get("donor_region"), row.get("donor_code")),
                            _place_names(row.get("recipient_region"), row.get("recipient_code")),
                        ],
                    )
                )
            else:
                found.add(hit)
        lost_rows = [rows[i] for i in range(len(rows)) if i not in found]
        missed += [
            Item(
                "missed",
                SERVES,
                f"{SERVES} {gold.first_name(d[0])} -> {gold.first_name(r[0])}",
                docs=[s["doc"]] if s.get("doc") else [],
                names=[_names(gold, d), _names(gold, r)],
            )
            for d, r, s in lost_rows
        ]
        scores[SERVES] = Score(len(found), fp, len(lost_rows))

    for total, parts in (("entities", ENTITY_LABELS), ("relations", RELATION_TYPES)):
        scores[total] = Score(*(sum(getattr(scores[p], n) for p in parts) for n in ("tp", "fp", "fn")))
    return Evaluation(scores, missed, spurious)


def _names(gold: Gold, keys: list[str]) -> list[str]:
    return [x for k in keys for x in gold.nodes[k]["names"]]


def _place_names(name: str | None, code: str | None) -> list[str]:
    """A donor row's region and the short forms texts write for it (黔东南州 for its full name)."""
    names = [name] if name else []
    if code:
        from graphaid.places import gazetteer

        place = gazetteer().places.get(code)
        if place:
            names += sorted((place.keywords - set(names)), key=len, reverse=True)
    return names


def _evidence_of(edges: Iterable[dict]) -> list[dict]:
    """The evidence records of edges, each once, in order."""
    out, seen = [], set()
    for e in edges:
        for ev in e.get("evidence") or ():
            key = (ev.get("doc"), ev.get("start"), ev.get("end"))
            if key not in seen:
                seen.add(key)
                out.append(dict(ev))
    return out


def evaluate(graph: nx.MultiDiGraph, gold: Gold) -> Evaluation:
    """Score a graph and its donor → county table against ``gold``, exactly as the yardstick scores the export."""
    from graphaid.graph import node_link
    from graphaid.questions import donors

    return score(gold, node_link(graph), [row.as_dict() for row in donors(graph)])


def add_sentences(evaluation: Evaluation, sentences_of: Callable[[str], list[str]]) -> None:
    """Give each item without evidence the sentences of its documents that name it.

    ``sentences_of(doc)`` gives a document's sentences ([] when it cannot be read). A relationship's or donor
    row's sentences are those naming both ends, else those naming either.
    """
    for item in (*evaluation.missed, *evaluation.spurious):
        if item.evidence or not item.names:
            continue
        groups = [_variants(names) for names in item.names]
        for doc in item.docs:
            sentences = sentences_of(doc)
            naming = [[s for s in sentences if any(v in s for v in group)] for group in groups]
            both = [s for s in naming[0] if all(s in n for n in naming[1:])]
            # else the sentences naming the rarer end first: the donor is often named everywhere
            either = [s for n in sorted(naming, key=len) for s in n]
            for sentence in both or either:
                record = {"doc": doc, "sentence": sentence}
                if record not in item.evidence:
                    item.evidence.append(record)


def _variants(names: list[str]) -> list[str]:
    """Forms a name takes in a text: itself, and a place without its last character (贵州省 → 贵州)."""
    out = []
    for name in names:
        for form in (name, name[:-1] if len(name) >= 3 and name[-1] in "省市县区州旗盟" else ""):
            if form and form not in out:
                out.append(form)
    return out


def _documents_by_name(graph: nx.MultiDiGraph) -> dict[str, dict]:
    # a gold file names a document by its file name; the graph by that name and a hash of its content
    by_name: dict[str, dict] = {}
    for doc_id, meta in graph.graph.get("documents", {}).items():
        for name in (doc_id, doc_id.split("#")[0], *(Path(p).name for p in meta.get("paths") or [])):
            by_name.setdefault(name, meta)
    return by_name


def absent_documents(graph: nx.MultiDiGraph, gold: Gold) -> list[str]:
    """The gold file's documents the graph was not built from, sorted."""
    by_name = _documents_by_name(graph)
    return sorted(doc for doc in gold.docs if doc not in by_name)


def graph_sentences(graph: nx.MultiDiGraph) -> Callable[[str], list[str]]:
    """``sentences_of`` for the documents a graph was built from, read again from the paths it recorded."""
    from graphaid.documents import UnreadableError, read_document

    memo: dict[str, list[str]] = {}
    by_name = _documents_by_name(graph)

    def sentences_of(doc: str) -> list[str]:
        if doc not in memo:
            meta = by_name.get(doc) or {}
            try:
                document = read_document(Path(meta["path"]), doc)
                memo[doc] = [s.text for s in document.sentences]
            except (KeyError, OSError, UnreadableError):
                memo[doc] = []
        return memo[doc]

    return sentences_of
