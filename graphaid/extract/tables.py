"""Tables an aid report writes as text: a header that labels its columns by side (序号 派出单位 职称 受援单位), then
rows that each name a giver and a receiver in those columns."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from graphaid.documents import Sentence
from graphaid.extract.mentions import Mention
from graphaid.extract.sides import DONOR, RECIPIENT, side_label_words, side_labels
from graphaid.lexicon import surnames
from graphaid.model import PLACE_LABELS

# what a table row may hold besides its two names: a number, spaces, list punctuation
_ROW_REST = re.compile(r"^[\s\d.、,，:：()（）]*$")


def read_tables(
    sentences: list[Sentence], actors_by_sent: list[list[Mention]]
) -> tuple[set[int], dict[int, tuple[Mention, Mention]]]:
    """The indexes of the sentences that are tables' headers, and the (giver, receiver) of each row, by index."""
    headers: set[int] = set()
    rows: dict[int, tuple[Mention, Mention]] = {}
    columns: tuple[int, int] | None = None
    cells: dict[int, int] = {}  # a header split into cells: the giver's and the receiver's cell, by side
    for i, (sentence, actors) in enumerate(zip(sentences, actors_by_sent, strict=True)):
        header = _header(sentence.text) if not actors else None
        if header is not None:
            columns, cells = header, _side_cells(sentence.text)
            headers.add(i)
            continue
        if columns is not None and len(actors) == 2 and _is_row(sentence.text, sentence.start, actors):
            giver, receiver = actors if columns == (DONOR, RECIPIENT) else actors[::-1]
            rows[i] = (giver, receiver)
            continue
        if cells and (row := _row_by_cells(sentence, actors, cells)) is not None:
            rows[i] = row
            continue
        columns, cells = None, {}  # a line that is no row ends the table
    return headers, rows


def opens_a_side_label(text: str, base: int, actor: Mention) -> bool:
    """Whether a place opens a column's or a line's label of a side (某省支援单位｜某州受援单位, 某省派出单位：): the
    place is a part of the label, no party."""
    if actor.label not in PLACE_LABELS:
        return False
    return _label_at().match(text, actor.end - base) is not None


@cache
def _label_at() -> re.Pattern:
    """A side's label and what ends it: a bar, a tab, a colon, wide spaces or the line's end."""
    return re.compile(rf"(?:{side_label_words()})\s*(?:[|｜\t:：]|\u3000|  |$)")


def _header(text: str) -> tuple[int, int] | None:
    """The sides of a table's columns, in order, when this line labels them (支援医院 受援医院)."""
    found = sorted((text.find(word), side) for word, side in side_labels().items() if word in text)
    sides = [side for _, side in found]
    if DONOR in sides and RECIPIENT in sides and "：" not in text and ":" not in text:
        return (DONOR, RECIPIENT) if sides.index(DONOR) < sides.index(RECIPIENT) else (RECIPIENT, DONOR)
    return None


# between a table's cells, where a page writes its rows as text: a bar, a tab, a run of spaces, or one
# ideographic space (a full-width space stands between words of no Chinese sentence)
_CELL_BREAK = re.compile(r"\s*[|｜\t]\s*|[ \u3000]{2,}|\u3000")
# (in a line bars divide, only bars do: 消化内科　主治医师 is one cell)
_BAR_BREAK = re.compile(r"\s*[|｜]\s*")
# (a page that writes no Chinese sentence with spaces in it may part its cells by one space each)
_SINGLE_SPACE = re.compile(r"(?<=\S) (?=\S)")
# the characters one of which parts a row's cells, for the patterns that read a row around a name
CELL_BREAKS = "\u3000\t｜|"


def cell_spans(text: str) -> list[tuple[int, int]]:
    """The cells of a line a bar, a tab or a run of spaces divides (序号｜姓名｜派出单位｜派驻单位; bars alone where
    a line has any); two bars with nothing between hold an empty cell (| 张三 | 骨科 | |: a row's cells stay as
    many as its header's). A line none of those divides may part three cells or more by single spaces (序号 姓名
    派出单位)."""
    breaks = _CELL_BREAK
    if "|" in text or "｜" in text:
        breaks = _BAR_BREAK
    elif not _CELL_BREAK.search(text.strip()) and len(_SINGLE_SPACE.findall(text)) >= 2:
        breaks = _SINGLE_SPACE
    spans, start, bar_before = [], 0, False
    for m in breaks.finditer(text):
        # (a space inside a cell's brackets parts nothing: 张三（骨科　主任医师）)
        if _open_brackets(text, start, m.start()):
            continue
        bar = "|" in m.group() or "｜" in m.group()
        if m.start() > start:
            spans.append((start, m.start()))
        elif bar and bar_before:
            spans.append((start, start))
        start, bar_before = m.end(), bar
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return spans


def _open_brackets(text: str, start: int, end: int) -> bool:
    """Whether a bracket opened in ``text[start:end]`` is still open at its end."""
    return sum(text.count(c, start, end) for c in "（(") > sum(text.count(c, start, end) for c in "）)")


# a header's cell that labels a column of people's names (姓名, 专家姓名, 队员姓名) or of the people in charge
# (负责人, 驻点负责人)
# (or the people it lists: 派驻专家, 队员)
_NAME_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,2}(?:姓名|负责人|专家|队员)$")
_NAMES_WORDS = ("姓名", "负责人")
NAME_LABEL_WORDS = (*_NAMES_WORDS, "专家", "队员")
# (the name alone, or with the person's department and title in brackets: 张三（骨科　主任医师）)
_NAME_CELL = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6})(?:[（(][^（）()]*[)）])?"
)


def name_cells(lines: list[str]) -> dict[int, tuple[int, int]]:
    """The name in each row of a table whose header labels a column of names (派出医院　受援医院　专家姓名
    科室): by the line's index, its (start, end) in the line. A row is cut into as many cells as its header."""
    headers, rows = _column_cells(lines, labels_names, _name_column)
    # (under a label of the people listed, not of their names, a cell is a name where it opens with a family name or
    # is written with a people's middle dot: 派驻专家 may head departments too)
    by_people = {h for h in headers if not any(word in lines[h] for word in _NAMES_WORDS)}
    out = {}
    for i, (a, b) in rows.items():
        cell = _NAME_CELL.fullmatch(lines[i][a:b])
        header = max((h for h in headers if h < i), default=None)
        if cell and (header not in by_people or lines[i][a] in surnames() or "·" in cell["name"]):
            out[i] = (a, a + cell.end("name"))
    return out


def learner_cells(lines: list[str]) -> tuple[set[int], dict[int, tuple[int, int]]]:
    """The headers of tables that pair teachers with learners (师傅｜徒弟, 带教老师　学员), by the line's index, and
    the learner's cell in each of their rows: the learners are the receiving side's, no experts."""
    return _column_cells(lines, _heads_learners, _learner_column)


def _heads_learners(line: str) -> bool:
    # (cutting every line of an article into cells costs more than looking for a teacher's label first)
    return any(word in line for word in _TEACHER_WORDS) and _learner_column(line) is not None


def _column_cells(
    lines: list[str], heads: Callable[[str], bool], column_of: Callable[[str], tuple[int, int] | None]
) -> tuple[set[int], dict[int, tuple[int, int]]]:
    """The lines that head a table (``heads``) with the column ``column_of`` finds in them (its cell, the number of
    cells), and that column's cell in each row under it, by the line's index; a line cut into another number of
    cells ends the table."""
    headers: set[int] = set()
    out: dict[int, tuple[int, int]] = {}
    column: tuple[int, int] | None = None
    for i, line in enumerate(lines):
        if heads(line):
            column = column_of(line)
            if column is not None:
                headers.add(i)
            continue
        if column is None:
            continue
        spans = cell_spans(line)
        if len(spans) != column[1]:
            column = None
            continue
        out[i] = spans[column[0]]
    return headers, out


def _learner_column(header: str) -> tuple[int, int] | None:
    """The learner's cell of a header of two cells or more labelling teachers and learners, and its number of
    cells; None for any other line."""
    return _column_beside(header, _TEACHER_LABEL, _LEARNER_LABEL, 2)


def _column_beside(header: str, beside: re.Pattern, label: re.Pattern, at_least: int) -> tuple[int, int] | None:
    """The cell ``label`` matches in a header of ``at_least`` cells or more, one of which ``beside`` matches, and
    the header's number of cells; None for any other line."""
    cells = [header[a:b] for a, b in cell_spans(header)]
    if len(cells) < at_least or not any(map(beside.match, cells)):
        return None
    at = next((k for k, cell in enumerate(cells) if label.match(cell)), None)
    return (at, len(cells)) if at is not None else None


# a header's cells that label who teaches and who learns (师傅 / 徒弟（某医院）)
_TEACHER_LABEL = re.compile(r"^(?:师傅|师父|导师|带教老师|带教专家|帮扶专家|援派专家)(?:[（(].*)?$")
# (one of which each of those labels holds)
_TEACHER_WORDS = ("师傅", "师父", "导师", "带教", "专家")
_LEARNER_LABEL = re.compile(r"^(?:徒弟|学员|带教对象|培养对象|进修人员|本地学员)(?:[（(].*)?$")


def local_cells(lines: list[str]) -> tuple[set[int], dict[int, tuple[int, int]]]:
    """The headers of tables of experts with a column of the receiving side's own people (专家姓名　坐诊科室
    本院联络人), by the line's index, and that column's cell in each of their rows: a contact there, no expert."""
    return _column_cells(lines, _heads_locals, _local_column)


def _heads_locals(line: str) -> bool:
    return any(word in line for word in _LOCAL_WORDS) and _local_column(line) is not None


def _local_column(header: str) -> tuple[int, int] | None:
    """The local people's cell of a header of three cells or more that labels a column of names too, and its number
    of cells; None for any other line."""
    return _column_beside(header, _NAME_LABEL, _LOCAL_LABEL, 3)


# a header's cell that labels the receiving side's own people beside the experts (本院联络人, 当地对接人,
# 受援医院联系人)
_LOCAL_LABEL = re.compile(r"^(?:本院|我院|当地|受援(?:医院|单位)?)的?(?:联络人|对接人|联系人|陪同人员?|对接专家)$")
_LOCAL_WORDS = ("本院", "我院", "当地", "受援")


def labels_names(line: str) -> bool:
    """Whether a line is a table's header with a column of people's names (姓名|科室|职称)."""
    # (a header is a short line: cutting an article's paragraphs into cells costs more than measuring them first)
    return (
        len(line) <= _HEADER_REACH and any(word in line for word in NAME_LABEL_WORDS) and _name_column(line) is not None
    )


_HEADER_REACH = 80


def _name_column(header: str) -> tuple[int, int] | None:
    """The name's cell of a header of three cells or more, and its number of cells; None if it labels no names."""
    spans = cell_spans(header)
    at = next((k for k, (a, b) in enumerate(spans) if _NAME_LABEL.match(header[a:b])), None)
    return (at, len(spans)) if at is not None and len(spans) >= 3 else None


def founded_cells(
    sentences: list[Sentence], headers: set[int], rows: dict[int, tuple[Mention, Mention]]
) -> dict[int, tuple[int, int]]:
    """The cell of each row under a header's column of the units the aid founded (新建科室, 新设专科): by the row's
    index, its (start, end) in the row's sentence. A row is cut into as many cells as its header."""
    out: dict[int, tuple[int, int]] = {}
    column: tuple[int, int] | None = None  # (the units' cell, the number of cells)
    for i, sentence in enumerate(sentences):
        if i in headers:
            spans = cell_spans(sentence.text)
            at = next((k for k, (a, b) in enumerate(spans) if _FOUNDED_LABEL.match(sentence.text[a:b])), None)
            column = (at, len(spans)) if at is not None else None
            continue
        if column is None or i not in rows:
            column = None
            continue
        spans = cell_spans(sentence.text)
        if len(spans) == column[1]:
            out[i] = spans[column[0]]
    return out


# a header's cell that labels a column of the units the aid founded (新建科室, 新增专科, 新成立的中心, 新建学科/中心)
_UNIT_KINDS = "(?:科室|专科|学科|中心|单元|病区)"
_FOUNDED_LABEL = re.compile(rf"^新(?:建|设|增|成立|开设?)的?{_UNIT_KINDS}(?:[/／、]{_UNIT_KINDS})*$")


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
    """The side a header's cell labels: a label, or a label a word or two qualifies (拟派驻单位, 现工作单位), a note
    in brackets after it perhaps (帮扶医院（所在地）)."""
    cell = _CELL_NOTE.sub("", cell)
    for label, side in labels.items():
        if cell.endswith(label) and len(cell) - len(label) <= _QUALIFIER:
            return side
    return None


_CELL_NOTE = re.compile(r"[(（][^()（）]{1,8}[)）]$")
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
