"""The division table: place names and their short forms -> administrative hierarchy and official code.

The table is ssdlab-region-parser's reference library (MIT, divisions of 2026-04), read once. Its keyword
lists already hold the usual short forms and leave out ambiguous bare names (鼓楼); we add the forms people
write for autonomous units (黔西南州, 威宁县) and a few areas the table lacks (places_extra.tsv).
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from graphaid.lexicon import read_lines, read_table
from graphaid.model import Label
from graphaid.words import Words

LEVEL_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "新区",
    "林区",
    "省",
    "市",
    "州",
    "盟",
    "县",
    "区",
    "旗",
)


@dataclass(slots=True)
class Place:
    code: str
    name: str
    level: Label
    province: str  # code of the province
    city: str | None  # code of the prefecture, None for provinces and counties of municipalities
    keywords: set[str] = field(default_factory=set)

    @property
    def parent(self) -> str | None:
        if self.level is Label.PROVINCE:
            return None
        if self.level is Label.COUNTY and self.city:
            return self.city
        return self.province


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A place name found in text; ``codes`` holds every place the surface form can mean."""

    start: int
    end: int
    surface: str
    codes: tuple[str, ...]
    strong: bool  # written with its level (紫云县) rather than bare (紫云)


def urban_district(name: str) -> bool:
    """Whether a county-level division is a city's district (区; not 特区, 林区 or 矿区, which are rural units)."""
    return name.endswith("区") and not name.endswith(("特区", "林区", "矿区"))


def _short_forms(name: str, ethnic: list[str]) -> set[str]:
    """The names people write for a unit: 镇宁布依族苗族自治县 -> 镇宁自治县, 镇宁县, 镇宁."""
    forms = {name}
    for auto, level in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
        if name.endswith(auto):
            stem = name[: -len(auto)]
            changed = True
            while changed:
                changed = False
                for group in ethnic:
                    if stem.endswith(group) and len(stem) > len(group) + 1:
                        stem = stem[: -len(group)]
                        changed = True
            if stem in ethnic:  # a county named after its people (某族自治县 -> 某县, 某)
                stem = stem[:-1]
            forms |= {stem + auto, stem + level, stem}
    if name.endswith("地区") and len(name) > 3:
        forms.add(name[:-2])
    return forms


_DIRECTIONS = frozenset("东西南北")
# words for a kind of area that end in a level's character (汉中|山区, 老城区, 城市): a name ending in one that starts
# inside another name is that other name and the word (汉中山区 is no 中山区)
_AREA_WORDS = frozenset(read_lines("area_words.txt"))


def _without_area_words(found: list[tuple]) -> list[tuple]:
    """The matches but those ending in an area word that start inside a match before them ending right where the
    word starts (汉中|山区)."""
    spans = {(start, start - neg_len) for start, neg_len, _, _ in found}
    return [
        (start, neg_len, kw, codes)
        for start, neg_len, kw, codes in found
        if not (kw[-2:] in _AREA_WORDS and any(s < start and e == start - neg_len - 2 for s, e in spans))
    ]


class Gazetteer:
    """All divisions, indexed for scanning text and for looking names up."""

    def __init__(self, places: dict[str, Place], stopwords: set[str]):
        self.places = places
        self._lineages: dict[str, list[Place]] = {}
        self.by_keyword: dict[str, set[str]] = {}
        for place in places.values():
            for kw in place.keywords:
                if len(kw) >= 2 and kw not in stopwords:
                    self.by_keyword.setdefault(kw, set()).add(place.code)
        self._keywords = Words(self.by_keyword)
        self._codes = {kw: tuple(sorted(codes)) for kw, codes in self.by_keyword.items()}
        # (each keyword's tier, asked for every match of every scan)
        self._tiers = {kw: self._tier_of(kw, codes) for kw, codes in self._codes.items()}
        self._abbreviations = frozenset(abbr for abbr, _ in read_table("province_abbreviations.tsv", 2))

    def scan(self, text: str) -> tuple[PlaceMatch, ...]:
        """Place names in ``text``, longest leftmost first, not overlapping."""
        if len(text) <= _SHORT:  # names: the same few recur in every article
            return self._scan_short(text)
        return self._scan(text)

    @lru_cache(maxsize=1 << 14)  # noqa: B019 (one gazetteer per process, cached itself)
    def _scan_short(self, text: str) -> tuple[PlaceMatch, ...]:
        return self._scan(text)

    def _scan(self, text: str) -> tuple[PlaceMatch, ...]:
        codes_of = self._codes
        found = sorted((start, start - end, kw, codes_of[kw]) for start, end, kw in self._keywords.find(text))
        if "级" in text:
            # 全州|县级医院, 某某|市级: a level's character that opens 县级 or 市级 ends no name (the name without it
            # may stand on its own)
            found = [
                f for f in found if not (f[2].endswith(LEVEL_SUFFIXES) and text[f[0] - f[1] : f[0] - f[1] + 1] == "级")
            ]
        if any(text[start] in _DIRECTIONS for start, *_ in found):
            found = self._without_regions_parts(text, found)
        if any(kw[-2:] in _AREA_WORDS for _, _, kw, _ in found):
            found = _without_area_words(found)
        out: list[PlaceMatch] = []
        covered = -1
        for start, neg_len, kw, codes in found:
            if start < covered:
                if self._tiers[kw] > self._tiers[out[-1].surface]:
                    return self._strong_first(found)
                continue
            out.append(PlaceMatch(start, start - neg_len, kw, codes, self._tiers[kw] > 0))
            covered = start - neg_len
        return tuple(out)

    def _without_regions_parts(self, text: str, found: list[tuple]) -> list[tuple]:
        """鄂西|山区, 陕西|城市: a province's abbreviation and a direction name a part of the province (鄂西, 陕南),
        so a name starting at that direction is none (西山区, 西城市), unless a place name ends right before it
        (南宁|西乡塘区)."""
        ends = {start - neg_len for start, neg_len, _, _ in found}
        abbreviations = self._abbreviations
        return [
            (start, *rest)
            for start, *rest in found
            if not (start > 0 and text[start] in _DIRECTIONS and text[start - 1] in abbreviations and start not in ends)
        ]

    def _strong_first(self, found: list[tuple]) -> tuple[PlaceMatch, ...]:
        """Where names overlap and one states more (its level, or a prefecture's name over a county's): the names
        that cover most of the text without overlapping, then the stronger (位于|都匀市 is not 于都, 某市和|田阳区 is
        not 和田, and 甘肃|宁县 is not 甘|肃宁县)."""
        matches = sorted(
            (PlaceMatch(start, start - neg_len, kw, codes, self._tiers[kw] > 0) for start, neg_len, kw, codes in found),
            key=lambda m: (m.end, m.start),
        )
        # weighted interval scheduling: best[i] is the best choice among the first i matches
        best: list[tuple[int, tuple[PlaceMatch, ...]]] = [(0, ())]
        for i, match in enumerate(matches):
            before = max((j for j in range(i) if matches[j].end <= match.start), default=-1)
            weight = 100 * (match.end - match.start) + self._tiers[match.surface]
            take = (best[before + 1][0] + weight, (*best[before + 1][1], match))
            best.append(max(best[-1], take, key=lambda b: b[0]))
        return tuple(sorted(best[-1][1], key=lambda m: m.start))

    def _tier_of(self, keyword: str, codes: tuple[str, ...]) -> int:
        """2 for a name that states its level, 1 for a province's or a prefecture's bare name, 0 for a county's."""
        return 2 if _states_level(keyword, codes) else 1 if self.is_strong(keyword, codes) else 0

    def is_strong(self, keyword: str, codes: tuple[str, ...]) -> bool:
        """A form that names its level, or a province or prefecture's bare name, rarely means anything else."""
        if _states_level(keyword, codes):
            return True
        return all(self.places[c].level is not Label.COUNTY for c in codes)

    def lookup(self, name: str) -> list[Place]:
        return [self.places[c] for c in sorted(self.by_keyword.get(name, ()))]

    def lineage(self, code: str) -> list[Place]:
        """The place and its ancestors, province first."""
        cached = self._lineages.get(code)
        if cached is not None:
            return cached
        chain = []
        current: str | None = code
        while current:
            place = self.places[current]
            chain.append(place)
            current = place.parent
        self._lineages[code] = chain[::-1]
        return self._lineages[code]

    def is_county(self, code: str | None) -> bool:
        """Whether ``code`` is a county-level division's (县, 县级市, 区, 旗)."""
        place = self.places.get(code) if code else None
        return place is not None and place.level is Label.COUNTY

    def is_within(self, code: str, ancestor: str) -> bool:
        return any(p.code == ancestor for p in self.lineage(code))

    def resolve(self, match: PlaceMatch, context: set[str]) -> str | None:
        """Pick the place a match means, given the codes already seen in the document; None if unsure."""
        if len(match.codes) == 1:
            return match.codes[0]
        # (the finest place of the document's each lies in: 市中区 where the article names 济南市 and 山东省 is
        # 济南's, though 枣庄's lies in 山东省 too)
        depth = {
            c: d
            for c in match.codes
            if (d := max((k for k, a in enumerate(self.lineage(c)) if a.code in context), default=-1)) >= 0
        }
        if depth and len(finest := [c for c, d in depth.items() if d == max(depth.values())]) == 1:
            return finest[0]
        # a province's own name means the province unless the article is about another place so called (海南)
        provinces = [c for c in match.codes if self.places[c].level is Label.PROVINCE]
        if len(provinces) == 1:
            return provinces[0]
        # prefer the highest level when a name is both a prefecture and its seat (玉树州 / 玉树市)
        levels = sorted(match.codes, key=lambda c: LEVEL_RANK[self.places[c].level])
        top = [c for c in levels if self.places[c].level == self.places[levels[0]].level]
        if len(top) == 1 and all(self.is_within(c, top[0]) for c in levels[1:]):
            return top[0]
        return None


def _states_level(keyword: str, codes: tuple[str, ...]) -> bool:
    """紫云县, 黔南州; 四十七团 (a regiment whose number takes two characters or more: 一团 is also 乱成一团)."""
    return keyword.endswith(LEVEL_SUFFIXES) or (len(keyword) > 2 and all(map(is_regiment, codes)))


# The Corps' regiments (团场) are numbered across the Corps, 一团 to 二二五团, and are none of the national table's
# divisions: the Corps runs a regiment as a county-level unit of its division (a prefecture's peer). Which division
# holds which number the article says (第十四师某团) or the division it names does, so each number is a regiment of
# every division, told apart as a bare county name is, by the places the article names.
REGIMENT_NUMBERS = range(1, 226)
_NUMERALS = "〇一二三四五六七八九"


def regiment_names(number: int) -> tuple[str, ...]:
    """The names the Corps writes a regiment by: 四十七团, 47团; from 100 digit by digit (一五二团, 一〇一团 or
    一零一团)."""
    if number < 100:
        tens, ones = divmod(number, 10)
        words = [("" if tens < 2 else _NUMERALS[tens]) + ("十" if tens else "") + (_NUMERALS[ones] if ones else "")]
    else:
        words = ["".join(_NUMERALS[int(d)] for d in str(number))]
        if "〇" in words[0]:
            words.append(words[0].replace("〇", "零"))
    return (*(w + "团" for w in words), f"{number}团")


def is_regiment(code: str) -> bool:
    """Whether ``code`` is a regiment's (a division's code and the regiment's number: 660014047)."""
    return len(code) == 9 and code.startswith("6600")


def is_division(code: str) -> bool:
    """Whether ``code`` is one of the Corps' divisions' (6600 and its number: 660001)."""
    return len(code) == 6 and code.startswith("6600")


def _add_regiments(places: dict[str, Place]) -> None:
    divisions = [p for p in places.values() if p.level is Label.CITY and p.code.startswith("6600")]
    for division in divisions:
        for number in REGIMENT_NUMBERS:
            names = regiment_names(number)
            code = f"{division.code}{number:03d}"
            places[code] = Place(code, names[0], Label.COUNTY, division.province, division.code, set(names))


_SHORT = 40  # texts up to this length (names, not sentences) have their scans kept
LEVEL_RANK = {Label.PROVINCE: 0, Label.CITY: 1, Label.COUNTY: 2}


def _code(cell) -> str:
    """A division code as text: the workbook stores codes as numbers (110000.0)."""
    return str(int(cell)) if isinstance(cell, float) else str(cell or "")


def _division_workbook() -> Path:
    """The division table's workbook, found without importing its package (whose start imports pandas: a tenth
    of a build's start-up)."""
    spec = importlib.util.find_spec("ssdlab_region_parser")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("ssdlab-region-parser is not installed: pip install ssdlab-region-parser")
    return Path(spec.submodule_search_locations[0]) / "data" / "CN_Region_Reference_Library.xlsx"


def _load(former: bool = True) -> Gazetteer:
    """The division table and its other names; ``former=False`` leaves out the names places went by before (the
    generator of those names reads what the table holds without them)."""
    # calamine reads the workbook several times faster than openpyxl: it is most of a build's start-up
    from python_calamine import CalamineWorkbook

    ethnic = list(_ethnic_groups())
    rows = CalamineWorkbook.from_path(str(_division_workbook())).get_sheet_by_index(0).to_python()
    header = rows[0]
    col = {name: i for i, name in enumerate(header)}
    places: dict[str, Place] = {}

    def add(code, name, level, province, city, keywords):
        code = str(code)
        place = places.get(code)
        if place is None:
            place = places[code] = Place(code, name, level, province, city)
        elif city and city != place.city:  # (a row of places_extra.tsv naming another parent: a division's seat)
            place.city = city
        for kw in keywords:
            place.keywords |= _short_forms(kw, ethnic)
        place.keywords |= _short_forms(name, ethnic)

    def words(cell) -> list[str]:
        return [w.strip() for w in str(cell or "").split("|") if w.strip()]

    for row in rows[1:]:
        pcode, pname = _code(row[col["省份代码"]]), row[col["省级名称"]]
        if not pname:
            continue
        add(pcode, pname, Label.PROVINCE, pcode, None, words(row[col["省级关键词"]]))
        cname, ccode = row[col["城市名称"]], _code(row[col["城市代码"]])
        # municipalities list themselves as their own city, and 省直辖 units are not a real prefecture
        real_city = bool(cname) and cname != pname and "直辖" not in cname
        if real_city:
            add(ccode, cname, Label.CITY, pcode, None, words(row[col["市级关键词"]]))
        kname, kcode = row[col["区县名称"]], _code(row[col["区县代码"]])
        if kname and kcode:
            add(kcode, kname, Label.COUNTY, pcode, ccode if real_city else None, words(row[col["区县关键词"]]))
    for level, code, name, aliases, pcode, ccode in read_table("places_extra.tsv", 6):
        add(code, name, Label(level), pcode, ccode or None, aliases.split("|"))
    if former:
        _former_names_of_prefectures(places)
        _former_names(places)
    _add_regiments(places)
    return Gazetteer(places, set(read_lines("place_stopwords.txt")))


def _former_names_of_prefectures(places: dict[str, Place]) -> None:
    """Many prefecture-level cities were a prefecture before (某某地区 -> 某某市; the records of changes give most of
    them no successor, their code having changed with the name): the stem with 地区 is read as the city, where no
    other place goes by that name."""
    taken = {kw for place in places.values() for kw in place.keywords}
    for place in places.values():
        stem = place.name[:-1]
        if place.level is Label.CITY and place.name.endswith("市") and len(stem) >= 2 and stem + "地区" not in taken:
            place.keywords.add(stem + "地区")


def _former_names(places: dict[str, Place]) -> None:
    """The names divisions went by before they were renamed or merged (富阳市 -> 富阳区, 康定县 -> 康定市, 郫县 ->
    郫都区, 居巢区 -> 巢湖市), from the Ministry of Civil Affairs' records of changes (former_places.tsv), where no
    place goes by that name now."""
    taken = {kw for place in places.values() for kw in place.keywords}
    for name, code, _ in read_table("former_places.tsv", 3):
        if code in places and name not in taken:
            places[code].keywords.add(name)


@cache
def gazetteer() -> Gazetteer:
    """The division table, loaded once per process."""
    return _load()


@cache
def province_abbreviations() -> dict[str, str]:
    """One-character province abbreviation -> province code (闽 -> 350000)."""
    gz = gazetteer()
    by_name = {p.name: p.code for p in gz.places.values() if p.level is Label.PROVINCE}
    return {abbr: by_name[name] for abbr, name in read_table("province_abbreviations.tsv", 2)}


@cache
def aid_to_province_words() -> tuple[str, ...]:
    """援藏, 援疆, 援滇 ...: 援 and a province's abbreviation, aid to that province (its teams, its experts)."""
    return tuple(f"援{abbreviation}" for abbreviation, _ in read_table("province_abbreviations.tsv", 2))


# the endings a township's name carries, after a stem of two characters or more: the stem is what text keeps when
# it writes another (广州's subdistricts go by 某某街 too)
_TOWNSHIP_ENDING = re.compile(r"^(.{2,}?)(?:街道办事处|民族苏木|民族乡|办事处|街道|苏木|地区|镇|乡|街)$")


def township_stem(name: str) -> str:
    """A town's name without its level and its peoples (某某瑶族乡, 某某乡, 某某镇 -> 某某): a township made a town
    (乡 -> 镇) or named without its peoples is the same place."""
    if ending := _TOWNSHIP_ENDING.match(name):
        name = ending.group(1)
    if "族" in name:  # (某某彝族苗族白族乡: every people the name carries)
        while group := next((g for g in _ethnic_groups() if name.endswith(g) and len(name) > len(g) + 1), None):
            name = name[: -len(group)]
    return name


@cache
def _ethnic_groups() -> tuple[str, ...]:
    return tuple(sorted(read_lines("ethnic_groups.txt"), key=len, reverse=True))


@cache
def _townships() -> dict[str, frozenset[str]]:
    by_stem: dict[str, set[str]] = {}
    for county, names in read_table("townships.tsv", 2):
        for name in names.split("|"):
            by_stem.setdefault(township_stem(name), set()).add(county)
    return {stem: frozenset(counties) for stem, counties in by_stem.items()}


def township_counties(town: str) -> frozenset[str]:
    """The codes of the counties that hold a town, township or subdistrict of this name (townships.tsv, 2023):
    竹核镇 -> the one county it lies in; 城关镇 -> hundreds."""
    return _townships().get(township_stem(town), frozenset())
