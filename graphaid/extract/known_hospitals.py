"""Known hospitals: real top-tier hospitals found by name or alias (北医三院, 华山医院), with their region.

The lexicon is graphaid/data/hospitals.tsv (made by tools/make_hospital_lexicon.py); it finds hospitals that
are named without a place in front, which the ending-driven recogniser in orgs.py cannot place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graphaid.lexicon import read_table
from graphaid.model import Label
from graphaid.places import gazetteer, urban_district
from graphaid.words import Words

# a name goes on when more of a name follows: another institution that holds it (医院集团, 医联体), or a branch
# (东院区, 高新分院), which is reported with the hospital
_HOLDER = re.compile(r"^(?:集团|联盟|医联体|医共体|管理|基金会|大学|学院)")
_BRANCH = re.compile(r"^(?:[\u4e00-\u9fff]{0,3}(?:分院|院区)|[东南西北]院)")
_NOT_BRANCH = set("的到赴在与和及对向为把将被了给由从是有专家生派")


@dataclass(frozen=True, slots=True)
class KnownHospital:
    """One hospital of the lexicon: its name, the other names text uses, the division code of its city or county."""

    name: str
    aliases: tuple[str, ...]
    region: str | None


@dataclass(frozen=True, slots=True)
class KnownHospitalMatch:
    """A known hospital named in text; ``branch`` holds the branch written after it (东院区), if any."""

    start: int
    end: int
    surface: str
    hospital: KnownHospital
    branch: str = ""

    @property
    def name(self) -> str:
        return self.hospital.name

    @property
    def region(self) -> str | None:
        return self.hospital.region


# a university's numbered hospital is written in either order (某大学第一附属医院, 某大学附属第一医院), and with or
# without the university's medical school (某大学医学院第一附属医院)
_NUMBERED_ORDER = re.compile(r"第([一二三四五六七八九十])附属医院$|附属第([一二三四五六七八九十])医院$")
_MEDICAL_SCHOOL = re.compile(r"(?<=大学)医学院(?=第[一二三四五六七八九十]附属医院$|附属第[一二三四五六七八九十]医院$)")


def _other_forms(form: str) -> list[str]:
    """The forms text writes a university's numbered hospital in besides this one."""
    m = _NUMBERED_ORDER.search(form)
    if not m:
        return []
    head = form[: m.start()]
    forms = [form, f"{head}附属第{m.group(1)}医院" if m.group(1) else f"{head}第{m.group(2)}附属医院"]
    forms += [_MEDICAL_SCHOOL.sub("", f) for f in forms]
    return [f for f in dict.fromkeys(forms) if f != form]


@cache
def _lexicon() -> tuple[dict[str, KnownHospital], Words]:
    by_form: dict[str, KnownHospital] = {}
    for name, aliases, region in read_table("hospitals.tsv", 3):
        forms = tuple(a for a in aliases.split("|") if a)
        hospital = KnownHospital(name, forms, _owner_region(region, (name, *forms)) if region else None)
        for form in (name, *hospital.aliases):
            by_form[form] = hospital
    # the other forms of a numbered hospital's name, where no hospital of the lexicon is so named
    for form, hospital in list(by_form.items()):
        for other in _other_forms(form):
            by_form.setdefault(other, hospital)
    return by_form, Words(by_form)


def _owner_region(region: str, forms: tuple[str, ...]) -> str:
    """The region a hospital gives aid for: the lexicon's region is the division of its address, and a top-tier
    hospital standing in a city's district is the city's (北京某医院 in 朝阳区 is 北京市's) unless its name names
    that district (某市某区人民医院)."""
    gz = gazetteer()
    place = gz.places.get(region)
    if place is None or place.level is not Label.COUNTY or not urban_district(place.name) or place.parent is None:
        return region
    if any(place.name in form for form in forms):
        return region
    return place.parent


@cache
def _shared_names() -> dict[str, tuple[KnownHospital, ...]]:
    by_form = _lexicon()[0]
    return {
        form: tuple(by_form[n] for n in names.split("|")) for form, names in read_table("hospital_shared_names.tsv", 2)
    }


def shared_name(name: str) -> tuple[KnownHospital, ...]:
    """The hospitals a name a few of them share stands for (协和医院), or () when it is no such name."""
    return _shared_names().get(name, ())


@cache
def _shared_name_words() -> Words:
    return Words(_shared_names())


def find_shared_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the names a few known hospitals share, in ``text``."""
    return sorted(_shared_name_words().find(text))


# the university a hospital's name opens with (某医科大学附属…, 某大学第一医院, 某医学院附属医院)
_UNIVERSITY = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:大学|医学院)")


@cache
def _university_provinces() -> dict[str, str]:
    """The province of each university whose hospitals in the lexicon all stand in one."""
    gz = gazetteer()
    provinces: dict[str, set[str]] = {}
    for hospital in known_hospitals():
        m = _UNIVERSITY.match(hospital.name)
        if m and hospital.region:
            provinces.setdefault(m.group(0), set()).add(gz.lineage(hospital.region)[0].code)
    return {university: next(iter(codes)) for university, codes in provinces.items() if len(codes) == 1}


def university_province(name: str) -> str | None:
    """The province of a hospital the lexicon does not hold (one opened after its data) whose name opens with a
    university all of whose known hospitals stand in one province (某大学附属第九医院: that university's
    province), or None. A university's hospital acts for its province in pairing aid, as a known one does."""
    m = _UNIVERSITY.match(name)
    return _university_provinces().get(m.group(0)) if m else None


def known_hospitals() -> tuple[KnownHospital, ...]:
    """Every hospital of the lexicon, once."""
    return tuple({id(h): h for h in _lexicon()[0].values()}.values())


def known_hospital(name: str) -> KnownHospital | None:
    """The hospital a name or alias means exactly, or None."""
    return _lexicon()[0].get(name.strip())


def find_known_hospitals(text: str) -> list[KnownHospitalMatch]:
    """Known hospitals named in ``text``, longest leftmost first, not overlapping."""
    by_form, forms = _lexicon()
    found = sorted((start, start - end, form) for start, end, form in forms.find(text))
    out: list[KnownHospitalMatch] = []
    covered = 0
    for start, neg_len, form in found:
        end = start - neg_len
        if start < covered:
            continue
        # 2301医院 is not 301医院: a number or a Latin letter just before joins the name
        if start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
            continue
        after = text[end:]
        if _HOLDER.match(after):
            continue
        m = _BRANCH.match(after)
        branch = m.group(0) if m and not _NOT_BRANCH.intersection(m.group(0)) else ""
        out.append(KnownHospitalMatch(start, end, form, by_form[form], branch))
        covered = end
    return out
