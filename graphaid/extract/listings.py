"""PAIRS_WITH stated as a list rather than in sentences: 甲——乙 entries, the rows of a table under a header
that labels its columns by side (序号 支援医院 受援医院), and a form's labelled parties (支援医院：甲；受援医院：乙)."""

from __future__ import annotations

import re
from functools import cache

from graphaid.documents import Sentence
from graphaid.extract.article import Article
from graphaid.extract.mentions import Mention, Relation
from graphaid.extract.sides import DONOR, RECIPIENT, labelled_parties, side_labels, team_nouns
from graphaid.lexicon import read_lines
from graphaid.model import PLACE_LABELS, Rel
from graphaid.places import gazetteer

# between the two names of an entry: an arrow states the direction outright, a dash leaves it to the sides
_ARROW = re.compile(r"^\s*[―—\-－]*\s*[→＞>]\s*$")
_DASH = re.compile(r"^\s*(?:[—―]{1,2}|－{1,2}|-{1,2}|[:：])\s*$")  # (or a colon: 某县人民医院：某市)
# 甲—乙东西部协作, 甲—乙协作号召: the two places name a programme, not an entry of a list
_PROGRAMME = re.compile(r"(?:东西部)?(?:扶贫|劳务)?(?:协作|合作)")
# what a table row may hold besides its two names: a number, spaces, list punctuation
_ROW_REST = re.compile(r"^[\s\d.、,，:：()（）]*$")


def entries(article: Article, sentence: Sentence, actors: list[Mention]) -> list[tuple[Mention, Mention]]:
    """The (giver, receiver) entries of a list in one sentence: 北京市→某县, 某医院——某县人民医院.

    A dash leaves the direction to the sides; in a list of such entries whose sides agree on givers first,
    entries the sides leave undecided (甲省—乙市, both on one side) are read the same way."""
    stated, dashed = _entries(article, sentence, actors)
    return sorted(stated + [(left, right) for left, right, _ in _dashed_pairs(dashed)], key=lambda pair: pair[0].start)


_Dashed = tuple[Mention, Mention, int, int, Sentence]


def _entries(
    article: Article, sentence: Sentence, actors: list[Mention]
) -> tuple[list[tuple[Mention, Mention]], list[_Dashed]]:
    """A sentence's entries that state their direction (arrows, team names), and those a dash joins, with the
    sides of their two parties."""
    out = []
    dashed = []
    for left, right in zip(actors, actors[1:], strict=False):
        between = sentence.text[left.end - sentence.start : right.start - sentence.start]
        if left.label in PLACE_LABELS:
            # 苏州工业园区—某区: a zone of the place stands for it in the entry
            between = between.removeprefix(next((z for z in _zone_words() if between.startswith(z)), ""))
        if _ARROW.match(between):
            out.append((left, right))
        elif between == "援" and sentence.text.startswith(team_nouns(), right.end - sentence.start):
            out.append((left, right))  # 甲市援乙县医疗队: a team's name states who gives to whom
        elif (
            _DASH.match(between)
            and left.key != right.key
            and not _PROGRAMME.match(sentence.text, right.end - sentence.start)
            # 某市：某县人民医院、…: a place heading a list of its own institutions
            and not (between.strip() in ":：" and _nested(left, right))
        ):
            dashed.append((left, right, article.side(left), article.side(right), sentence))
    return out, dashed


def _nested(a: Mention, b: Mention) -> bool:
    """Whether one party lies within the other's place."""
    gz = gazetteer()
    return bool(a.region and b.region and (gz.is_within(a.region, b.region) or gz.is_within(b.region, a.region)))


def _dashed_pairs(dashed: list[_Dashed]) -> list[tuple[Mention, Mention, Sentence]]:
    """The (giver, receiver) entries of one list a dash joins: those the sides do not turn round, and all of them
    where the sides of two or more agree on givers first; all of them turned round where the sides of two or more
    agree on receivers first (乙县医院——甲医院 line after line) and none on givers first."""
    forward = sum(1 for _, _, a, b, _ in dashed if (a, b) == (DONOR, RECIPIENT))
    backward = sum(1 for _, _, a, b, _ in dashed if (a, b) == (RECIPIENT, DONOR))
    if len(dashed) >= 2 and backward >= 2 and not forward:
        return [(right, left, s) for left, right, a, b, s in dashed if a != DONOR and b != RECIPIENT]
    givers_first = len(dashed) >= 2 and forward > 0 and not backward
    out = []
    for left, right, a, b, s in dashed:
        if a == b == DONOR and not givers_first:
            # 广州—某县, both on the giving side (within the giving province): a city gives to a county of its own
            # province, whichever it writes first (not 某州—某县 among receivers: a network of theirs)
            if _outranks(left, right):
                out.append((left, right, s))
            elif _outranks(right, left):
                out.append((right, left, s))
        elif (a != RECIPIENT and b != DONOR) or givers_first:
            out.append((left, right, s))
    return out


def _outranks(a: Mention, b: Mention) -> bool:
    """Whether ``a`` is a province's or a city's party and ``b`` a county's of the same province."""
    gz = gazetteer()
    if not (a.region and b.region and gz.is_county(b.region)) or gz.is_county(a.region):
        return False
    return gz.lineage(a.region)[0].code == gz.lineage(b.region)[0].code


@cache
def _zone_words() -> tuple[str, ...]:
    return tuple(sorted(read_lines("zone_words.txt"), key=len, reverse=True))


def listed_pairs(article: Article) -> list[Relation]:
    """The pairs of table rows, and of list entries in sentences without aid words (those of sentences with aid
    words are the pairing rule's)."""
    out: list[Relation] = []
    aid = set(article.aid_sents)
    columns: tuple[int, int] | None = None
    cells: dict[int, int] = {}  # a header split into cells: the giver's and the receiver's cell, by side
    givers: list[Mention] = []  # a line's labelled givers wait for the next line's receivers
    run: list[_Dashed] = []  # the dashed entries of the lines of a list so far
    for i, sentence in enumerate(article.sentences):
        actors = article.actors_by_sent[i]
        # 支援医院：甲；受援医院：乙 (on one line or two): a form's labels pair their parties
        labelled = labelled_parties(sentence.text, sentence.start, actors) if actors else []
        if labelled or givers:
            receivers = [a for a, side in labelled if side == RECIPIENT]
            givers = [a for a, side in labelled if side == DONOR] or (givers if receivers else [])
            out += [Relation(d, r, Rel.PAIRS_WITH, sentence) for d in givers for r in receivers]
            if receivers:
                givers = []
        header = _header(sentence.text) if not actors else None
        if header is not None:
            columns, cells = header, _side_cells(sentence.text)
            continue
        if columns is not None and len(actors) == 2 and _is_row(sentence.text, sentence.start, actors):
            donor, recipient = actors if columns == (DONOR, RECIPIENT) else actors[::-1]
            out.append(Relation(donor, recipient, Rel.PAIRS_WITH, sentence))
            continue
        if cells and (row := _row_by_cells(sentence, actors, cells)) is not None:
            out.append(Relation(*row, Rel.PAIRS_WITH, sentence))
            continue
        columns, cells = None, {}  # a line that is no row ends the table
        if i not in aid:
            stated, dashed = _entries(article, sentence, actors)
            out += [Relation(d, r, Rel.PAIRS_WITH, sentence) for d, r in stated]
            if dashed:
                # 甲医院——乙县医院 line after line: one list, whose lines the sides judge together
                run += dashed
                continue
        out += _relations(_dashed_pairs(run))
        run = []
    return out + _relations(_dashed_pairs(run))


def _relations(pairs: list[tuple[Mention, Mention, Sentence]]) -> list[Relation]:
    return [Relation(d, r, Rel.PAIRS_WITH, sentence) for d, r, sentence in pairs]


def _header(text: str) -> tuple[int, int] | None:
    """The sides of a table's columns, in order, when this line labels them (支援医院 受援医院)."""
    found = sorted((text.find(word), side) for word, side in side_labels().items() if word in text)
    sides = [side for _, side in found]
    if DONOR in sides and RECIPIENT in sides and "：" not in text and ":" not in text:
        return (DONOR, RECIPIENT) if sides.index(DONOR) < sides.index(RECIPIENT) else (RECIPIENT, DONOR)
    return None


# between a table's cells, where a page writes its rows as text: a bar, a tab, or a run of spaces
_CELL_BREAK = re.compile(r"\s*[|｜\t]\s*|[ \u3000]{2,}")


def cell_spans(text: str) -> list[tuple[int, int]]:
    """The cells of a line a bar, a tab or a run of spaces divides (序号｜姓名｜派出单位｜派驻单位)."""
    spans, start = [], 0
    for m in _CELL_BREAK.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return spans


def _side_cells(text: str) -> dict[int, int]:
    """The cell each side's label heads, in a header of three cells or more (a row holds more than its parties:
    a name, a title, a number)."""
    spans = cell_spans(text)
    if len(spans) < 3:
        return {}
    labels = side_labels()
    found = {side: k for k, (a, b) in enumerate(spans) if (side := _cell_side(text[a:b], labels)) is not None}
    return found if len(found) == 2 else {}


def _cell_side(cell: str, labels: dict[str, int]) -> int | None:
    """The side a header's cell labels: a label, or a label a word or two qualifies (拟派驻单位, 现工作单位)."""
    for label, side in labels.items():
        if cell.endswith(label) and len(cell) - len(label) <= _QUALIFIER:
            return side
    return None


# how many characters may qualify a label in a header's cell
_QUALIFIER = 2


def _row_by_cells(sentence: Sentence, actors: list[Mention], cells: dict[int, int]) -> tuple[Mention, Mention] | None:
    """The giver and the receiver of a row cut into as many cells as its header, each the one party of its cell."""
    spans = cell_spans(sentence.text)
    if len(spans) <= max(cells.values()):
        return None
    by_side = {}
    for side, k in cells.items():
        a, b = spans[k]
        inside = [m for m in actors if a <= m.start - sentence.start and m.end - sentence.start <= b]
        if len(inside) != 1:
            return None
        by_side[side] = inside[0]
    return by_side[DONOR], by_side[RECIPIENT]


def _is_row(text: str, base: int, actors: list[Mention]) -> bool:
    rest = text
    for actor in reversed(actors):
        rest = rest[: actor.start - base] + " " + rest[actor.end - base :]
    return bool(_ROW_REST.match(rest))
