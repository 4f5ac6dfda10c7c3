"""Recognise departments that the aid created: unit names (新生儿科, 疼痛康复诊疗中心) after a founding verb."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graphaid.extract.mentions import Mention
from graphaid.lexicon import read_lines
from graphaid.model import Label

# words between a founding verb and the list of units (创建了 / 成立首个 / 开设一批)
_FILLER = re.compile(r"^(?:了|起|起了|好|出|出了|成|成了)?(?:首个|首家|一个|一批|一所|一支|几个|多个|若干|\d+个)?")
# a unit name that is only a grade (省级重点专科) names no unit
_GRADE = re.compile(r"^(?:国家级|省级|市级|县级|区域|重点|特色|临床)+")
_ITEM_SPLIT = re.compile(r"、|和|及|与|以及|，|,")
_NEGATION = ("未", "没有", "尚未", "无", "不")
MAX_UNIT = 16


@dataclass(slots=True)
class Founding:
    """A founding statement: the verb's span and the units named after it."""

    verb_start: int
    verb_end: int
    units: list[Mention]


@cache
def _lexicons() -> tuple[tuple[str, ...], re.Pattern]:
    verbs = tuple(sorted(read_lines("found_triggers.txt"), key=len, reverse=True))
    suffixes = sorted(read_lines("department_suffixes.txt"), key=len, reverse=True)
    endings = "|".join(map(re.escape, suffixes))
    unit = re.compile(rf"^[\u4e00-\u9fffA-Za-z()（）·]{{1,{MAX_UNIT}}}?(?:{endings})$")
    return verbs, unit


def find_foundings(text: str, start: int, end: int, sent: int) -> list[Founding]:
    """Units created according to one sentence (offsets into the document)."""
    verbs, unit = _lexicons()
    sentence = text[start:end]
    out = []
    pos = 0
    while pos < len(sentence):
        hit = min(
            ((sentence.find(v, pos), v) for v in verbs if sentence.find(v, pos) >= 0),
            default=None,
        )
        if hit is None:
            break
        at, verb = hit
        pos = at + len(verb)
        if sentence[max(0, at - 2) : at].endswith(_NEGATION):
            continue
        tail = sentence[pos:]
        filler = _FILLER.match(tail)
        cursor = pos + (filler.end() if filler else 0)
        clause = re.split(r"[,，;；。:：“”\"'（(]|等", sentence[cursor:], maxsplit=1)[0]
        units = []
        offset = cursor
        for piece in _ITEM_SPLIT.split(clause):
            item_at = sentence.find(piece, offset)
            offset = item_at + len(piece)
            item = piece.strip()
            if item and unit.match(item) and not _is_noise(item):
                s0 = start + item_at + piece.find(item)
                units.append(Mention(Label.DEPARTMENT, item, s0, s0 + len(item), sent))
        if units:
            out.append(Founding(start + at, start + pos, units))
    return out


def _is_noise(item: str) -> bool:
    """Things that end like a unit but are not one (科室 in general, 中心 alone, 示范基地 of a city)."""
    return item in {
        "科室",
        "中心",
        "专科",
        "门诊",
        "平台",
        "基地",
        "病区",
        "重点专科",
        "特色专科",
        "短缺科室",
    } or item.endswith(("科室", "学科"))
