"""Within one document: names that stand for another name of the same document.

- shortened names: 县妇幼保健院 -> the county's one named before; 某某医院 -> 某某县人民医院; X医院医疗集团 -> X医院;
- generic names the article completes: 县人民医院 in an article that names one county only;
- aliases the article declares: X医院（以下简称X院）, X医院（X院）;
- back-references: 我院 / 本院 -> the institution the article comes from (its source line), 该院 -> the hospital
  named just before.
A name the article does not complete is left out: better no party than a wrong one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import fields, replace
from functools import cache, lru_cache

from graphaid.documents import LIST_ITEM, Document, Sentence
from graphaid.extract.abroad import countries_named, country_before
from graphaid.extract.known_hospitals import shared_name
from graphaid.extract.mentions import Mention
from graphaid.extract.orgs import (
    CLOSING_CHARACTERS,
    OTHER_NAME_OPENS,
    ends_a_word_before,
    find_orgs,
    hospital_suffix,
    is_generic,
    is_rank_only,
    is_township_centre,
    level_reading,
    level_word,
    lexicon_region,
    named_by_its_town,
    names_written,
    normal_rest,
    places_apart,
    stop_word_before,
)
from graphaid.extract.people import post_verbs, role_words
from graphaid.extract.place_actors import stands_as_place, went_to_learn_at
from graphaid.extract.place_references import (
    account_values,
    is_place_reference,
    own_places,
    owner_values,
    signature_values,
    source_values,
    that_place,
)
from graphaid.extract.sides import (
    CLAUSE_BREAK,
    find_triggers,
    opens_mutually,
    sending_pattern,
    slogan_provinces,
    speaker_after,
    team_nouns,
)
from graphaid.extract.tokens import words_from
from graphaid.lexicon import read_lines, read_table, surnames
from graphaid.model import Label
from graphaid.places import PlaceMatch, gazetteer, is_regiment, township_counties

# X医院（以下简称“X院”） / X医院(简称X院) / X医院（X院）: a short name declared right after the full one; or after
# the other name in brackets that follows it (X医院（Y医院，以下简称“Y院”）)
_DECLARED = re.compile(
    r"^(?:[(（]|[，,](?=以下简称|下称|简称))(以下简称|下称|简称)?[“\"']?([\u4e00-\u9fff]{2,8})[”\"']?[)）]"
)
# another name in brackets: ending a name as written (某医院（某某医院）), or right after one (_BRACKET_AFTER)
_BRACKETED = r"[(（]([\u4e00-\u9fff]{3,14})[)）]"
_BRACKETED_NAME = re.compile(_BRACKETED + "$")
_BRACKET_AFTER = re.compile(_BRACKETED)
_LEVEL_OF = {
    "省": Label.PROVINCE,
    "自治区": Label.PROVINCE,
    "市": Label.CITY,
    "州": Label.CITY,
    "自治州": Label.CITY,
    "地区": Label.CITY,
    "县": Label.COUNTY,
    "区": Label.COUNTY,
    "旗": Label.COUNTY,
    "盟": Label.CITY,
}
_BACK_REFERENCE_WINDOW = 2  # sentences before 该院 in which its hospital may stand
_JOINERS = "和与及同跟或"
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def declared_short_name(text: str, at: int) -> int:
    """The length of a short name declared in brackets at ``text[at:]`` (（下称“某院”）), 0 if there is none."""
    declared = _DECLARED.match(text[at : at + 16])
    return declared.end() if declared else 0


def complete_references(doc: Document, orgs: list[Mention], places_by_sent: list[list[Mention]]) -> list[Mention]:
    """The document's institutions with each shortened, generic or declared name given the identity it stands
    for, and the back-references (我院, 该院) that the article lets us complete."""
    _levels_read_as_counties(doc, orgs, places_by_sent)
    _place_shared_names(orgs, places_by_sent)
    _branches_by_short_name(orgs)
    _unplace_strays(doc, orgs, places_by_sent)
    _choose_shared_names(orgs, places_by_sent)
    _place_by_location(doc, orgs)
    _whole_town_names(doc, orgs)
    _names_without_their_place(orgs)
    _short_forms(orgs)
    _own_names_listed(doc, orgs)
    full = [o for o in orgs if not o.abbreviated and o.places]
    # (asked only where a town's health centre is named without its county)
    unplaced_towns = any(not o.region and is_township_centre(o) for o in orgs)
    home = _home_county(doc, places_by_sent) if unplaced_towns else None
    out = []
    for org in _at_home(doc, orgs):
        if org.label is Label.HOSPITAL:
            _group_head(org)
            if org.abbreviated:
                if not (
                    _same_name_in_full(org, full, places_by_sent, own_places(doc))
                    or _complete_from_places(doc, org, orgs, places_by_sent)
                ):
                    continue
            elif (
                not org.region
                and is_township_centre(org)
                and not _place_township(doc.text, org, orgs, places_by_sent, home)
            ):
                continue
        out.append(org)
    # 某县医院 is the county's 人民医院, 某地一院 its 第一医院 or 第一人民医院, where the article names it (in full
    # or completed above); longer names first, so that 某地一院 meets 第一医院 already made 第一人民医院
    for org in sorted(out, key=lambda o: -len(o.rest)):
        if org.label is not Label.HOSPITAL or not org.places:
            continue
        fulls = _fuller_forms(org.rest)
        own = {f.key: f for f in out if f.region == org.region and f.rest in fulls and f.places}
        if len(own) == 1:
            (ref,) = own.values()
            org.key, org.rest = ref.key, ref.rest
    _branches_as_their_county_s_hospital(out)
    _renamed(doc.text, out)
    out += _declared_aliases(doc, out)
    _place_by_location(doc, out)  # (again: a declared short name may be the one said to lie somewhere)
    out += _names_alone(doc, out)
    out += _short_forms_written(doc, out)
    out += _kinds_alone(doc, out)
    out += _back_references(doc, out, places_by_sent)
    out += _numbered_hospitals_of_the_university(doc, out)
    return sorted(out, key=lambda m: m.start)


# 某县妇幼保健站正式更名为某县妇幼保健院: the name an institution takes (a short clause's words before the verb, no
# list's: 甲、乙更名为丙、丁)
_RENAMED = re.compile(r"[^，,。；;！!？?、]{0,8}?(?:更名为|改名为|改称为?)[“\"「]?")
_LISTED = ("、", "和", "及", "与", "以及")


def _renamed(text: str, orgs: list[Mention]) -> None:
    """An institution renamed (甲…更名为乙) is the one its new name names, wherever the article uses its old one (the
    old name stays as written, one of the institution's names); lists renamed item by item where they are as long
    (原甲、乙也相应更名为丙、丁)."""
    ordered = sorted(orgs, key=lambda o: o.start)
    for i, old in enumerate(ordered):
        verb = _RENAMED.match(text, old.end, old.end + 24)
        if verb is None or any(old.end < o.start < verb.end() for o in ordered):
            continue
        j = next((k for k, o in enumerate(ordered) if o.start == verb.end() and o.label is old.label), None)
        if j is None:
            continue
        olds, news = [old], [ordered[j]]
        while (k := i - len(olds)) >= 0 and text[ordered[k].end : olds[0].start] in _LISTED:
            olds.insert(0, ordered[k])
        while (k := j + len(news)) < len(ordered) and text[news[-1].end : ordered[k].start] in _LISTED:
            news.append(ordered[k])
        if len(olds) != len(news):
            continue
        for was, new in zip([o.key for o in olds], news, strict=True):
            if was == new.key:
                continue
            for other in orgs:
                if other.key == was:
                    _take_identity(other, new)


def _take_identity(org: Mention, of: Mention) -> None:
    """Make ``org`` the institution ``of`` is (its key, region, rest of name and places), as written still."""
    org.key, org.region, org.rest, org.places = of.key, of.region, of.rest, list(of.places)


def _branches_as_their_county_s_hospital(orgs: list[Mention]) -> None:
    """某医院某县分院, 某大学某院某县医院: the branch a hospital runs in a county it names only in the branch's tail is
    the hospital of that county the article names (the one, not a branch itself), under the sign it hangs there
    (托管, 山海协作)."""
    gz = gazetteer()
    moved: dict[str, Mention] = {}

    def a_branch(org: Mention) -> bool:
        if org.affiliation is not None:  # (a known hospital's, by the name it runs under there)
            return org.affiliation.region != org.region
        return org.rest.endswith("分院") and org.region not in org.places

    for org in orgs:
        if (
            org.label is not Label.HOSPITAL
            or org.region is None
            or gz.places[org.region].level is not Label.COUNTY
            or not a_branch(org)
        ):
            continue
        # (of the field the branch's hospital has: 某中医医院某区医院 is no district's hospital of mothers and children)
        field = _fields(org.affiliation.surface if org.affiliation is not None else org.rest)
        own = {
            o.key: o
            for o in orgs
            if o.label is Label.HOSPITAL
            and o.region == org.region
            and o.places
            and not o.rest.endswith("分院")
            and o.affiliation is None
            and (org.affiliation is None or _fields(o.rest) == field)
        }
        if len(own) == 1:
            moved[org.key] = next(iter(own.values()))
    # (and the branch's short name, which shares its key: 某县分院)
    for org in orgs:
        ref = moved.get(org.key)
        if ref is not None:
            org.key, org.rest = ref.key, ref.rest


def _fields(name: str) -> frozenset[str]:
    """The fields a hospital's name gives (中医, 儿童): none for a general hospital."""
    return frozenset(field for field in read_lines("hospital_fields.txt") if field in name)


def _at_home(doc: Document, orgs: list[Mention]) -> list[Mention]:
    """The institutions not named in a country abroad (在某国首都的某某医院开展医疗援助: a hospital there, whatever
    Chinese place its name holds): none whose clause names such a country before it."""
    countries = countries_named(doc.text)
    if not countries:
        return orgs
    return [o for o in orgs if not country_before(doc.sentences[o.sent], o.start, countries)]


def _names_alone(doc: Document, orgs: list[Mention]) -> list[Mention]:
    """某某人民医院 after 某市某区某某人民医院, 南方医院 after 南方医科大学南方医院: a hospital's own name written again
    without its place or its university, which the recogniser (needing a place in front, or a word that shows a
    proper name) does not read alone; where only one hospital the article names has that name."""
    by_name: dict[str, dict[str, Mention]] = {}
    for org in orgs:
        for name in _own_names(org):
            by_name.setdefault(name, {})[org.key] = org
    return [m for name, by in by_name.items() if len(by) == 1 for m in _written_alone(doc, orgs, name, *by.values())]


def _own_names(org: Mention) -> list[str]:
    """The names of its own a hospital's full name holds: after its place (某某人民医院), after its university
    (某某医院)."""
    if org.label is not Label.HOSPITAL or org.abbreviated:
        return []
    names = [org.rest] if org.places and org.rest != org.surface else []
    # (某大学某某医院（某市某医院）: its other name in brackets is no part of the name before them)
    after = _AFTER_A_UNIVERSITY.search(names_written(org.surface)[0])
    names += [after.group(1)] if after else []
    return [name for name in dict.fromkeys(names) if _proper_body(name[: len(name) - len(hospital_suffix(name))])]


# 某大学|某某医院, 某医学院附属|某某医院: the hospital's own name after its university's
_AFTER_A_UNIVERSITY = re.compile(r"(?:大学|医学院)(?:医学院)?(?:附属)?(?!附属)([\u4e00-\u9fff]{2,8}?医院)$")


_ORDINAL = re.compile(r"第?[一二三四五六七八九十\d]+")


def _kinds_alone(doc: Document, orgs: list[Mention]) -> list[Mention]:
    """总医院 in an article naming one 某大学总医院: the kind of hospital a name ends in, written alone as a word
    of its own, for the one hospital of that kind the article names."""
    out = []
    for kind in read_lines("hospital_kinds_alone.txt"):
        of_kind = {
            o.key: o
            for o in orgs
            if o.label is Label.HOSPITAL
            and not o.abbreviated
            and o.surface.endswith(kind)
            and len(o.surface) > len(kind)
        }
        if len(of_kind) == 1:
            out += _written_alone(doc, orgs, kind, *of_kind.values(), whole_word=True)
    return out


def _proper_body(body: str) -> bool:
    """Whether what stands before a name's ending is a name of its own (not 第一, 附属, 人民)."""
    return len(body) >= 2 and not is_generic(body) and not is_rank_only(body) and not _ORDINAL.fullmatch(body)


def _written_alone(
    doc: Document, orgs: list[Mention], name: str, ref: Mention, whole_word: bool = False
) -> list[Mention]:
    """Mentions of ``ref`` wherever the article writes ``name`` outside the names read, starting a word (the whole
    word where ``whole_word``)."""
    out = []
    at = doc.text.find(name)
    while at >= 0:
        end = at + len(name)
        if (
            not any(o.start < end and at < o.end for o in orgs)
            and (sent := _sentence_at(doc, at)) is not None
            and (word := _word_at(doc, sent, at)) is not None
            and (word == name or not whole_word)
        ):
            out.append(replace(ref, surface=name, start=at, end=end, sent=sent, places=list(ref.places)))
        at = doc.text.find(name, end)
    return out


def _word_at(doc: Document, sent: int, at: int) -> str | None:
    """The word the segmenter reads starting at ``at`` in its sentence (None where ``at`` is inside one)."""
    sentence = doc.sentences[sent]
    return words_from(doc.text, sentence.start, sentence.end).get(at)


def _levels_read_as_counties(doc: Document, orgs: list[Mention], places_by_sent: list[list[Mention]]) -> None:
    """用于县人民医院和县妇幼保健院建设, 挂任县人民医院院长: a one-character county read with the character before a
    level word (和县, 任县) is that character and the article's own county's hospital: where the character ends a
    verb of aid or of taking a post (挂任), or where the article writes its hospitals by the level word alone and
    names nothing else in that county's province."""
    readings = {id(o): r for o in orgs if (r := level_reading(o)) is not None}
    if not readings:
        return
    by_level = any(o.abbreviated and o.surface.startswith("县") for o in orgs)
    gz = gazetteer()
    named = {m.region for ms in places_by_sent for m in ms if m.region}
    named |= {o.region for o in orgs if o.region and id(o) not in readings}
    provinces = {gz.lineage(code)[0].code for code in named}
    for org in orgs:
        reading = readings.get(id(org))
        elsewhere = gz.lineage(org.places[0])[0].code not in provinces if reading is not None else False
        # 医疗队全体成员和县人民医院干部: a joiner after a word joins the article's own county's hospital to it
        joined = org.surface[0] in _JOINERS and _HAN_CHAR.match(doc.text, org.start - 1) is not None
        if reading is not None and (ends_a_word_before(doc.text, org) or (by_level or joined) and elsewhere):
            for field in fields(Mention):
                setattr(org, field.name, getattr(reading, field.name))


def _branches_by_short_name(orgs: list[Mention]) -> None:
    """某市医院 in an article about a hospital's branch there (某儿童医院某市医院, 某大学一附院某市医院) is that
    branch: a known hospital's, or the one hospital whose name ends with it."""
    branches = {}
    for org in orgs:
        if org.affiliation is not None and org.label is Label.HOSPITAL:
            short = org.rest.removeprefix(org.affiliation.canonical)
            branches[f"{org.region}|{short}"] = org
    hospitals = [o for o in orgs if o.label is Label.HOSPITAL]
    for org in hospitals:
        branch = branches.get(org.key)
        if branch is None and org.region and org.rest != org.surface:
            # (a longer name: the same name written again is no branch's, 某医院（某某医院，以下简称…）…某某医院)
            ending = {
                o.key: o
                for o in hospitals
                if o.surface.endswith(org.surface) and o.surface != org.surface and o.key != org.key
            }
            branch = next(iter(ending.values())) if len(ending) == 1 else None
            branch = branch if branch is not None and branch.region == org.region else None
        if branch is not None and org.affiliation is None:
            org.key, org.rest, org.affiliation = branch.key, branch.rest, branch.affiliation


def _place_shared_names(orgs: list[Mention], places_by_sent: list[list[Mention]]) -> None:
    """鼓楼区人民医院, whose district several cities have: the one the article names, else the one inside a place
    the article names, if one is."""
    gz = gazetteer()
    named = {m.region for ms in places_by_sent for m in ms if m.region} | {o.region for o in orgs if o.region}
    # (and every place a name writes on the way: 第十师北屯市 names the division as well as its city)
    named |= {c for ms in places_by_sent for m in ms for c in m.places} | {c for o in orgs for c in o.places}
    for org in orgs:
        # (the one the article names itself first: 广州市白云区 named, 白云区人民医院 is there, in an article on
        # a province that has a 白云区 too)
        chosen = [c for c in org.shared if c in named]
        if len(chosen) != 1:
            chosen = [c for c in org.shared if any(p.code in named for p in gz.lineage(c))]
        if len(chosen) == 1:
            (code,) = chosen
            org.places, org.region, org.key = [code], code, f"{code}|{org.rest}"


def _unplace_strays(doc: Document, orgs: list[Mention], places_by_sent: list[list[Mention]]) -> None:
    """某某医院 whose name starts with a county's bare name is not placed there when that county's province is
    nowhere else in the article (a hospital named after a region of its own province, not a county far away); a
    hospital of the lexicon stands where the lexicon says. Nor is one whose name starts with a county of one
    character and its level of such a province, right after a character that ends no word and joins nothing
    (某某随|县人民医院医疗队): that character is a word of its own, and 县人民医院 a back-reference."""
    gz = gazetteer()
    mentions = [*orgs, *(p for ms in places_by_sent for p in ms)]
    leads = {id(m): gz.scan(m.surface)[:1] for m in mentions if m.places}
    named = [
        (id(m), gz.lineage(m.region)[0].code)
        for m in mentions
        if m.region and leads.get(id(m)) and leads[id(m)][0].strong
    ]
    provinces = {code for _, code in named}
    for org in orgs:
        lead = leads.get(id(org))
        if not lead or org.key.startswith("known|"):
            continue
        province = gz.lineage(org.places[0])[0].code
        if not lead[0].strong:
            if province not in provinces:
                org.places, org.region, org.key = [], None, org.surface
        elif (
            org.label is Label.HOSPITAL
            and lead[0].start == 0
            and len(lead[0].surface) == 2
            and not any(code == province for at, code in named if at != id(org))
            and _ends_no_word(doc.text, org.start)
        ):
            org.start, org.surface = org.start + 1, org.surface[1:]
            org.places, org.region, org.key, org.rest, org.abbreviated = [], None, org.surface, org.surface, True


def _ends_no_word(text: str, at: int) -> bool:
    """Whether the character before ``at`` is a Chinese one that neither joins nor points (与, 的) nor ends a word
    that never stands inside a name (帮扶, 支援, 到)."""
    before = text[max(0, at - 1) : at]
    return "\u4e00" <= before <= "\u9fff" and before not in CLOSING_CHARACTERS and not stop_word_before(text, at)


_NUMBERED_SHORT = re.compile(r"第?([一二三四五六七八九十])医?院")
# 位于某州某县的某医院: where the text says an institution lies, right before its name
_LOCATION_WORDS = "|".join(read_lines("location_words.txt"))
_LOCATED_IN = re.compile(rf"(?:{_LOCATION_WORDS})([\u4e00-\u9fff]{{2,16}}?)的$")


def _place_by_location(doc: Document, orgs: list[Mention]) -> None:
    """An institution the text says lies in a place finer than the one its name gives (位于某州某县的某州第三人民医院),
    or whose name gives none (驻某市的第九某〇医院), lies there, in every mention of it in the article."""
    gz = gazetteer()
    finer: dict[str, str] = {}
    for org in orgs:
        if not org.region and not org.key.startswith("known|"):
            stationed = _stationed_at(doc, org)
            if stationed:
                finer.setdefault(org.key, stationed)
            continue
        if org.key != f"{org.region}|{org.rest}":
            continue  # known hospitals keep the region of the lexicon
        located = _LOCATED_IN.search(doc.text, max(0, org.start - 24), org.start)
        if not located:
            continue
        context, place = set(org.places), None
        for match in gz.scan(located.group(1)):
            code = gz.resolve(match, context)
            if code is not None:
                context.add(code)
                place = code
        if place is not None and place != org.region and gz.is_within(place, org.region):
            finer[org.key] = place
    for org in orgs:
        if org.key in finer and not org.region:
            org.region = finer[org.key]  # its name stays its identity: the text only says where it is
        elif org.key in finer:
            org.region = finer[org.key]
            org.key = f"{org.region}|{org.rest}"


def _stationed_at(doc: Document, org: Mention) -> str | None:
    """驻某市的某部队第九某〇医院, 第九某〇医院地处某市: where a hospital whose name holds no place is, as the text says
    it is stationed or lies."""
    located = _STATIONED_AT.search(doc.text, max(0, org.start - 32), org.start)
    after = _LIES_IN.match(doc.text, org.end) if located is None else None
    if not (located or after):
        return None
    where = (located or after).group(1)
    matches = gazetteer().scan(where)
    # (after the name, the place must end the clause: 地处某市, not 位于某某山区中心, a region's name)
    if after is not None and not (matches and matches[-1].end == len(where)):
        return None
    codes = [c for c in (gazetteer().resolve(m, set()) for m in matches) if c]
    return codes[-1] if codes else None


# what a text says of where an institution lies or is stationed, and the words of its name before this one (驻某市的
# 联勤保障部队|第九某〇医院)
_STATIONED_AT = re.compile(rf"(?:{_LOCATION_WORDS}|驻)([\u4e00-\u9fff]{{2,16}}?)的[\u4e00-\u9fff]{{0,8}}$")
# (or what follows its name: 某医院地处某市，…)
_LIES_IN = re.compile(rf"(?:{_LOCATION_WORDS})([\u4e00-\u9fff]{{2,12}}?)(?=[，,。；;、]|$)")


def _fuller_forms(rest: str) -> tuple[str, ...]:
    """The fuller names a hospital named ``rest`` after its place may also go by (医院 -> 人民医院, 一院 -> 第一医院
    or 第一人民医院, 第一医院 -> 第一人民医院, 某镇卫生院 -> 某镇中心卫生院: a town has one health centre)."""
    numbered = _NUMBERED_SHORT.fullmatch(rest)
    if numbered:
        n = numbered.group(1)
        return (f"第{n}人民医院",) if rest.startswith("第") else (f"第{n}医院", f"第{n}人民医院")
    town = _TOWN_CENTRE.fullmatch(rest)
    if town:
        return (f"{town.group(1)}中心卫生院",)
    # (某某分院, a county group's branch named by its town: that town's health centre, which the group took in)
    if rest.endswith("分院") and named_by_its_town(rest):
        town = rest.removesuffix("分院")
        return tuple(f"{town}{level}{centre}" for level in "镇乡" for centre in ("卫生院", "中心卫生院"))
    return _other_forms().get(rest, ())


_TOWN_CENTRE = re.compile(r"(.{2,}[镇乡])卫生院")


def _town(name: str) -> str:
    """The town a township health centre's name (without its county) names: 某镇 of 某镇(中心)卫生院."""
    return name[: len(name) - len(hospital_suffix(name))].removesuffix("中心")


@cache
def _other_forms() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for rest, fuller in read_table("hospital_other_forms.tsv", 2):
        out[rest] = (*out.get(rest, ()), fuller)
    return out


def _choose_shared_names(orgs: list[Mention], places_by_sent: list[list[Mention]]) -> None:
    """协和医院, which several known hospitals are called: the one in a province the article names, if only one is."""
    gz = gazetteer()
    regions = [m.region for ms in places_by_sent for m in ms if m.region] + [o.region for o in orgs if o.region]
    provinces = {gz.lineage(code)[0].code for code in regions}
    for org in orgs:
        if org.label is not Label.HOSPITAL or org.region:
            continue
        chosen = [h for h in shared_name(org.surface) if h.region and gz.lineage(h.region)[0].code in provinces]
        if len(chosen) == 1:
            hospital = chosen[0]
            org.key, org.canonical = f"known|{hospital.name}", hospital.name
            org.region = lexicon_region(hospital.region)


def _group_head(org: Mention) -> None:
    for tail in read_lines("group_tails.txt"):
        head = org.rest[: -len(tail)] if org.rest.endswith(tail) else ""
        if head and head.endswith(("医院", "保健院", "卫生院")):
            org.key = f"{org.region}|{head}"
            org.rest = head


def _same_name_in_full(
    org: Mention, full: list[Mention], places_by_sent: list[list[Mention]], owner: list[str]
) -> bool:
    """县妇幼保健院 after 某某县妇幼保健院: the nearest full name before it, else the first one after it; of the
    place its own sentence names before it, where it names one of that level (甲县由某市帮扶，医生驻守在县人民医院);
    of the place whose site the page is, where one of them lies there (来源：甲县人民政府网, 乙县人民医院 named too)."""
    level = level_word(org.surface)
    rest = normal_rest(org.surface[len(level) :])
    if not level:
        return False
    gz = gazetteer()
    same = [f for f in full if f.rest == rest and gz.places[f.places[-1]].name.endswith(level)]
    # (市医院, 市一医院: the fuller name the article gives a city's hospital, 某市人民医院, 某市第一医院; in an
    # article on a county-level city, that city's, which no prefecture's hospital the level would stand for is)
    if not same and level == "市":
        fulls = _fuller_forms(rest)
        same = [f for f in full if f.rest in fulls and gz.places[f.places[-1]].name.endswith(level)]
    named = _named_before_of_level(org, places_by_sent, level)
    if len(set(named)) == 1:
        same = [f for f in same if f.places[-1] in named]
    elif named:
        # (甲县与乙县结对帮扶以来，…帮助县人民医院…: of several, the one its sentence names last before it)
        same = [f for f in same if f.places[-1] == named[-1]] or same
    own = [f for f in same if any(gz.is_within(f.places[-1], code) for code in owner)]
    if own and len({f.places[-1] for f in same}) > 1:
        same = own
    earlier = [f for f in same if f.start < org.start]
    ref = earlier[-1] if earlier else (same[0] if same else None)
    if ref is None:
        return False
    org.key, org.region, org.places, org.rest = ref.key, ref.region, ref.places, ref.rest
    org.abbreviated = False
    return True


def _complete_from_places(
    doc: Document, org: Mention, orgs: list[Mention], places_by_sent: list[list[Mention]]
) -> bool:
    """县人民医院 in an article about one county is that county's; 市人民医院 in an article whose counties all lie
    in one prefecture is that prefecture's. Two candidates: no answer."""
    level_char = level_word(org.surface)
    rest = normal_rest(org.surface[len(level_char) :])
    level = _LEVEL_OF.get(level_char)
    if level is None or is_rank_only(rest[: -len(hospital_suffix(rest))] or rest):
        return False
    gz = gazetteer()
    # 该县人民医院: the county named last before it
    if doc.text[org.start - 1 : org.start] == _THAT:
        named = [m for ms in places_by_sent for m in ms] + [o for o in orgs if o.places and not o.abbreviated]
        code = that_place([named], org.start - 1, level_char)
        return code is not None and _place_it(org, code, rest, level_char)

    def of_level(codes: list[str]) -> set[str]:
        return {p.code for c in codes for p in gz.lineage(c) if p.level is level and p.name.endswith(level_char)}

    # a local site's 市第一医院 is its own city's, whatever other provinces the article names
    owner = own_places(doc)
    candidates = of_level(owner)
    if len(candidates) != 1:
        named = [c for ms in places_by_sent for m in ms for c in m.places]
        # (a known hospital named without its place stands in the lexicon's)
        named += [c for o in orgs for c in (o.places or ([o.region] if o.region else []))]
        # 市人民医院 in an article naming two provinces may be in either of them; 省人民医院 is only in one whose name
        # ends in 省 (not 西藏自治区's, not a municipality's), which of_level asks
        # (地区医院 is only in one of them where only one has a 地区)
        provinces = {gz.lineage(c)[0].code for c in named} & _provinces_having(level_char)
        if level is Label.CITY and len(provinces) > 1:
            return False
        # (a bare name may lie in a province an aid slogan names: 在镇安 in an article of 苏陕协作)
        context = frozenset(named + slogan_provinces(doc.text))
        candidates = of_level(named + _bare_names_in_context(doc, context) + owner)
    if len(candidates) > 1:
        # 甲县由某市帮扶，医生驻守在县人民医院: in an article of several, the one its own sentence names before it
        here = set(_named_before_of_level(org, places_by_sent, level_char))
        candidates = here if len(here) == 1 else candidates
    if len(candidates) > 1:
        # (or the one the sentences just before name, in places or institutions: 甲县 in the paragraph, 乙县 in one
        # on another field)
        near = range(max(0, org.sent - _BACK_REFERENCE_WINDOW), org.sent + 1)
        codes = [c for i in near for m in places_by_sent[i] if m.end <= org.start for c in (m.places or [m.region])]
        codes += [c for o in orgs if o.sent in near and o.end <= org.start for c in o.places]
        before = of_level([c for c in codes if c]) & candidates
        candidates = before if len(before) == 1 else candidates
    if len(candidates) != 1:
        return False
    (code,) = candidates
    return _place_it(org, code, rest, level_char)


_THAT = "该"


@cache
def _provinces_having(level_char: str) -> frozenset[str]:
    """The provinces with a division of the level a level word (市, 地区, 自治州) names and named with it."""
    level = _LEVEL_OF[level_char]
    return frozenset(
        p.province for p in gazetteer().places.values() if p.level is level and p.name.endswith(level_char)
    )


def _named_before_of_level(org: Mention, places_by_sent: list[list[Mention]], level_char: str) -> list[str]:
    """The places of the level ``level_char`` names (县, 市) that the sentence of ``org`` names before it, in the
    order it names them."""
    gz = gazetteer()
    level = _LEVEL_OF.get(level_char)
    codes = [c for m in places_by_sent[org.sent] if m.end <= org.start for c in (m.places or [m.region]) if c]
    return [p.code for c in codes for p in gz.lineage(c) if p.level is level and p.name.endswith(level_char)]


def _place_it(org: Mention, code: str, rest: str, level_char: str) -> bool:
    """A generic name (县人民医院) completed with the place it stands in, as written (县中医院 is 某县中医院,
    though its key has the ending in full)."""
    org.region, org.places, org.rest = code, [code], rest
    org.key = f"{code}|{rest}"
    org.surface = gazetteer().places[code].name + org.surface[len(level_char) :]
    org.abbreviated = False
    return True


def _names_without_their_place(orgs: list[Mention]) -> None:
    """某某中医医院 after 某区某某中医医院: a proper name written again without its place is the institution the
    article names with it (where one is)."""
    placed: dict[str, dict[str, Mention]] = {}
    for org in orgs:
        if org.places and org.rest:
            placed.setdefault(org.rest, {})[org.key] = org
    for org in orgs:
        same = placed.get(org.surface, {}) if not org.region and not org.key.startswith("known|") else {}
        if len(same) == 1:
            (ref,) = same.values()
            org.key, org.region, org.places, org.rest = ref.key, ref.region, ref.places, ref.rest


def _short_forms(orgs: list[Mention]) -> None:
    """某大一附院 after 某大学第一附属医院: an unplaced name made of some of the characters of one placed
    hospital's name the article writes in full, in their order, is that hospital's short form (where only one such
    hospital is named)."""
    placed = [o for o in orgs if o.label is Label.HOSPITAL and o.region]
    gz = gazetteer()
    for org in orgs:
        # (a place inside the short form places it no more than the full name does: 某地医大二院)
        # (a short form the lexicon of hospitals knows is the hospital the article names in full, where that starts
        # as it does: 青大附院 after 青岛大学附属医院, whatever other hospital goes by it elsewhere)
        known = org.key.startswith("known|")
        if org.label is Label.HOSPITAL and org.places and not org.abbreviated:
            # 同仁医院 after 某大学附属北京同仁医院: the end of one placed hospital's name written in full is that
            # hospital, whatever place its first word may name elsewhere
            ends = {
                o.key: o for o in placed if len(o.surface) > len(org.surface) + 1 and o.surface.endswith(org.surface)
            }
            if len(ends) == 1 and org.key not in ends:
                _take_the_name_of(org, *ends.values())
            continue
        if org.label is not Label.HOSPITAL or org.places or org.abbreviated or len(org.surface) < _SHORT_FORM_LENGTH:
            continue
        fuller = {
            o.key: o
            for o in placed
            if len(o.surface) > len(org.surface) + 1
            and _picks(org.surface, o.surface)
            and (
                not known
                or o.key != org.key
                and o.surface[0] == org.surface[0]
                and len(org.surface) <= _SHORTER * len(o.surface)
            )
            # (where the short form holds a place, only one much shorter: 某地医大二院, not 某地某大学附属医院 of a
            # namesake 某地某大学附属第二医院)
            and (
                known
                or org.region is None
                or len(org.surface) <= _SHORTER * len(o.surface)
                and (gz.is_within(org.region, o.region) or gz.is_within(o.region, org.region))
            )
        }
        if len(fuller) == 1:
            _take_the_name_of(org, *fuller.values())


def _take_the_name_of(org: Mention, ref: Mention) -> None:
    org.key, org.region, org.places, org.rest, org.canonical = (
        ref.key,
        ref.region,
        list(ref.places),
        ref.rest,
        ref.canonical,
    )


_SHORT_FORM_LENGTH = 4
_SHORTER = 0.6


def _short_forms_written(doc: Document, orgs: list[Mention]) -> list[Mention]:
    """某矿总院 after 某州矿务集团总医院: a word ending in 院 made of some of the characters of a placed hospital's
    name in their order, the first of them first, which the recogniser (needing a place or a word that shows a
    proper name in front) does not read; where only one hospital the article names has it so."""
    names = {
        name: org
        for org in orgs
        if org.label is Label.HOSPITAL and org.region and not org.abbreviated
        for name in names_written(org.surface)
        if name
    }
    if not names:
        return []
    text = doc.text
    taken = [(o.start, o.end) for o in orgs]
    by_short: dict[str, dict[str, Mention]] = {}
    # (from each 院 no name read holds, back to where a name's first character may open its short form)
    at = text.find("院")
    while at >= 0:
        if text[at - 1 : at] not in _NOT_BEFORE_A_SHORT_ENDING and not any(a <= at < b for a, b in taken):
            for length in range(_SHORT_FORM_LENGTH, _SHORT_FORM_LONGEST + 1):
                short = text[at + 1 - length : at + 1]
                if len(short) < length or "院" in short[:-1] or not _HAN_RUN.fullmatch(short):
                    break
                for name, org in names.items():
                    if name[0] == short[0] and len(short) < len(name) - 1 and _picks(short, name):
                        by_short.setdefault(short, {})[org.key] = org
        at = text.find("院", at + 1)
    return [m for short, by in by_short.items() if len(by) == 1 for m in _written_alone(doc, orgs, short, *by.values())]


# a short form's length: its first character, two to four more, and 院 (某矿总院, 某医附二院)
_SHORT_FORM_LONGEST = 6
# (not a college's 学院 or an institute's 研究院: 某地医学院 is no short form of 某地某大学医学院附属医院)
_NOT_BEFORE_A_SHORT_ENDING = ("学", "究")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _picks(short: str, name: str) -> bool:
    """Whether ``short`` is made of characters of ``name`` in their order."""
    chars = iter(name)
    return all(ch in chars for ch in short)


def _whole_town_names(doc: Document, orgs: list[Mention]) -> None:
    """沙|柳河镇卫生院: a health centre read from inside a town's name (a county's bare name in it) is the centre of
    the town the article names whole elsewhere (某县沙柳河镇卫生院)."""
    towns = {_town(o.rest) for o in orgs if o.places and is_township_centre(o)}
    for org in orgs:
        if org.label is not Label.HOSPITAL:
            continue
        part = _town(org.surface)
        for town in towns:
            lead = town[: len(town) - len(part)]
            if lead and town.endswith(part) and doc.text[org.start - len(lead) : org.start] == lead:
                org.start -= len(lead)
                org.surface = org.rest = lead + org.surface
                org.places, org.region, org.key = [], None, org.surface
                break


def _home_county(doc: Document, places_by_sent: list[list[Mention]]) -> str | None:
    """The county an article speaks as (我县), else the one its page names as its own (its source, its signature:
    place_references.own_places), if one."""
    gz = gazetteer()
    spoken = {
        m.region
        for ms in places_by_sent
        for m in ms
        if m.region and is_place_reference(m) and m.surface[0] in "我本" and gz.places[m.region].level is Label.COUNTY
    }
    if spoken:
        return spoken.pop() if len(spoken) == 1 else None
    counties = {p.code for code in own_places(doc) for p in gz.lineage(code) if p.level is Label.COUNTY}
    return counties.pop() if len(counties) == 1 else None


def _place_township(
    text: str, org: Mention, orgs: list[Mention], places_by_sent: list[list[Mention]], home: str | None
) -> bool:
    """某镇卫生院 lies where the article names its town's centre with a county (某县某镇卫生院), else in the county
    the article speaks as (``home``: 我县, or the place its page names as its own), else in the county named last
    before it of those the article names more than once (else of all), else in the article's one county: a county
    named once on the way (来自某区某街道社区卫生服务中心的医生，在某镇卫生院工作) is where someone came from, not where
    the town lies."""
    gz = gazetteer()
    named = {o.region for o in orgs if o.region and is_township_centre(o) and _town(o.rest) == _town(org.surface)}
    counties = [
        (m.start, m.region, m)
        for m in [*orgs, *(p for ms in places_by_sent for p in ms)]
        if m.region and gz.places[m.region].level is Label.COUNTY
    ]
    # (the table gives a town the county it lies in, or the city without counties that has it: 东莞, 中山)
    regions = {m.region for m in [*orgs, *(p for ms in places_by_sent for p in ms)] if m.region}
    holding = township_counties(_town(org.surface)) & regions
    # (甲市某医院护师某某则下沉到某镇卫生院: a hospital whose staff member the text names right after it is where
    # someone comes from; where the article names counties of another province, the town lies among those)
    staff = {id(m) for _, _, m in counties if m.label is Label.HOSPITAL and _staff_named_after(text, m)}
    if staff:
        province = {id(m): gz.lineage(code)[0].code for _, code, m in counties}
        others = {province[id(m)] for _, _, m in counties if id(m) not in staff}
        counties = [c for c in counties if id(c[2]) not in staff or others <= {province[id(c[2])]}]
    # (甲区某社区卫生服务中心与某镇卫生院结对: an institution paired with the town's centre lies in another county)
    paired = {
        o.region
        for o in orgs
        if o.region and (text[o.end : org.start] in _PAIRING_JOINS or text[org.end : o.start] in _PAIRING_JOINS)
    }
    # (but where the article names no other county, the town lies in that one: 某县人民医院与某镇卫生院结对)
    counties = [(at, code) for at, code, _ in counties if code not in paired] or [
        (at, code) for at, code, _ in counties
    ]
    before = [code for at, code in sorted(counties) if at < org.start]
    if len(named) == 1:
        (code,) = named
    elif len(holding) == 1:  # (the one county of the article's that has a town of this name)
        (code,) = holding
    elif home is not None:  # (an article that speaks as its county names its own towns without it)
        code = home
    else:
        times = Counter(c for _, c in counties)
        only = counties[0][1] if len(times) == 1 else None
        named_again = [code for code in before if times[code] > 1]
        code = (named_again or before)[-1] if before else only
    if code is None:
        return False
    org.region, org.places = code, [code]
    # (某分院（某镇卫生院）: the other name in brackets is none of its key)
    org.rest = names_written(org.surface)[0]
    org.key = f"{code}|{org.rest}"
    org.surface = gz.places[code].name + org.surface
    return True


_PAIRING_JOINS = ("与", "和", "同")


def _staff_named_after(text: str, org: Mention) -> bool:
    """某县某医院主管护师某某则下沉到…: a hospital whose staff member the text names right after it, not where it
    posts the person (担任某县人民医院科主任), is where someone comes from, not where a town lies."""
    if text[max(0, org.start - 3) : org.start].endswith(_posting_before()):
        return False
    return _STAFF_AFTER.match(text, org.end) is not None


_STAFF_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:医师|护师|技师|药师|医生|护士|护士长)")


@cache
def _posting_before() -> tuple[str, ...]:
    """Words right before a hospital that post a person there (派驻, 担任, 任)."""
    return (*read_lines("posting_words.txt"), *post_verbs(), "任")


@lru_cache(maxsize=4)  # asked once for each generic name of the same article
def _bare_names(text: str) -> tuple[PlaceMatch, ...]:
    return tuple(m for m in gazetteer().scan(text) if not m.strong and stands_as_place(text, m))


def _bare_names_in_context(doc: Document, context: frozenset[str]) -> list[str]:
    """Places written by their bare name (a title or a paper's name: 《今日某某》) inside a region the article
    names in full."""
    gz = gazetteer()
    out = []
    for match in _bare_names(doc.text[: doc.sentences[-1].end if doc.sentences else 0]):
        code = gz.resolve(match, context)
        if code and any(p.code in context for p in gz.lineage(code)[:-1]):
            out.append(code)
    # a local outlet's name (《今日某某》, 某某网) holds its place's bare name even where two places share it
    stems = _shared_stems()
    # and so does a place a team goes to or works in (赴云龙, 在云龙), where one of the places sharing it lies there
    for m in (*_outlet_pattern().finditer(doc.text), *_gone_to_pattern().finditer(doc.text)):
        within = [c for c in stems.get(m.group(1), ()) if any(p.code in context for p in gz.lineage(c)[:-1])]
        out += within[:1] if len(within) == 1 else []
    return out


@cache
def _shared_stems() -> dict[str, tuple[str, ...]]:
    """Bare names (云龙) of the counties and prefectures that share them, so the table does not read them alone."""
    gz = gazetteer()
    taken = {kw for place in gz.places.values() for kw in place.keywords}
    stems: dict[str, list[str]] = {}
    for place in gz.places.values():
        stem = place.name[:-1]
        # (a regiment's name without 团 is a number: 在三十多家医院)
        if place.level is not Label.PROVINCE and len(stem) >= 2 and stem not in taken and not is_regiment(place.code):
            stems.setdefault(stem, []).append(place.code)
    return {stem: tuple(codes) for stem, codes in stems.items()}


@cache
def _gone_to_pattern() -> re.Pattern:
    names = _shared_stem_alternation()
    return re.compile(rf"(?:赴|到|在|驻|来)({names})(?![\u4e00-\u9fff]{{0,1}}(?:县|区|市|镇|乡|村|路|街))")


@cache
def _outlet_pattern() -> re.Pattern:
    return re.compile(rf"(?:《今日|《|中国)({_shared_stem_alternation()})(?:》|网|日报|新闻|融媒)")


def _shared_stem_alternation() -> str:
    """The bare names several places share, longest first, as one alternation."""
    return "|".join(map(re.escape, sorted(_shared_stems(), key=len, reverse=True)))


def _declared_aliases(doc: Document, orgs: list[Mention]) -> list[Mention]:
    """Every use of another name the article declares for an institution: a short name after it
    (（以下简称…）) or its other name in brackets (某医科大学附属人民医院（某某肿瘤医院）)."""
    text = doc.text
    out: list[Mention] = []
    taken = [(o.start, o.end) for o in orgs]
    for org in orgs:
        declared = _DECLARED.match(text[org.end : org.end + 16])
        # (after a comma only where the name is another's in brackets: 某医院（某某医院，以下简称…）)
        if declared and declared.group(0)[0] in "，," and not text.endswith(OTHER_NAME_OPENS, 0, org.start):
            declared = None
        bracketed = _BRACKETED_NAME.search(org.surface) or _bracketed_org_after(text, org, orgs)
        # (某县医院加挂“某医院某县分院”牌子: the name of the hospital that runs it, hung beside its own;
        # 某医院某县分院在某县医院揭牌: the branch unveiled at it)
        hung = (
            None
            if declared or bracketed
            else _HUNG_SIGN.match(text, org.end, org.end + 48) or _unveiled_here(text, org, orgs)
        )
        alias = declared.group(2) if declared else bracketed.group(1) if bracketed else hung.group(1) if hung else ""
        # a short name the text declares as one (以下简称“某医”) may end in anything; a name in brackets is one
        # only when it ends as a hospital's does
        said = bool(declared and declared.group(1)) or hung is not None
        if not (alias.endswith("院") or said) or alias == org.surface:
            continue
        # (甲县人民医院（乙市第一医院）: a hospital of a place apart is another institution; the place of a
        # university's hospital is the one in its own name, 某市立医院（甲地医科大学附属某市医院）)
        own_name = _AFTER_A_UNIVERSITY.search(alias)
        if not said and places_apart(org.surface, own_name.group(1) if own_name else alias):
            continue
        province = _province_name(alias, org.region)
        if province:  # 某医科大学第一附属医院（某省人民医院）: the province's hospital, where its university stands
            org.region = province
        declared_at = org.end + declared.end() if declared else hung.end() if hung else org.end
        # (and the branch's own name after the runner's, which the article then uses alone: 某县分院)
        names = {alias} | ({_after_another(alias, org, orgs)} - {""} if hung else set())
        if declared and declared.group(0)[0] in "，,":
            names.add(org.surface)  # the other name, written again later, is the same institution
        for other in orgs:
            # found by its own ending: the same institution, written as the article declares it (as the uses found
            # below are), or with the place it stands in before (某地 and the short name: 西安交大一附院)
            if other is not org and (other.surface in names or _own_place_and(other.surface, alias, org)):
                other.surface = org.surface
                _take_identity(other, org)
        uses = [(name, org) for name in sorted(names, key=len, reverse=True)]
        parent = org.affiliation
        own = org.surface.removeprefix(parent.surface) if parent and org.surface.startswith(parent.surface) else ""
        if own and alias.endswith(own) and len(alias) - len(own) >= 3 and alias[: -len(own)].endswith("院"):
            # 某大学附属儿童医院某地医院（以下简称“某医儿院某地医院”）: the short name of the branch starts with the
            # short name of the hospital it belongs to, which the article then uses on its own (某医儿院派驻…)
            uses.append((alias[: -len(own)], parent))
        for name, owner in uses:
            for found in re.finditer(re.escape(name), text):
                at = found.start()
                if at <= declared_at or any(a <= at < b for a, b in taken):
                    continue
                sent = _sentence_at(doc, at)
                if sent is not None:
                    out.append(replace(owner, start=at, end=at + len(name), sent=sent, places=list(owner.places)))
                    taken.append((at, at + len(name)))
    return out


def _bracketed_org_after(text: str, org: Mention, orgs: list[Mention]) -> re.Match | None:
    """某市立医院（某医科大学附属某市医院）: another institution's name in brackets right after the name, read as one of
    its own (its first group)."""
    found = _BRACKET_AFTER.match(text, org.end)
    if found is None:
        return None
    return found if any(o.start == found.start(1) and o.end == found.end(1) for o in orgs) else None


# (or 挂牌“某医院某县分院”, 挂牌为“…”: the sign the hospital hangs, the article's word for it)
_HUNG_SIGN = re.compile(
    r"[^。；;！!？?]{0,16}?(?:加挂|挂牌为?)[“\"「]([\u4e00-\u9fff]{4,24}?[院心])[”\"」](?:的?牌子)?"
)


_UNVEILED = re.compile(r"(?:正式|同时)?(?:揭牌|挂牌)")


def _unveiled_here(text: str, org: Mention, orgs: list[Mention]) -> re.Match | None:
    """某医院某县分院在|某县医院|正式揭牌, “某医院某县分院”揭牌仪式在某省某县医院门诊楼前举行: the branch (a name ending
    分院) unveiled at ``org``, as a match whose first group is the branch's name and which ends after the unveiling
    (or after ``org``, where the unveiling is said first)."""
    branches = [o for o in orgs if o.surface.endswith("分院") and o.end <= org.start and org.start - o.end <= 32]
    for branch in reversed(branches):
        name, there = re.escape(branch.surface), re.escape(org.surface)
        unveiled = _UNVEILED.pattern
        found = re.compile(
            rf"({name})(?:在{there}{unveiled}|[”\"]?{unveiled}仪式?在[^，,。；;]{{0,20}}?{there})"
        ).match(text, branch.start)
        if found:
            return found
    return None


def _after_another(alias: str, org: Mention, orgs: list[Mention]) -> str:
    """What a name hung beside ``org``'s holds after another institution's name it opens with (某医院|某县分院),
    three characters or more and ending as a hospital's does, else ''."""
    runner = max(
        (o.surface for o in orgs if o.key != org.key and alias.startswith(o.surface) and o.surface != alias),
        key=len,
        default="",
    )
    own = alias[len(runner) :] if runner else ""
    return own if len(own) >= 3 and own.endswith("院") else ""


def _province_name(alias: str, region: str | None) -> str | None:
    """The province ``alias`` names its institution by (某省人民医院), where that holds ``region`` but names no
    place of it after (某省某市医院 is the city's), else None."""
    gz = gazetteer()
    found = gz.scan(alias)
    if not region or not found or found[0].start != 0 or (len(found) > 1 and found[1].start == found[0].end):
        return None
    code = gz.resolve(found[0], set())
    place = gz.places.get(code) if code else None
    if place is None or place.level is not Label.PROVINCE or code == region or not gz.is_within(region, code):
        return None
    # (某省人民医院某县医院: the county's hospital the province's runs, named by the county further on)
    if any((inner := gz.resolve(later, {code})) and gz.is_within(region, inner) for later in found[1:]):
        return None
    return code


def _own_place_and(surface: str, alias: str, org: Mention) -> bool:
    """Whether ``surface`` is ``alias`` with a place name before it that holds ``org``'s region."""
    prefix = surface.removesuffix(alias)
    if not org.region or prefix == surface or not prefix:
        return False
    gz = gazetteer()
    return any(gz.is_within(org.region, place.code) for place in gz.lookup(prefix))


def _back_references(doc: Document, orgs: list[Mention], places_by_sent: list[list[Mention]]) -> list[Mention]:
    """我院 / 本院, and 医院 alone opening a clause: the hospital the article is about; 贵院: the one a letter is
    addressed to; 该院: the hospital named last before it, other than those its own sentence names after it or
    whose place it names after it."""
    hospitals = [o for o in orgs if o.label is Label.HOSPITAL]
    own = subject_hospital(doc, hospitals)
    own_words = read_lines("own_institution_words.txt")
    addressee, addressee_words = _addressee(doc, hospitals), read_lines("addressee_words.txt")
    gz = gazetteer()
    pattern = _back_reference_pattern()
    calls_itself = any(word in doc.text for word in own_words)
    taken = [(o.start, o.end) for o in orgs]
    starts = {o.start for o in orgs}
    out = []
    for i, s in enumerate(doc.sentences):
        for m in pattern.finditer(s.text):
            at = s.start + m.start()
            if any(a <= at < b for a, b in taken):
                continue
            # 医院与某医院…合作: 与 joins the article's hospital to one named right after, not to others (医院与学校)
            if m.group(0) == "医院" and s.text.startswith("与", m.end()) and s.start + m.end() + 1 not in starts:
                continue
            if m.group(0) in own_words or m.group(0) == "医院":
                # 某医院院长某某说，本院医生…: in someone's words, their own hospital
                ref = _speakers_hospital(s, i, hospitals, at) or own
                # 我院医生某某…。甲团医院地处…。在某地支持下，医院投入…: an article that calls its own hospital 我院
                # means by 医院 alone the one it has just been telling of, another that opened a sentence as its
                # topic (not as a person's hospital: 甲医院呼吸科专家某某…), where it has not called itself 我院 since
                if m.group(0) == "医院" and own is not None and calls_itself:
                    last = max((h for h in hospitals if h.end <= at), key=lambda h: h.end, default=None)
                    if (
                        last is not None
                        and last.key != own.key
                        and _topic_of_its_sentence(doc, last)
                        and not any(word in doc.text[last.end : at] for word in own_words)
                    ):
                        ref = last
            elif m.group(0) in addressee_words:
                ref = addressee
            else:
                # 该院派出专家到某医院: a hospital the same sentence names after it is another one; 某医院派出专家到
                # 该院: so is one its clause names before where people go to 该院 (not 某院由某医院支援，某医院医师
                # 某某在该院驻点: the one a clause before names is where they are)
                gone_to = _gone_to(s.text, m.start())
                clause = max((s.text.rfind(c, 0, m.start()) for c in "，,；;"), default=-1) + s.start
                here = [h for h in hospitals if h.sent == i]
                # (but not one it names before it too: 甲院帮扶乙院…，帮助该院建成…，乙院通过评审)
                later = {h.key for h in here if h.start > at} - {h.key for h in here if h.end <= at}
                later |= {h.key for h in here if gone_to and clause < h.start <= at}
                # 某医院按照某安排，派出专家王某驻点，帮助该院…: nor one that opens a clause and sends people before it,
                # which sends them to 该院 (unless 该院 opens a person's title: 该院普外科医师某某, its own people)
                senders = (
                    set()
                    if _titles_a_person(s.text, m.end())
                    else {
                        h.key
                        for h in hospitals
                        if h.sent == i
                        and h.end <= at
                        and _opens_clause(s, h)
                        and sending_pattern().search(doc.text, h.end, at) is not None
                    }
                )
                later |= senders
                # 首批派驻甲卫生院的是该院某科医师某某: nor one a word of posting takes before it, where the people of
                # 该院 its title opens are posted (not 该院 a post is taken at: 挂职该院护理部主任)
                posting = read_lines("posting_words.txt")
                # (in its clause: 某某在甲医院查房，该院医生乙陪同 names 甲's own people)
                if _titles_a_person(s.text, m.end()) and not s.text[: m.start()].endswith((*posting, *post_verbs())):
                    later |= {
                        h.key
                        for h in here
                        if h.end <= at
                        and s.text[: h.start - s.start].endswith(posting)
                        and not CLAUSE_BREAK.search(doc.text, h.end, at)
                    }
                # 该院医师某某来到某县: nor one of the place its sentence names after it, where its people go
                places_after = [p.region for p in places_by_sent[i] if p.start > at and p.region]
                before = [
                    h
                    for h in hospitals
                    if h.end <= at
                    and h.sent >= i - _BACK_REFERENCE_WINDOW
                    and h.key not in later
                    and not (h.region and any(gz.is_within(h.region, r) for r in places_after))
                    # (患者需到某医院就诊: nor where patients went for care or people to learn, no party the text
                    # goes on about)
                    and not went_to_learn_at(doc, h)
                    # (nor one of a list: 覆盖甲镇、乙镇等镇卫生院。该院…: 该院 is one the text names alone)
                    and not _listed(doc.text, h)
                ]
                ref = before[-1] if before else None
                # 专家团队由该院副院长某某带队: 该院 after the team opening its sentence is the hospital whose team it
                # is, named with the team a sentence or two before
                if _TEAM_LED_BY.fullmatch(s.text, 0, m.start()):
                    ref = _team_owner_before(doc, hospitals, i) or ref
                # 甲医院医师某某挂职乙医院副院长，同批的还有该院医师某某: 该院 among one's companions is the hospital
                # that opens the clause naming the first of them, not the post that one took (nor, in a sentence of
                # its own, the one the sentence before posts them to: …被派驻乙医院。同行的还有该院护师某某)
                elif _COMPANIONS_BEFORE.search(s.text, max(0, m.start() - 12), m.start()):
                    ref = (
                        next((h for h in reversed(here) if h.end <= at and _opens_clause(s, h)), None)
                        or next((h for h in reversed(before) if not _gone_to(doc.text, h.start)), None)
                        or ref
                    )
                # where its sentence names no other hospital before it, 该院 that a sender sends to is the one the
                # article is about
                if senders and own is not None and own.key not in senders and (ref is None or ref.sent != i):
                    ref = own
                # 甲医院与乙卫生院结成帮扶对子。除某某外，该院还先后派出…: 该院 that sends people, in a sentence naming
                # no hospital before it, is the giver the sentence before names
                elif _SENDS_PEOPLE.match(s.text, m.end()):
                    ref = _sending_giver_before(doc, hospitals, i, at) or ref
                # 甲医院对口帮扶乙医院，该院某科医师某某…: 该院 opening a person's title after a clause in which a
                # hospital gives to another is the giver, whose people the sentence goes on about (not the post one
                # takes there: 某某挂职该院护理部主任)
                elif _titles_a_person(s.text, m.end()) and not (gone_to or s.text[: m.start()].endswith(post_verbs())):
                    giver = _giver_before(s, hospitals, at)
                    # (甲医院帮扶乙医院。该院儿科主任某某…: or in the sentence before, where 该院 opens this one)
                    if giver is None and i > 0 and not s.text[: m.start()].strip():
                        last = doc.sentences[i - 1]
                        if "\n" not in doc.text[last.end : s.start]:
                            giver = _giver_before(last, hospitals, last.end)
                    ref = giver or ref
            if ref is not None:
                out.append(replace(ref, start=at, end=at + len(m.group(0)), sent=i, places=list(ref.places)))
    return out


def _sending_giver_before(doc: Document, hospitals: list[Mention], i: int, at: int) -> Mention | None:
    """The giver the sentence before names (甲医院对口帮扶乙医院。), for a reference that sends people at ``at`` in a
    sentence naming no hospital before it, in the same paragraph."""
    s = doc.sentences[i]
    if i == 0 or any(h.sent == i and h.end <= at for h in hospitals):
        return None
    last = doc.sentences[i - 1]
    return None if "\n" in doc.text[last.end : s.start] else _giver_before(last, hospitals, last.end)


# 该院(还先后)派出: the subject of a word of sending (the adverbs between are few)
_SENDS_PEOPLE = re.compile(r"(?:还|也|又|先后|陆续|再次|已|已经|共|累计|同时)*(?:派出|选派|派遣|派驻|下派|抽调)")


def _listed(text: str, org: Mention) -> bool:
    """Whether an institution is an item of a list, a list's mark right before or after it."""
    return text[org.start - 1 : org.start] == "、" or text[org.end : org.end + 1] == "、"


def _team_owner_before(doc: Document, hospitals: list[Mention], sent: int) -> Mention | None:
    """The last hospital named right before a team noun (某医院“某某”专家团队一行) in the sentences just before."""
    owners = [
        h
        for h in hospitals
        if sent - _BACK_REFERENCE_WINDOW <= h.sent < sent and _team_nouns_after().match(doc.text, h.end) is not None
    ]
    return owners[-1] if owners else None


@cache
def _team_nouns_after() -> re.Pattern:
    return re.compile(rf"[^，,；;。！!？?]{{0,{_TEAM_REACH}}}?(?:{'|'.join(map(re.escape, team_nouns()))})")


# how far after a hospital's name its team noun may come (某医院“某某·某某”专家团队)
_TEAM_REACH = 16
_COMPANIONS_BEFORE = re.compile(r"(?:同批|同行|同期|同来|一同|一起)[\u4e00-\u9fff]{0,6}?的[，,]?(?:还有|也有|有|是)$")
# a sentence that opens with the team, and 由 before who leads it (专家团队由|该院…带队), after a short opening
# clause at most (据了解，本批医疗队由|该院…)
_TEAM_LED_BY = re.compile(
    r"(?:[^，,。；;]{1,8}[，,])?\s*(?:本批|该|此次|这支)?[\u4e00-\u9fff]{0,4}?(?:队|团队|专家组)由"
)


def _speakers_hospital(sentence: Sentence, index: int, hospitals: list[Mention], at: int) -> Mention | None:
    """The hospital of the one whose words open at ``at``: named right before the speaker's title and name and a
    verb of saying (某县医院院长张三说，我院…)."""
    before = [h for h in hospitals if h.sent == index and h.end <= at]
    if not before:
        return None
    between = sentence.text[before[-1].end - sentence.start : at - sentence.start]
    return before[-1] if _speaking().fullmatch(between) else None


@cache
def _speaking() -> re.Pattern:
    """An official's title and name, a verb of saying, and the start of the words said (院长某某说，“…)."""
    return re.compile(speaker_after().pattern + r"[，,：:]\s*[“\"]?")


# 一附院 / 附二院 / 第一附属医院 written alone: the numbered hospital of the university the article is about
# (the lookahead lets the search skip to where one can start)
_BARE_NUMBERED = re.compile(
    r"(?=[附第一二三四五六七八九])(?:附(?:([一二三四五六七八九])院|属第([一二三四五六七八九])医院)"
    r"|([一二三四五六七八九])附院|第([一二三四五六七八九])附属医院)"
)
_UNIVERSITY_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:医科大学|大学|医学院)")
# characters that may stand right before such a short form (在一附院, 与附二院): others make it part of a name
_BEFORE_BARE = set("在与和到赴由及对是为的向从")


def _numbered_hospitals_of_the_university(doc: Document, orgs: list[Mention]) -> list[Mention]:
    """一附院 (a university's first affiliated hospital, written alone) where the article, its source line
    included, names one university: the known hospital of that university, else its full name written out."""
    text = doc.text
    taken = [(o.start, o.end) for o in orgs]
    bare = [
        m
        for m in _BARE_NUMBERED.finditer(text)
        if not any(a <= m.start() < b for a, b in taken)
        and (m.start() == 0 or not _is_han(text[m.start() - 1]) or text[m.start() - 1] in _BEFORE_BARE)
    ]
    if not bare:
        return []
    gz = gazetteer()
    # a university's name starts with its place (某某医学院), or the lexicon knows its hospital by that name
    found = {u.group(0)[i:] for u in _UNIVERSITY_NAME.finditer(text) for i in range(len(u.group(0)) - 3)}
    universities = sorted(u for u in found if (lead := gz.scan(u)[:1]) and lead[0].start == 0)
    out = []
    for m in bare:
        short, n = m.group(0), next(g for g in m.groups() if g)
        full = f"第{n}附属医院" if m.group(3) or m.group(4) else f"附属第{n}医院"
        known = [f for u in universities if (f := _whole_org(u + short, known=True)) is not None]
        written = [f for u in universities if (f := _whole_org(u + full)) is not None]
        candidates = known or written
        sent = _sentence_at(doc, m.start())
        if len({f.key for f in candidates}) == 1 and sent is not None:
            ref = candidates[0]
            out.append(replace(ref, surface=short, start=m.start(), end=m.end(), sent=sent, places=list(ref.places)))
    return out


def _whole_org(name: str, known: bool = False) -> Mention | None:
    """The hospital the recogniser reads ``name`` written alone as, when it reads it whole (and, with ``known``,
    as a hospital of the lexicon)."""
    found = find_orgs(name, 0, len(name), -1)
    if len(found) != 1 or found[0].end != len(name) or found[0].label is not Label.HOSPITAL:
        return None
    return found[0] if not known or found[0].key.startswith("known|") else None


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


@cache
def back_reference_words() -> tuple[str, ...]:
    """我院, 本院, 该院, 贵院 …: the words by which a text refers back to a hospital (and 医院 alone, where it opens a
    clause)."""
    return (
        read_lines("own_institution_words.txt")
        + read_lines("that_institution_words.txt")
        + read_lines("addressee_words.txt")
    )


# verbs by which two parties enter a pairing (与医院建立…关系)
_PAIRING_VERBS = ("建立", "签订", "签署", "结成", "结为", "共建")


@cache
def _back_reference_pattern() -> re.Pattern:
    """我院, 该院 and the like, and 医院 alone at a clause's start (近年来，医院积极…) or after a verb of taking a post
    there (担任医院执行院长): the article's own hospital; not 医院 opening a topic (医院管理方面)."""
    words = back_reference_words()
    after_verbs = "".join(f"|(?<={re.escape(verb)}医)" for verb in post_verbs())
    # not the first half of a topic (医院管理方面, 医院感染防控); what stands before 医院 is looked at from its 医,
    # so that every alternative starts with a character and the search skips to them
    topics = "|".join(map(re.escape, read_lines("hospital_topic_words.txt")))
    bare = rf"医(?:(?<=^医)|(?<=[,，;；:：。]医){after_verbs})院(?![,，、和及等]|{topics}|[\u4e00-\u9fff]{{0,4}}方面)"
    # 某医院自2017年起与医院建立对口帮扶关系: the other party of a pairing the article's hospital enters
    bare += rf"|医(?<=与医)院(?=(?:{'|'.join(map(re.escape, _PAIRING_VERBS))}))"
    return re.compile("|".join(map(re.escape, words)) + "|" + bare)


# what may open a report's first sentence before its subject: a bracketed credit, then a date, a time of day
_CREDIT_AND_DATE = re.compile(
    r"\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?"
    r"(?:[上下中]午|早上|晚上|清晨|凌晨)?\s*[,，]?\s*"
)


_JOINED_TO_OWN = re.compile(r"(?:我院|本院)(?:与|和|同|携手)|(?:与|和|同)(?:我院|本院)")
_OWN_AIDS = re.compile(r"(?:我院|本院)[^，,。；;]{0,4}?(?:帮扶|支援|援建|对口|托管)")
_COME_TO_OWN = re.compile(r"(?:来|到|至|抵|驻|进驻|常驻|走进|莅临)(?:我院|本院)")


def subject_hospital(doc: Document, hospitals: list[Mention]) -> Mention | None:
    """The hospital an article is about: the one it names as its source; else the only one its title names;
    else the only one its first sentence naming any opens with."""
    own = own_institution(doc, hospitals) or _declared_own(doc, hospitals)
    if own is not None:
        return own
    if _addressee(doc, hospitals) is not None:
        return _signatory(doc, hospitals)  # a letter: it speaks for who signs it
    title = doc.metadata.get("title", "")
    in_title = {o.key: o for o in find_orgs(title, 0, len(title), -1) if o.label is Label.HOSPITAL}
    # (省级专家常驻我院: a title that has people come to its own hospital is the receiver's: the first hospital the
    # text has people go to; 某医院专家来我院开展帮扶 too, whatever aid word follows)
    if _COME_TO_OWN.search(title):
        return next((h for h in hospitals if _gone_to(doc.text, h.start)), None)
    # (我院与某医院签约: the one a title joins to a word for its own hospital is the other party; 我院帮扶建设的某医院
    # 某室启用: so is the one it says its own hospital aids; a title naming none leaves the article's first lines
    # to say whose it is)
    if in_title and (_JOINED_TO_OWN.search(title) or _OWN_AIDS.search(title)):
        return None
    if len(in_title) == 1:
        (key,) = in_title
        return next((h for h in hospitals if h.key == key), None)
    # (某医院第十批对口帮扶医疗队赴某县人民医院: a title that opens with a hospital whose team goes to another is the
    # sending hospital's)
    sender = _team_sent_in_title(title, list(in_title.values()))
    if sender is not None:
        return next((h for h in hospitals if h.key == sender.key), None)
    if in_title:
        return None
    first = [h for h in hospitals if h.sent == hospitals[0].sent] if hospitals else []
    sentence = doc.sentences[first[0].sent] if first else None
    # (a subtitle's dash before it: ——某医院帮扶工作侧记)
    opens = sentence is not None and (
        not sentence.text[: first[0].start - sentence.start].strip(_SUBTITLE_DASHES)
        # （某某/文）2025年9月10日上午，某医院召开…: a credit and a date before it
        or _CREDIT_AND_DATE.fullmatch(sentence.text, 0, first[0].start - sentence.start) is not None
    )
    if opens and len({h.key for h in first}) == 1:
        return first[0]
    return None


def _team_sent_in_title(title: str, in_title: list[Mention]) -> Mention | None:
    """The hospital a title opens with, where its team then goes to the next hospital the title names (某医院援疆
    医疗队赴某县人民医院)."""
    ordered = sorted(in_title, key=lambda o: o.start)
    if len(ordered) < 2 or title[: ordered[0].start].strip(_SUBTITLE_DASHES):
        return None
    between = title[ordered[0].end : ordered[1].start]
    sent = between.endswith(_going_words()) and any(noun in between for noun in team_nouns())
    return ordered[0] if sent else None


def _own_names_listed(doc: Document, orgs: list[Mention]) -> None:
    """我院（甲医院、乙医院）: the names a bracket after a word for the article's own institution lists are all its
    names (a university's hospital that is also its province's cancer hospital)."""
    by_start = {o.start: o for o in orgs if o.label is Label.HOSPITAL and not o.abbreviated}
    for at in _after_own_word_brackets(doc.text):
        first = previous = by_start.get(at)
        while previous is not None and doc.text[previous.end : previous.end + 1] == "、":
            other = by_start.get(previous.end + 1)
            if other is not None:
                other.key, other.region, other.places = first.key, first.region, first.places
                other.rest = first.rest
            previous = other


def _declared_own(doc: Document, hospitals: list[Mention]) -> Mention | None:
    """The hospital the article writes in brackets right after a word for its own institution (我院（某医院）)."""
    starts = {h.start: h for h in hospitals if not h.abbreviated}
    return next((starts[at] for at in _after_own_word_brackets(doc.text) if at in starts), None)


def _after_own_word_brackets(text: str) -> list[int]:
    """Where a bracket opened right after a word for the article's own institution (我院（) leads on to, word by
    word of own_institution_words.txt."""
    return [
        m.end()
        for word in read_lines("own_institution_words.txt")
        for m in re.finditer(re.escape(word) + r"[(（]", text)
    ]


_TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
# the hospital's office that writes for it, after its name in a source line (某医院宣传科, 某医院党委办公室)
_TRAILING_OFFICE = re.compile(r"(?<=院)[\u4e00-\u9fff]{0,6}?(?:科|处|部|办公室|办)$")


def own_institution(doc: Document, hospitals: Sequence[Mention] = ()) -> Mention | None:
    """The hospital an article names as its source (来源: 某某医院), else as the owner of the site in the page's
    footer (版权所有：某某医院), else as the one a notice is signed by (落款), else as the holder of the official
    account it points readers to, if it names one; by a short name the article declares for one of its
    ``hospitals`` (某大学附属儿童医院（某大儿院） … 来源：某大儿院) too."""
    values = source_values(doc.text) + owner_values(doc.text) + signature_values(doc.text) + account_values(doc.text)
    named = next((h for value in values for h in hospitals if h.surface == value), None)
    for value in values:
        # 作者：某某（某医院骨科副主任医师）: the hospital an author's bracket opens with is the author's own
        author = _AUTHOR_BRACKET.match(value)
        if author is not None and value[0] in surnames():
            inside = value[author.end() :]
            found = [o for o in find_orgs(inside, 0, len(inside), -1) if o.label is Label.HOSPITAL and o.start == 0]
            if found and not found[0].abbreviated:
                return found[0]
        if value.endswith(("）", ")")) and "（" not in value and "(" not in value:
            value = value[:-1]  # （来源：某医院）: the bracket the whole line is in
        value = _TRAILING_NOTE.sub("", value)  # 来源：某医院（综合某委网站信息）
        value = _TRAILING_OFFICE.sub("", value)  # 来源：某医院宣传科
        found = [o for o in find_orgs(value, 0, len(value), -1) if o.label is Label.HOSPITAL and not o.abbreviated]
        if found and found[0].end == len(value):
            return found[0]
    return named


# a person's name, then a bracket that says who they are (某某（某医院…）)
_AUTHOR_BRACKET = re.compile(r"[\u4e00-\u9fff]{2,4}[（(]")


def _gone_to(text: str, at: int) -> bool:
    """Whether a word of going or posting stands right before ``at`` (到该院, 派驻该院)."""
    return text[max(0, at - 2) : at].endswith(_going_words())


def _giver_before(sentence: Sentence, hospitals: list[Mention], at: int) -> Mention | None:
    """The hospital that opens a clause of the sentence before ``at`` and gives, by an aid word right after it, to
    another hospital of that clause (甲医院对口帮扶乙医院，…)."""
    base = sentence.start
    triggers = [t for t in find_triggers(sentence.text[: at - base], base) if t.kind in ("active", "mutual")]
    for giver in (h for h in hospitals if h.start >= base and h.end <= at and _opens_clause(sentence, h)):
        # (or 甲医院与乙医院签订协议: the one that opens a clause joining the two, then what they do together)
        joined = next(
            (h for h in hospitals if h.start == giver.end + 1 and sentence.text[giver.end - base] in _JOINERS), None
        )
        for trig in triggers:
            # (结对帮扶 too: a directed word that opens with one two parties do together)
            if trig.kind == "mutual" or (joined and opens_mutually(trig.word)):
                gap = (
                    sentence.text[joined.end - base : trig.start - base] if joined and joined.end <= trig.start else ""
                )
                if joined and not CLAUSE_BREAK.search(gap) and _short_gap(gap):
                    return giver
                continue
            gap = sentence.text[giver.end - base : trig.start - base]
            taken = any(h.start >= trig.end and h.end <= at and h is not giver for h in hospitals if h.start >= base)
            if not CLAUSE_BREAK.search(gap) and _short_gap(gap) and taken:
                return giver
    return None


# a kind of aid in quotes between a giver and its aid word (甲医院组建“组团式”帮扶团队) is the aid's name, no words
# apart
_QUOTED_KIND = re.compile(r"[“\"「『][\u4e00-\u9fff]{1,8}[”\"」』]")


def _short_gap(gap: str) -> bool:
    return len(_QUOTED_KIND.sub("", gap)) <= 4


def _topic_of_its_sentence(doc: Document, org: Mention) -> bool:
    """Whether a hospital opens its sentence and its clause names no one's title (甲医院地处某市…, not 甲医院呼吸科
    专家某某…: a person's hospital)."""
    sentence = doc.sentences[org.sent]
    clause = CLAUSE_BREAK.search(doc.text, org.end, sentence.end)
    return not doc.text[sentence.start : org.start].strip() and not role_words().occurs_in(
        doc.text[org.end : clause.start() if clause else sentence.end]
    )


def _opens_clause(sentence: Sentence, org: Mention) -> bool:
    """Whether a hospital opens its clause (after a comma, a semicolon or a dash, or the sentence's start)."""
    before = sentence.text[: org.start - sentence.start]
    cut = max((before.rfind(c) for c in "，,；;：:"), default=-1)
    # (or a list's item: （二）甲医院帮扶乙医院; or after where it stands: 位于某区的甲医院帮扶乙医院)
    opening = before[cut + 1 :]
    return (
        not opening.strip(_SUBTITLE_DASHES)
        or LIST_ITEM.fullmatch(opening) is not None
        or _WHERE_IT_STANDS.fullmatch(opening) is not None
    )


# where a hospital stands, said before its name (位于某区的, 地处某地的)
_WHERE_IT_STANDS = re.compile(rf"(?:{_LOCATION_WORDS})[\u4e00-\u9fff]{{2,12}}的")


def _titles_a_person(text: str, at: int) -> bool:
    """Whether the words right after ``at`` are a person's title (该院|普外科副主任医师某某)."""
    return any(start <= _TITLE_AFTER for start, _, _ in role_words().find(text[at : at + _TITLE_AFTER + 4]))


# how far after 该院 a role word may start for 该院 to open a person's title (该院重症医学科主任医师)
_TITLE_AFTER = 8


@cache
def _going_words() -> tuple[str, ...]:
    return read_lines("posting_words.txt") + read_lines("going_verbs.txt")


_SUBTITLE_DASHES = " \u3000—―-－"


def _addressee(doc: Document, hospitals: list[Mention]) -> Mention | None:
    """The hospital a letter opens by addressing (某某医院：on a line of its own, among its first lines)."""
    for h in hospitals:
        if h.sent >= _LETTER_HEAD:
            break
        if doc.sentences[h.sent].text.strip() in (h.surface + "：", h.surface + ":"):
            return h
    return None


def _signatory(doc: Document, hospitals: list[Mention]) -> Mention | None:
    """The hospital that signs a letter: named on a line of its own among its last lines."""
    last = len(doc.sentences) - _LETTER_FOOT
    for h in reversed(hospitals):
        if h.sent < last:
            break
        if doc.sentences[h.sent].text.strip() == h.surface:
            return h
    return None


# how many sentences a letter's salutation may come after (a title, a number), and its signature before the end
_LETTER_HEAD, _LETTER_FOOT = 4, 4


def _sentence_at(doc: Document, at: int) -> int | None:
    for i, s in enumerate(doc.sentences):
        if s.start <= at < s.end:
            return i
    return None
