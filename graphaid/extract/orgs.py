"""Recognise institutions: hospitals (every medical institution) and government agencies.

A name is found by its ending (医院, 妇幼保健院, 卫健委 ...; lexicons in graphaid/data) and read leftwards
token by token until a word that never stands inside a name (与, 帮扶, 在 ...). Place names inside the
name give its region.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from itertools import pairwise

from graphaid.extract.known_hospitals import (
    KnownHospital,
    find_known_hospitals,
    find_shared_names,
    known_hospitals,
    university_province,
)
from graphaid.extract.mentions import Mention
from graphaid.extract.people import post_verbs
from graphaid.extract.place_actors import (
    STREET_AFTER,
    TOWN_WORDS,
    ends_inside_a_word,
    in_a_persons_name,
    joins_two_names,
    names_a_town,
    stands_as_place,
    starts_inside_a_word,
)
from graphaid.extract.place_references import REFERENCE_CHARACTERS
from graphaid.extract.tokens import is_common_word, words_from
from graphaid.lexicon import count_in_words, read_lines, read_table
from graphaid.model import Label
from graphaid.places import LEVEL_SUFFIXES, Gazetteer, PlaceMatch, gazetteer, is_regiment, township_counties
from graphaid.words import Words

MAX_NAME = 24
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")
# a character that is neither a name's nor inside what jieba segments as one stretch (jieba.re_han_default)
_SEGMENT_BREAK = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z+#&._%\-]")
_BRACKET_TAIL = re.compile(r"^[(（]([\u4e00-\u9fff]{2,14})[)）]")
_BRACKET_END = re.compile(r"[(（]([\u4e00-\u9fff]{2,14})[)）]$")
# a branch's own name holds no word of a clause (医院作为某医院的分院 is a sentence; 卫生院建立了医共体分院关系 too)
_BRANCH_TAIL = re.compile(r"^((?:(?![的为与和及在到对向将把被由从是院了立设])[\u4e00-\u9fff]){1,6}分院)")
LEVEL_CHARS = "".join(s for s in LEVEL_SUFFIXES if len(s) == 1)
# the words a name may start with in place of its place (县人民医院, 自治区人民医院), longest first
LEVEL_WORDS = ("自治区", "自治州", "地区", *LEVEL_CHARS)


def level_word(name: str) -> str:
    """The level word a name starts with in place of its place (自治区 of 自治区人民医院), or '' (县级医院 and
    县域医院 are the hospitals of a level or of an area, 市直医院 those a city runs itself, 省城医院 and 县城医院
    those of a capital or a county's town, no place's own)."""
    if name.startswith(("省城", "县城")):
        return ""
    return next(
        (w for w in LEVEL_WORDS if name.startswith(w) and name[len(w) : len(w) + 1] not in ("级", "域", "直")), ""
    )


_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:医院|分院|卫生院)")
_SHORT_FORM = re.compile(r"^(?:附?[一二三四五六七八九]院|[一二三]附院)$")
# single characters that end a name when a word ends with them (专程到|明德医院, 用于|县医院, 前往|某医院, 带着|县医院,
# 派驻|某医院)
CLOSING_CHARACTERS = set("到在赴与对向为把将被的了给由从和及于往自至着请驻")
_CONJUNCTIONS = ("和", "与", "及")
# (those that open no place's name, so join right after a name whatever follows: 与, 及; 和 opens 和平)
_JOINING_ALONE = ("与", "及")
_PARTY_BEFORE_A_JOINER = re.compile(r"(?:我|我们|你们|他们|她们|他|她|咱们|大家|院)$")
_TOGETHER = re.compile(r"[^，,。；;]{0,12}?(?:一起|一道|一同|共同)")
# a name with no place in front must show it is a proper name (明德医科大学海珠医院)


@cache
def _suffixes() -> tuple[Words, dict[str, tuple[Label, str]]]:
    table: dict[str, tuple[Label, str]] = {}
    for suffix in read_lines("hospital_suffixes.txt"):
        table[suffix] = (Label.HOSPITAL, suffix)
    for short, full in read_table("agency_suffixes.txt", 2):
        table[short] = (Label.AGENCY, full)
    return Words(table), table


@cache
def _government_posts() -> tuple[tuple[str, ...], frozenset[str]]:
    """The posts of a place's government and party committee (县长, 县委), and their last characters (a cheap test
    first: the left boundary asks for every word before a name)."""
    posts = read_lines("government_posts.txt")
    return posts, frozenset(post[-1] for post in posts)


@cache
def _stops() -> frozenset[str]:
    # the words that state aid, the verbs of going somewhere or home, of being posted (驻点) and of taking a post
    # (常驻), never stand inside a name either
    aid_words = {w for w, _ in read_table("aid_triggers.tsv", 2) if len(w) > 1}
    going = read_lines("going_verbs.txt") + read_lines("return_words.txt") + read_lines("posting_words.txt")
    # (a patient's move too: 从某县|转入|某医院)
    referred = read_lines("referral_words.txt")
    return frozenset(read_lines("name_stops.txt")) | aid_words | set(going) | set(post_verbs()) | set(referred)


@cache
def _long_stops() -> tuple[str, ...]:
    return tuple(word for word in _stops() if len(word) > 1)


@cache
def _every_stop() -> tuple[str, ...]:
    return tuple(_stops())


@cache
def _generic() -> tuple[str, ...]:
    return tuple(sorted(read_lines("generic_org_words.txt"), key=len, reverse=True))


@cache
def _class_words() -> tuple[str, ...]:
    return read_lines("class_org_words.txt")


@lru_cache(maxsize=8192)
def is_generic(rest: str) -> bool:
    """True if the part before the suffix is only generic words (受援, 县级, 该 ...)."""
    words = _generic()
    while rest:
        for w in words:
            if rest.startswith(w):
                rest = rest[len(w) :]
                break
        else:
            return False
    return True


def find_orgs(text: str, sent_start: int, sent_end: int, sent_index: int) -> list[Mention]:
    """Hospitals and agencies named in one sentence, left to right, not overlapping."""
    suffixes, table = _suffixes()
    sentence = text[sent_start:sent_end]
    ends: dict[int, str] = {}
    for _, after, suffix in suffixes.find(sentence):
        end = after - 1
        # longest suffix ending at this position
        if len(suffix) > len(ends.get(end, "")):
            ends[end] = suffix
    if not ends:
        # (a known hospital named without an ending the recogniser reads: 某大学某眼科中心)
        return _with_known_hospitals(sentence, sent_start, sent_index, [])
    gz = gazetteer()
    found: list[Mention] = []
    taken_until = -1
    for end in sorted(ends):
        suffix = ends[end]
        label, canonical_suffix = table[suffix]
        suffix_start = end + 1 - len(suffix)
        # a longer suffix may end later (医院 inside 医院集团), or one that starts inside this one (人医 of 工人医院):
        # keep the reading that goes on
        if any(e > end and e + 1 - len(ends[e]) <= end for e in ends):
            continue
        # 某大一附院某地医院: a short form that a longer name goes on from names that name's owner
        # (not where a word no name holds stands between: 某地二院帮助县医院…)
        if (
            _SHORT_FORM.match(suffix)
            and (goes_on := _NAME_GOES_ON.match(sentence, end + 1))
            and not any(stop in goes_on.group(0) for stop in _long_stops())
        ):
            continue
        # words only matter just left of the ending: segment that stretch, not the whole sentence, and from its
        # last break (jieba segments the text between breaks on its own, and a name never spans one)
        left = max(0, suffix_start - MAX_NAME - 4)
        for brk in _SEGMENT_BREAK.finditer(sentence, left, suffix_start):
            left = brk.end()
        starts_at = words_from(sentence, left, end + 1)
        start = _left_boundary(sentence, suffix_start, sorted(starts_at), starts_at)
        # 某县|下|仓镇卫生院: a town's name may start with a character that is a word of its own elsewhere (下, 上)
        start = min(start, _town_after_its_county(gz, sentence, suffix_start, start))
        start = min(start, _unknown_town(sentence, suffix_start, starts_at, start))
        start = _town_in_the_table(gz, sentence, suffix_start, start)
        start = _past_a_persons_name(gz, sentence, start, suffix_start)
        if suffix == _BRANCH:
            start = _branch_of_a_town(sentence, suffix_start, start)
        numbered = _NUMBERED_NAME.search(sentence, 0, suffix_start) or _REGIMENT_NAME.search(sentence, 0, suffix_start)
        if numbered:
            forces = _FORCES_BEFORE.search(sentence, 0, numbered.start()) if numbered.re is _NUMBERED_NAME else None
            if start >= numbered.start():
                # 九〇三医院, 960医院: a military hospital's number is its name; 一三〇团医院 a regiment's (the
                # segmenter parts words at 〇); with the branch of the forces it serves written before it
                # (联勤保障部队第九二〇医院)
                start = numbered.start() if forces is None else forces.start()
            elif forces is not None and start < forces.start() < numbered.start():
                # (按规定送|联勤保障部队第九二一医院: the branch opens the name; what stands before it is none of it)
                start = forces.start()
        if start <= taken_until:
            start = taken_until + 1
        # 县中医院和县妇幼保健院: a conjunction right after a name joins the next one, even where it and a level
        # word spell a county (和县)
        # (and 与 or 及 there joins, whatever word the segmenter reads it in: 某中心与|会某镇卫生院, not 与会)
        if (
            start == taken_until + 1
            and sentence[start : start + 1] in _CONJUNCTIONS
            and (level_word(sentence[start + 1 :]) or sentence[start] in _JOINING_ALONE)
        ):
            start += 1
        # (so does 和 after a pronoun or an institution's short name, or opening a frame of doing together: 我和|县医院
        # 的医生, 某一院和|县人民医院, 和|县医院一起…)
        elif "和" in sentence[start:suffix_start]:
            start = next(
                (
                    at + 1
                    for at in range(start, suffix_start)
                    if sentence[at] == "和"
                    and level_word(sentence[at + 1 :])
                    and (_PARTY_BEFORE_A_JOINER.search(sentence, 0, at) or _TOGETHER.match(sentence, end + 1))
                ),
                start,
            )
        stop = end + 1
        if label is Label.HOSPITAL:
            stop += _tail(sentence[stop:], sentence[start:stop])
        surface = sentence[start:stop]
        mention = _mention(gz, label, surface, canonical_suffix, sent_start + start, sent_start + stop, sent_index)
        # 两家福建医院, 更多深圳医院: a count of a place's hospitals, no hospital's name
        if (
            mention is not None
            and mention.rest == canonical_suffix
            and _MANY.search(sentence, 0, mention.start - sent_start)
        ):
            mention = None
        if mention is not None:
            found.append(mention)
            taken_until = stop - 1
        elif label is Label.HOSPITAL:
            listed = _counted_list_hospitals(gz, sentence, stop, sent_start, sent_index) or _listed_township_centres(
                gz, sentence, stop, sent_start, sent_index
            )
            found += [m for m in listed if m.start - sent_start > taken_until]
    found = _with_known_hospitals(sentence, sent_start, sent_index, found)
    found = _with_branches(sentence, sent_start, found)
    found = _with_places_sharing_a_name(sentence, sent_start, found)
    for mention in found:
        # 宝安区人民医院 for the lexicon's 某市宝安区人民医院: the same place and the same rest of the name
        hospital = _known_by_key().get(mention.key) if mention.label is Label.HOSPITAL else None
        if hospital is not None:
            mention.key, mention.canonical = f"known|{hospital.name}", hospital.name
    found = _with_shared_names(sentence, sent_start, sent_index, _other_names_in_brackets(sentence, sent_start, found))
    # 两家某某医院: a count of hospitals that share a name, no one of them
    return [m for m in found if m.label is not Label.HOSPITAL or not _COUNTED.search(sentence, 0, m.start - sent_start)]


# 甲、乙、丙三县人民医院 (甲、乙两家县级人民医院): the count of the places listed before it, their level, and the
# name they share
_COUNTED_TAIL = re.compile(r"([两二三四五六七八九十])(?:个|家|所)?([县区市旗])级?([\u4e00-\u9fff]{2,10})$")
_LIST_SPLIT = re.compile("[、和及]")


# the first or only one of its kind in a place (首个, 第一家, 唯一)
_FIRST_OF_ITS_KIND = re.compile(r"首[个家所]|第一[个家所]|唯一")
# a count of institutions (两家, 3所)
_COUNT_OF = r"[\d两二三四五六七八九十几多数]+[家所]"
_COUNTED = re.compile(_COUNT_OF + "$")
# (or a word of many before a place's hospitals: 更多深圳医院; not 上一批某市人民医院专家, a batch of its people)
_SOME_OR_MANY = "更多|众多|许多|其他|一些|不少"
_MANY = re.compile(rf"(?:{_COUNT_OF}|{_SOME_OR_MANY})$")
# (or inside the name: 某大学两家附属医院, 某市一家县医院; not a village's name, 三家村; nor words of some or all of
# them: 某县所有镇卫生院, 某区更多社区卫生服务中心, 某集团各分院)
_COUNTED_INSIDE = re.compile(
    rf"(?:{_COUNT_OF}|(?<!第)一家)(?![村子镇乡店屯寨堡])|{_SOME_OR_MANY}|各|所有|其它|部分|全部"
)


def _counted_list_hospitals(gz: Gazetteer, sentence: str, stop: int, offset: int, sent: int) -> list[Mention]:
    """甲、乙、丙三县人民医院: each county of a counted list has the hospital the list's name ends with (one per
    place, named by its place as written), where every name is a county of that level and the count is right."""
    tail = _COUNTED_TAIL.search(sentence, 0, stop)
    # (甲、乙两县县医院: the level written again opens the ending, each county's 县医院)
    if tail is None or not hospital_suffix(rest := normal_rest(tail.group(3).removeprefix(tail.group(2)))):
        return []
    # (甲、乙两县人民医院签订城乡医院…: a word no name holds ends the shared name before it)
    if any(word in tail.group(3) for word in _long_stops()):
        return []
    count, level = count_in_words(tail.group(1)), tail.group(2)
    items = _LIST_SPLIT.split(sentence[: tail.start()])
    if count < 2 or len(items) < count:
        return []
    out, at = [], tail.start()
    for i, item in enumerate(reversed(items[-count:])):
        # the first item may run on from the words before the list (对口帮扶甲、乙): its name is where it ends
        lengths = range(min(len(item), MAX_NAME), 1, -1) if i == count - 1 else (len(item),)
        code = None
        for length in lengths:
            name = item[-length:]
            counties = {p.code for p in (*gz.lookup(name + level), *gz.lookup(name))}
            counties = {c for c in counties if gz.places[c].level is Label.COUNTY}
            if len(name) >= 2 and len(counties) == 1:
                (code,) = counties
                break
        if code is None:
            return []
        at = sentence.rindex(name, 0, at)
        # the name in full, judged as any other (某县乡镇卫生院 are many institutions, not one)
        # (甲县、乙县、丙县三县人民医院: a name written with its level takes it once)
        written = name if name.endswith(level) else name + level
        mention = _mention(gz, Label.HOSPITAL, written + rest, hospital_suffix(rest), offset + at, 0, sent)
        if mention is None or mention.region != code:
            return []
        mention.end = offset + at + len(name)
        out.append(mention)
    return out[::-1]


def _listed_township_centres(gz: Gazetteer, sentence: str, stop: int, offset: int, sent: int) -> list[Mention]:
    """甲镇、乙镇、丙乡等5家乡镇卫生院 (甲、乙、丙等镇卫生院): each township of the list has its health centre (named by
    the township as written, with its level), where the list's items are short names of one level."""
    tail = _TOWNSHIPS_TAIL.search(sentence, 0, stop)
    if tail is None or tail.end() != stop:
        return []
    # (not 和, which township names hold: 和平镇)
    items = _TOWNSHIP_SPLIT.split(sentence[: tail.start()])
    if len(items) < 3:
        return []
    # (the first item runs on from the words before the list: it starts at the last word that leaves it a name of
    # two characters or more before its level)
    listed = items[1:]
    head_end = len(items[0])
    level_at = head_end - 1 if items[0].endswith(("镇", "乡")) else head_end
    starts = [s for s in words_from(sentence, max(0, head_end - 8), head_end) if s <= level_at - 2]
    if not starts:
        return []
    first = items[0][max(starts) :]
    level = tail.group(1) if tail.group(1) in ("镇", "乡") else ""
    out, at = [], tail.start()
    for item in reversed([first, *listed]):
        name = item if item.endswith(("镇", "乡")) else item + level
        if not _TOWNSHIP_ITEM.fullmatch(item) or not name.endswith(("镇", "乡")) or gz.lookup(item):
            return []
        at = sentence.rindex(item, 0, at)
        mention = _mention(gz, Label.HOSPITAL, name + "卫生院", "卫生院", offset + at, 0, sent)
        if mention is None:
            return []
        mention.end = offset + at + len(item)
        out.append(mention)
    return out[::-1]


# 等5家乡镇卫生院, 等镇卫生院, 12个乡镇卫生院: what closes a list of townships whose health centres it names
_TOWNSHIPS_TAIL = re.compile(r"等?(?:[\d两二三四五六七八九十几]+[家个所])?(乡镇|镇|乡)?卫生院")
_TOWNSHIP_SPLIT = re.compile("、|以及|及")
# a township's short name, with its level or without (煤山镇, 侯集回族镇, 铜城)
_TOWNSHIP_ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _with_places_sharing_a_name(sentence: str, offset: int, found: list[Mention]) -> list[Mention]:
    """甲县、乙县人民医院: places of one level listed before a hospital's name share the rest of it (each its own
    hospital, named by its place as written)."""
    gz = gazetteer()
    added: list[Mention] = []
    for org in found:
        if org.label is not Label.HOSPITAL or len(org.places) != 1 or not org.rest:
            continue
        level = gz.places[org.places[0]].level
        pos = org.start - offset
        # only a list's comma: 某区与某县人民医院 pairs a district with a hospital
        while pos > 1 and sentence[pos - 1] == "、":
            before = sentence[max(0, pos - 1 - MAX_NAME) : pos - 1]
            matches = [m for m in gz.scan(before) if m.end == len(before)]
            code = gz.resolve(matches[-1], set()) if matches and matches[-1].strong else None
            if code is None or gz.places[code].level is not level:
                break
            start = pos - 1 - len(matches[-1].surface)
            if any(m.start < offset + pos - 1 and offset + start < m.end for m in found):
                break
            name, span = matches[-1].surface + org.rest, (offset + start, offset + pos - 1)
            added.append(Mention(Label.HOSPITAL, name, *span, org.sent, code, f"{code}|{org.rest}", [code], org.rest))
            pos = start
    return sorted(found + added, key=lambda m: m.start) if added else found


def _with_branches(sentence: str, offset: int, found: list[Mention]) -> list[Mention]:
    """某大学附属儿童医院某市医院: a known hospital's branch in another place (a regional medical centre) is one
    hospital of its own, lying in that place, run by the known one (its ``affiliation``)."""
    out: list[Mention] = []
    for mention in found:
        parent = out[-1] if out else None
        if (
            parent is not None
            and parent.key.startswith("known|")
            and parent.end == mention.start
            and mention.label is Label.HOSPITAL
            and mention.places
            and mention.region != parent.region
            and not mention.key.startswith("known|")
        ):
            surface = sentence[parent.start - offset : mention.end - offset]
            branch = replace(mention, surface=surface, start=parent.start, places=list(mention.places))
            branch.key, branch.affiliation = f"{mention.region}|{parent.canonical}{mention.surface}", parent
            branch.rest = f"{parent.canonical}{mention.rest}"
            out[-1] = branch
            continue
        out.append(mention)
    return out


@cache
def _known_by_key() -> dict[str, KnownHospital]:
    """The lexicon's hospitals whose names are places and a rest, by the key a name of the same place and rest
    gets (the place written in full or not); a key two of them would share is left out."""
    gz = gazetteer()
    by_key: dict[str, KnownHospital | None] = {}
    for hospital in known_hospitals():
        codes: list[str] = []
        pos = 0
        for match in gz.scan(hospital.name):
            code = gz.resolve(match, set(codes))
            if match.start != pos or code is None or (codes and not gz.is_within(code, codes[-1])):
                break
            codes.append(code)
            pos = match.end
        if codes and pos < len(hospital.name):
            key = f"{codes[-1]}|{normal_rest(hospital.name[pos:])}"
            by_key[key] = hospital if key not in by_key else None
    return {key: hospital for key, hospital in by_key.items() if hospital is not None}


# what opens a bracket that gives a hospital's other name (某医院（原某某医院）, 某医院（即某某医院）), and what closes
# the other name in it (…）, or …，以下简称"某某"）
OTHER_NAME_OPENS = ("（", "(", "（原", "(原", "（即", "(即", "（又名", "(又名")
_OTHER_NAME_CLOSES = ("）", ")", "，", ",")


def _other_names_in_brackets(sentence: str, offset: int, found: list[Mention]) -> list[Mention]:
    """某医院（原某某医院，以下简称"某某"）: a hospital's name that opens a bracket right after a placed hospital's
    is that hospital's other (or former) name: one institution, not a second one."""
    for named, other in pairwise(found):
        if named.label is not Label.HOSPITAL or other.label is not Label.HOSPITAL:
            continue
        if not (named.region or named.key.startswith("known|")):
            continue
        opens = sentence[named.end - offset : other.start - offset]
        closes = sentence[other.end - offset : other.end - offset + 1]
        if (
            opens in OTHER_NAME_OPENS
            and closes
            and closes in _OTHER_NAME_CLOSES
            and not places_apart(named.surface, other.surface)
        ):
            other.key, other.canonical, other.region = named.key, named.canonical, named.region
            other.places, other.rest = list(named.places), named.rest
    return found


def _with_shared_names(sentence: str, offset: int, sent: int, found: list[Mention]) -> list[Mention]:
    """Add the names a few known hospitals share (协和医院) that no other name covers; coreference chooses
    among their hospitals by the article's places."""
    added = []
    for start, end, name in find_shared_names(sentence):
        start, end = offset + start, offset + end
        if not any(m.start < end and start < m.end for m in found):
            added.append(Mention(Label.HOSPITAL, name, start, end, sent))
    return sorted(found + added, key=lambda m: m.start) if added else found


def _with_known_hospitals(sentence: str, offset: int, sent: int, found: list[Mention]) -> list[Mention]:
    """Give a known hospital (from the lexicon of real hospitals) one identity and its region, whatever name the
    text uses for it; add the ones named without an ending the recogniser reads (某大附一院); and cut what
    the recogniser read in front of a known name that is not a place (某基金会|某大学附属医院, 12日|某医院)."""
    known = find_known_hospitals(sentence)
    if not known:
        return found
    for match in known:
        start, end = offset + match.start, offset + match.end
        holder = next((m for m in found if m.start <= start and end <= m.end), None)
        hospital = match.hospital
        if holder is None:
            if any(m.start < end and start < m.end for m in found):
                continue  # overlaps a name read otherwise: trust neither to stretch the other
            mention = Mention(Label.HOSPITAL, match.surface, start, end, sent)
            found.append(mention)
        else:
            mention = holder
            lead = sentence[mention.start - offset : start - offset]
            # 某大学附属|某医院 is one name; anything else in front of a known name that is not a place is not
            if lead and not _only_places(lead) and not lead.endswith(_AFFILIATED) and _core_end(mention) == end:
                mention.surface = sentence[start - offset : mention.end - offset]
                # what was cut off placed nothing: the lexicon places the hospital
                mention.start, mention.places, mention.region, mention.rest = start, [], None, ""
                mention.shared = ()
        # (某大学第一附属医院（某某医院）: the known other name in brackets after a name the lexicon does not hold)
        in_brackets = (
            start == _core_end(mention) + 1 and end == mention.end - 1 and not mention.key.startswith("known|")
        )
        if mention.label is Label.HOSPITAL and (_core_end(mention) == end or in_brackets):
            if _placed_elsewhere(mention, hospital.region):
                if not (start == mention.start and _bare_places(mention)):
                    continue  # 某市某区淮河医院: a namesake in another province, not the known hospital
                # (but a place's bare name the known name opens with is a word of that name, no place: 广安门医院 is
                # no hospital of a city 广安)
                mention.places, mention.region = [], None
            mention.key = f"known|{hospital.name}"
            mention.canonical = hospital.name
            mention.rest = mention.rest or match.surface
            # the place a text writes in a name comes first; the lexicon places a hospital whose name has none
            if mention.region is None:
                mention.region = lexicon_region(hospital.region) or _bracketed_place(mention.surface)
            elif _bare_inside(mention, hospital.region):
                # 南京鼓楼医院, 某大学仁和医院: a county's bare name inside a known hospital's name is its proper name
                # (the lexicon places it in the city, or in another province)
                mention.region = hospital.region
    return sorted(found, key=lambda m: m.start)


def _placed_elsewhere(mention: Mention, region: str | None) -> bool:
    """Whether the places a name is written with lie in another prefecture than the known hospital's (某旗中蒙医院 is
    that banner's own hospital, not the one of the region's capital the lexicon calls so), or in another province
    where either is named by its province alone."""
    if not mention.places or not region:
        return False
    gz = gazetteer()
    written, known = gz.lineage(mention.places[-1]), gz.lineage(region)
    prefectures = len(written) > 1 and len(known) > 1 and written[1].level is known[1].level is Label.CITY
    return written[0].code != known[0].code or (prefectures and written[1].code != known[1].code)


def _bare_places(mention: Mention) -> bool:
    """Whether every place a name is written with is written by its bare name (广安, not 广安市)."""
    gz = gazetteer()
    return all(gz.places[code].name not in mention.surface for code in mention.places)


def _bare_inside(mention: Mention, region: str | None) -> bool:
    """Whether a known hospital's name places it, by a bare name (鼓楼, 仁和), in a division below the lexicon's
    region or in a county elsewhere."""
    gz = gazetteer()
    if not region or mention.region is None or mention.region == region:
        return False
    place = gz.places[mention.region]
    return place.name not in mention.surface and (gz.is_within(place.code, region) or place.level is Label.COUNTY)


def _bracketed_place(surface: str) -> str | None:
    """某医院（某市）, 某大学附属第一医院（某省立医院）: the place a text writes in brackets after a name that holds
    none, alone or opening the hospital's other name."""
    bracket = _BRACKET_END.search(surface)
    if bracket is None:
        return None
    inner = bracket.group(1)
    if not _only_places(inner) and not hospital_suffix(inner):
        return None
    gz = gazetteer()
    codes: list[str] = []
    pos = 0
    for match in gz.scan(inner):
        code = gz.resolve(match, set(codes))
        if match.start != pos or code is None:
            break
        codes.append(code)
        pos = match.end
    return codes[-1] if codes else None


_AFFILIATED = ("附属", "附设")


def names_written(surface: str) -> tuple[str, str]:
    """A name as written and the other name a text may give it in brackets after it (某县人民医院（某县医疗集团总院）):
    (name, other name or ""). A place in brackets (某医院（青岛）) is part of the name: it tells a campus apart."""
    bracket = _BRACKET_END.search(surface)
    other = bracket.group(1) if bracket else ""
    if not (other.endswith("院") or hospital_suffix(other)):
        return surface, ""
    return surface[: bracket.start()], other


def _core_end(mention: Mention) -> int:
    """Where a name ends without the other name a text may write in brackets after it (某医院（某儿童医院）)."""
    bracket = _BRACKET_END.search(mention.surface)
    return mention.end - (len(bracket.group(0)) if bracket else 0)


@cache
def _peoples() -> str:
    """The names of the peoples, as one alternation, longest first."""
    return "|".join(sorted(read_lines("ethnic_groups.txt"), key=len, reverse=True))


@cache
def _township() -> re.Pattern:
    # an ethnic township carries its group before 乡 (某某蒙古族乡), which lengthens the name
    # (a 苏木's name may be one character: 某苏木)
    return re.compile(
        rf"^(?:[\u4e00-\u9fff]{{2,5}}?(?:(?:{_peoples()}){{1,2}})?(?:镇|乡|街道)|[\u4e00-\u9fff]{{1,5}}?苏木)(?:中心)?$"
    )


def _town_after_its_county(gz: Gazetteer, sentence: str, suffix_start: int, start: int) -> int:
    """Where a township health centre's name starts when a county's name stands right before its town's
    (某县下仓镇卫生院, 某区前湖街道社区卫生服务中心), however the words were cut; else ``start``."""
    head = sentence[:suffix_start].removesuffix("中心")
    unit = next((word for word in TOWN_WORDS if head.endswith(word)), None)
    if unit is None:
        return start
    if head.endswith(_long_stops()):
        return start  # 城乡|医院, 乡镇|卫生院: a word that never stands inside a name, no town's
    for length in (len(unit) + 2, len(unit) + 3):  # the town's name with its 镇, 乡 or 街道
        town_at = len(head) - length
        if town_at <= 0 or not all("\u4e00" <= ch <= "\u9fff" for ch in head[town_at:]):
            continue
        county = [m for m in gz.scan(head[max(0, town_at - 8) : town_at]) if m.end == min(8, town_at) and m.strong]
        if county and town_at < start:
            return town_at - len(county[-1].surface)
    return start


def _town_in_the_table(gz: Gazetteer, sentence: str, suffix_start: int, start: int) -> int:
    """Where a township health centre's name starts when a character of its town's name is a word of its own
    elsewhere (结对那|勒寺镇卫生院, 下|亚东乡卫生院): back over up to three characters, where the township table holds
    the longer town and not the one read (or the one read too, for a character of place before it); or where words
    before the town ran into it (结对|白龙桥镇卫生院); else ``start``."""
    town = sentence[start:suffix_start].removesuffix("中心")
    if not town.endswith(TOWN_WORDS):
        return start
    known = len(town) > 1 and bool(township_counties(town))
    # (结对|白龙桥镇卫生院, 选取|城关镇卫生院: the words before the town, ending in one that never stands inside a
    # name, or a word of the dictionary, run into it; the table holds the town without them, the longest it holds;
    # not where a place is named among them, 礼县|城关镇)
    if not known and not any(True for _ in gz.scan(town)):
        for length in range(min(len(town) - 1, 6), 2, -1):
            before = town[:-length]
            if township_counties(town[-length:]) and (
                before.endswith((*_every_stop(), *_BEFORE_A_TOWN)) or (len(before) >= 2 and is_common_word(before))
            ):
                return start + len(town) - length
    if len(town) > 6:
        return start
    for back in (1, 2, 3):
        at = start - back
        if at < 0 or not "\u4e00" <= sentence[at] <= "\u9fff":
            break
        longer = sentence[at:suffix_start].removesuffix("中心")
        # (where the town read is known too, only a character of place that many towns' names open with: 下|亚东乡;
        # and where the town's word alone was read, a name of three characters or more: 十|都|镇)
        if (
            (not known or back == 1 and sentence[at] in _PLACE_CHARACTERS)
            and len(longer) >= 3
            and township_counties(longer)
        ):
            return at
    return start


_PLACE_CHARACTERS = "上下前后东西南北中大小新老"
# what stands before a town's centre the text names by its former name or as an example (某分院即原某镇卫生院,
# 如某镇卫生院挂牌…)
_BEFORE_A_TOWN = ("原", "如")


def _unknown_town(sentence: str, suffix_start: int, tokens: dict[int, str], start: int) -> int:
    """Where a township health centre's name starts when the segmenter knew not its town's name and cut it into
    characters (到|提|孜|那|甫|乡卫生院): back over those characters to one that joins or points (到, 在, 与), the name
    not opening with a count or a pointer (每个乡卫生院); else ``start``."""
    head = sentence[:suffix_start].removesuffix("中心")
    unit = next((word for word in ("镇", "乡", "苏木") if head.endswith(word)), None)
    if unit is None or tokens.get(len(head) - len(unit)) != unit:
        return start
    town = at = len(head) - len(unit)
    # (和 right before 镇 joins nothing: it is the name's, 某日和镇, where two characters come before it)
    joined = sentence[town - 1 : town] == "和"
    at -= joined
    # (、和兴镇卫生院: 和 after a list's comma joins nothing either: the name's first character)
    # (nor over what is no character of a name: an item's number, 3.某某镇卫生院)
    while (
        at > 0
        and len(tokens.get(at - 1, "")) == 1
        and "\u4e00" <= sentence[at - 1] <= "\u9fff"
        and (sentence[at - 1] not in CLOSING_CHARACTERS or sentence[at - 2 : at] == "、和")
    ):
        at -= 1
    if joined and town - at < 3:
        return start
    while at < town and (_COUNTS_BEFORE.match(sentence[at]) or sentence[at] in "个家所"):
        at += 1
    shortest = 1 if unit == "苏木" else 2
    return at if shortest <= town - at <= 5 and at < start else start


def is_township(body: str) -> bool:
    """某某镇(中心), 某某乡: the part of a health centre's name before its ending names a township (not a word of
    time before 镇卫生院: 此前|镇卫生院…)."""
    return (
        bool(_township().match(body))
        and not any(kind in body for kind in _TOWNSHIPS_OF_A_KIND)
        # (甲、乙等镇卫生院: the health centres of a list of townships, no one of them)
        and "等" not in body
        and not is_generic(body)
        and not body.startswith(read_lines("time_words.txt"))
    )


def is_township_centre(org: Mention) -> bool:
    """A township's health centre (某镇卫生院, 某乡中心卫生院): a hospital whose name before its ending names one (a
    bracket after the ending, its other name, aside: 某镇卫生院（某县医院某分院）)."""
    if org.label is not Label.HOSPITAL:
        return False
    rest = _BRACKET_END.sub("", org.rest)
    return is_township(rest[: len(rest) - len(hospital_suffix(rest))]) or named_by_its_town(rest)


def named_by_its_town(rest: str) -> bool:
    """某某社区卫生服务中心 named by its town or subdistrict without the level (石园社区卫生服务中心), or a county
    medical group's branch that was the town's health centre (某某分院): a name the township table holds for one to
    three counties (not a word many towns are named, 新建, 城关)."""
    ending = next((e for e in _NAMED_BY_ITS_TOWN if rest.endswith(e)), None)
    if ending is None:
        return False
    town = rest[: -len(ending)]
    return 2 <= len(town) <= 4 and not is_generic(town) and 1 <= len(township_counties(town)) <= 3


_BRANCH = "分院"
_NAMED_BY_ITS_TOWN = ("社区卫生服务中心", _BRANCH)


def _branch_of_a_town(sentence: str, suffix_start: int, start: int) -> int:
    """Where a branch named by its town (某某分院) starts: at the longest town's name right before 分院 the table
    holds, where the segmenter cut into it (驻|申|中分院) or a word no name holds runs into it (医疗集团下沉|某某分院);
    else ``start``."""
    for length in (4, 3, 2):
        at = suffix_start - length
        if at < 0 or not named_by_its_town(sentence[at:suffix_start] + _BRANCH):
            continue
        if start > at or any(stop in sentence[start:at] for stop in _long_stops()):
            return at
        return start
    return start


def over_its_township(upper: Mention, centre: Mention) -> bool:
    """Whether ``centre`` is a township's health centre in the county of ``upper``, a hospital over it (某县人民医院
    and 某镇卫生院 of that county)."""
    return (
        upper.label is Label.HOSPITAL
        and bool(upper.region)
        and upper.region == centre.region
        and is_township_centre(centre)
        and not is_township_centre(upper)
    )


def lexicon_region(code: str | None) -> str | None:
    """The region of a top-tier hospital a text names without a place (湘雅二医院, 某大学附属医院): its province.

    Such a hospital is a province's or a university's, not a city's: in pairing aid it acts for its province
    (the city the lexicon gives is only where it stands), and the aid within one province (a hospital of its
    capital helping a county of that same city) keeps a giver above the county."""
    return gazetteer().lineage(code)[0].code if code else None


def _only_places(text: str) -> bool:
    gz = gazetteer()
    pos = 0
    for match in gz.scan(text):
        if match.start != pos:
            return False
        pos = match.end
    return pos == len(text)


def _left_boundary(sentence: str, suffix_start: int, bounds: list[int], tokens: dict[int, str]) -> int:
    stops = _stops()
    start = suffix_start
    # the suffix may start inside a token (人民医院): begin at the token that holds it
    for b in reversed(bounds):
        if b <= suffix_start:
            start = b
            if tokens[b] in stops:
                start = suffix_start
            break
    while True:
        prev = [b for b in bounds if b < start]
        if not prev:
            break
        b = prev[-1]
        tok = tokens[b]
        # 该|县人民医院, 我|市中医院: a reference's word before the level character that starts the name
        if len(tok) == 2 and tok[0] in _REFERENCE_CHARS and level_word(tok[1:] + sentence[b + 2 : suffix_start + 1]):
            start = b + 1
            break
        # 配合|县人民医院, 支持|县医院: a word of two or more before a level character standing alone is no part of
        # the name the level opens (unless the two spell a place: a county the segmenter parts from its level)
        # (not a word that counts or points at it: 这家县医院 is no one name)
        if (
            len(tok) > 1
            and tokens.get(start) in _LEVEL_ALONE
            and tok[-1] not in _MEASURE_WORDS
            and not set(tok) <= _LEVELS_IN_PLURAL  # (省市|县三级医院: several levels' hospitals)
            and tok + tokens[start] not in gazetteer().by_keyword
            and is_common_word(tok)
        ):
            break
        # 和|平乡卫生院: a joining character that spells a common word with the next (和平) before a name ending in a
        # township's word is the town's first character (和平乡), no joiner
        if tokens.get(start, "").endswith(TOWN_WORDS) and _opens_a_towns_name(tok, sentence[start]):
            start = b
            continue
        if (
            (tok in stops and not _inside_a_name(sentence, b, tok))
            or (tok in CLOSING_CHARACTERS and not _inside_a_name(sentence, b, tok))
            # (上一批|某某医院: a count of batches is in no name)
            or _COUNT_OF_BATCHES.fullmatch(tok) is not None
            # (分管副县长和|县人民医院院长: an official's post is in no institution's name)
            or (tok[-1] in _government_posts()[1] and tok.endswith(_government_posts()[0]))
            or (len(tok) > 1 and tok[-1] in CLOSING_CHARACTERS and tok not in gazetteer().by_keyword)  # 仁和 is a place
            # (digits are in no name but a place's written with them: 47团)
            or not (all(_NAME_CHAR.match(ch) and not ch.isdigit() for ch in tok) or tok in gazetteer().by_keyword)
            or suffix_start - b > MAX_NAME
        ):
            break
        start = b
    # 翠某|瑶族壮族乡卫生院: a township of peoples opens with a name of its own before theirs, whatever words of
    # grammar its two characters are (里)
    if _peoples_township().match(sentence, start, suffix_start) and start >= 2:
        head = sentence[start - 2 : start]
        if all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_A_TOWNS_NAME for ch in head):
            start -= 2
    # 医疗队和|县卫生健康委, 团队和|县医院: a one-character county's name (和县) after a group's or an institution's
    # ending is the joining word and a level character, the name one of the county the article speaks of
    word = tokens.get(start, "")
    if len(word) == 2 and word[1] in "县区旗" and joins_two_names(sentence, start):
        start += 1
    return start


_REFERENCE_CHARS = frozenset(REFERENCE_CHARACTERS)
# (the levels a county's or a city's own hospital is written by; not 省 or 盟)
_LEVEL_ALONE = frozenset(LEVEL_CHARS) - {"省", "盟"}
_LEVELS_IN_PLURAL = frozenset(LEVEL_CHARS + "乡镇")


def _past_a_persons_name(gz: Gazetteer, sentence: str, start: int, suffix_start: int) -> int:
    """主任医师某建华|挂任县人民医院…: the first bare place name in what the scan took as a name, where it is a
    person's given name in the sentence, is no part of the hospital's name: that starts after it."""
    lead = next(iter(gz.scan(sentence[start:suffix_start])), None)
    if (
        lead is not None
        and not lead.strong
        and in_a_persons_name(sentence, replace(lead, start=start + lead.start, end=start + lead.end))
    ):
        return start + lead.end
    return start


def _inside_a_name(sentence: str, at: int, tok: str) -> bool:
    """汤家汇镇: a measure word (家) that no number or determiner counts is a character of a name (of a town, a
    village), not the count of the institutions after it (10家医院, 这家医院)."""
    return tok in _MEASURE_WORDS and at > 0 and not _COUNTS_BEFORE.match(sentence[at - 1])


_MEASURE_WORDS = frozenset("家")
_COUNT_OF_BATCHES = re.compile(r"[\d〇零一二两三四五六七八九十百千几多数这那每各首上下本]{1,3}批")
_COUNTS_BEFORE = re.compile(r"[\d〇零一二两三四五六七八九十百千几多数这那该每各哪此某本]")


def _tail(after: str, name: str) -> int:
    """Length of a name's tail: a branch (高新分院), or a place or another name in brackets (青岛)."""
    m = _BRANCH_TAIL.match(after)
    # (nor a verb of posting: 医疗集团下沉|某某分院 is where the group posts its staff, another institution)
    if m and not any(stop in m.group(0) for stop in _long_stops()):
        return len(m.group(0))
    m = _BRACKET_TAIL.match(after)
    if m and m.group(1).startswith(("以下简称", "简称", "下称")):
        return 0  # a short name declared for it: coreference reads that
    # 甲县人民医院（乙市第一人民医院）: a hospital of a place apart from the name's is another institution (the one
    # that pairs with it, a heading over a roster says), no other name of it
    if m and places_apart(name, m.group(1)):
        return 0
    # 某医院（某地）, 某医院（某某医院）, 某医院（某医疗集团总院）: its place or another name of it
    if m and (hospital_suffix(m.group(1)) or m.group(1).endswith("院") or gazetteer().lookup(m.group(1))):
        return len(m.group(0))
    return 0


def places_apart(name: str, other: str) -> bool:
    """Whether two names open with places of which neither lies within the other (甲县… and 乙市…)."""
    gz = gazetteer()
    first, second = gz.scan(name), gz.scan(other)
    if not (first and second and first[0].start == 0 and second[0].start == 0):
        return False
    return not any(gz.is_within(a, b) or gz.is_within(b, a) for a in first[0].codes for b in second[0].codes)


def _ends_a_towns_name(core: str, place: PlaceMatch) -> bool:
    """特|木里|镇卫生院, 某|丰镇中心卫生院: a bare place name that a town's name ends in (or that ends in a township's
    word itself), after a character or two of that name (not a word that points or joins, not a level: 该县|某镇,
    到|某镇)."""
    lead = core[: place.start]
    return (
        not place.strong
        and (core.startswith(TOWN_WORDS, place.end) or place.surface.endswith(TOWN_WORDS))
        and len(lead) <= 2
        and (
            not any(ch in CLOSING_CHARACTERS or ch in _NOT_IN_A_TOWNS_NAME for ch in lead)
            or _opens_a_towns_name(lead, place.surface[0])
        )
    )


@cache
def _peoples_township() -> re.Pattern:
    """The names of peoples and the township's word a township of peoples ends with (瑶族壮族乡)."""
    return re.compile(rf"(?:{_peoples()}){{1,2}}(?:乡|镇|苏木)(?:中心)?$")


def _a_town_of_the_table(core: str, cut: int) -> bool:
    """全|丰镇卫生院, 立|新乡卫生院: a township's health centre whose town, in full, the township table holds (the
    place read inside it is part of its name)."""
    town = core[: len(core) - len(hospital_suffix(core))].removesuffix("中心")
    return town.endswith(TOWN_WORDS) and len(town) - cut >= 2 and len(town) <= 6 and bool(township_counties(town))


def _opens_a_towns_name(lead: str, first: str) -> bool:
    """和|平乡: a joining character that spells a common word with the first character of the name after it (和平)
    is that town's first character (和平乡, 和平镇), no joiner."""
    return lead in _CONJUNCTIONS and is_common_word(lead + first)


_NOT_IN_A_TOWNS_NAME = frozenset("该本我全各每其县市区州旗省乡镇村")


_JOINERS_IN_NAMES = frozenset("和与及")


def _mention(gz: Gazetteer, label: Label, surface: str, suffix: str, start: int, end: int, sent: int) -> Mention | None:
    bracket = _BRACKET_END.search(surface)
    core = surface[: bracket.start()] if bracket else surface
    # text before the first place name that is not part of a proper name (继续扎根|黄平县人民医院)
    first = next(
        (
            m
            for m in gz.scan(core)
            if gz.resolve(m, set()) and not starts_inside_a_word(core, m) and not ends_inside_a_word(core, m)
        ),
        None,
    )
    # (某某云|和|某县人民医院: a bare place name ending in a joining character, a place written with its level right
    # after it, is the end of what came before and the word that joins, no place)
    if first is not None and not first.strong and first.surface[-1] in _JOINERS_IN_NAMES:
        first = next((m for m in gz.scan(core) if m.start == first.end and m.strong), first)
    # (特|木里|镇卫生院: a bare place name that a town's name ends in is part of that name)
    if (
        first is not None
        and first.start > 0
        and not _proper_name().search(core[: first.start])
        and not _ends_a_towns_name(core, first)
        and not _a_town_of_the_table(core, first.start)
    ):
        cut = first.start
        surface, core, start = surface[cut:], core[cut:], start + cut
    elif (
        first is not None
        and (proper := _proper_name().search(core, 1, first.start)) is not None
        # (协调|武警某省总队医院: a verb before the word that makes the name a proper one is none of it; not a
        # character alone, which may end a word of the name: 首都|医科大学)
        and core.endswith(_long_stops(), 0, proper.start())
    ):
        cut = proper.start()
        surface, core, start = surface[cut:], core[cut:], start + cut
    ending = len(hospital_suffix(core) if label is Label.HOSPITAL else _agency_short(core))
    # (任城|口医院: where a place's name that opens with the verb of taking a post ends one character into another's
    # that ends right at the name's ending, the second is the place: 某某任|城口医院; not where the one character
    # left is a level's, 某旗|县医院, nor where no such verb opens it: 烟台山医院)
    lead = next((m for m in gz.scan(core) if m.start == 0), None)
    if lead and core[0] == "任" and lead.end == len(core) - ending - 1 and not level_word(core[lead.end :]):
        later = next((m for m in gz.scan(core[lead.end - 1 :]) if m.start == 0), None)
        if later and lead.end - 1 + later.end == len(core) - ending:
            cut = lead.end - 1
            surface, core, start = surface[cut:], core[cut:], start + cut
    places = []
    rest = core
    pos = 0
    shared: tuple[str, ...] = ()
    for match in gz.scan(core):
        # 党和政府: a place name must end before the name's ending does
        if match.start != pos or match.end > len(core) - ending:
            break
        code = gz.resolve(match, set(places))
        shared_name = match.strong or all(map(is_regiment, match.codes))
        if code is None and pos == 0 and shared_name and len(match.codes) > 1 and label is Label.HOSPITAL:
            # 鼓楼区人民医院: a district several cities have, 一团医院 a regiment every division may have; the article's
            # other places choose (coreference)
            shared, pos = match.codes, match.end
            break
        # 某地交大一附院某地医院: a university named after a place is not where its hospital stands
        if not stands_as_place(core, match):
            break
        # 上海兴国医院: 兴国 is a county in 江西, not part of 上海 — there the place names end
        if code is None or (places and not gz.is_within(code, places[-1])):
            # (甲乙丙丁县医院, a headline's run of counties: the hospitals of several places, no one institution)
            if code is not None and places and _run_of_counties(gz, core, match, places[-1]):
                return None
            break
        places.append(code)
        pos = match.end
    if places and core[pos : pos + 1] == "任" and level_word(core[pos + 1 :]):
        # 某某永康|任|县人民医院院长: a name ending in a place's name takes a post (任) at a hospital the level
        # stands for; the place is the person's, the hospital a back-reference
        return _mention(gz, label, surface[pos + 1 :], suffix, start + pos + 1, end, sent)
    rest = normal_rest(core[pos:])
    if label is Label.AGENCY:
        body = rest[: len(rest) - len(_agency_short(rest))]
        # an agency names its government's place (黄平县卫生健康局) or a level (区委区政府 after a place)
        if not places:
            return None
        key_rest = body + suffix
        region = places[-1]
        return Mention(label, surface, start, end, sent, region, f"{region}|{key_rest}", places, rest)
    body = rest[: len(rest) - len(hospital_suffix(rest))]
    # 县妇幼保健院, 市中心医院: a level character standing for the place named before (not 县级医院)
    abbreviated = not places and bool(level_word(body))
    # 市城乡医院, 县受援医院, 某省城市医院: a level or a place and a kind of hospitals name no one institution
    kind_only = bool(places) and body in _class_words()
    # (nor a level and a grade: 自治区地市级医院, the region's hospitals of a rank)
    after_level = body[len(level_word(body)) :]
    if kind_only or (abbreviated and (after_level.startswith(_class_words()) or is_rank_only(after_level))):
        return None
    proper = bool(body) and not is_generic(body) and (_proper_name().search(body) or _inner_region(gz, core))
    # 某某镇中心卫生院: a township's health centre; coreference gives it the county the article places it in
    township = not places and (is_township(body) or named_by_its_town(rest))
    if not places and not abbreviated and not proper and not township and not shared:
        return None
    if places and body and (is_rank_only(body) or _grades()[1].search(body)):
        return None
    if _PLURAL_PLACES.match(body) or body.endswith(_TOWNSHIPS_OF_A_KIND) or _PLURAL_TAIL.search(body):
        return None  # 某州两县医院, 各县人民医院, 甲乙两县医院: the hospitals of several places, no one institution
    if _COUNTED_INSIDE.search(body):
        return None  # 某地两家某某医院: a count of a place's hospitals sharing a name
    if _FIRST_OF_ITS_KIND.search(body):
        return None  # 某地区首个某某医学中心: the first unit of its kind there, no institution's name
    region = places[-1] if places else _inner_region(gz, core) or _bracketed_place(surface) or university_province(core)
    # 某大学某医院(青岛): the bracket names the branch's place; not where it holds the hospital's other name (某省
    # 人民医院（某市医科大学第一附属医院）: the university's city is not where the province's hospital acts)
    if bracket and region and not names_written(surface)[1]:
        inner = [c for c in (gz.resolve(m, {region}) for m in gz.scan(bracket.group(1))) if c]
        if inner and gz.is_within(inner[-1], region):
            region = inner[-1]
    # 某市中心医院某县分院: a branch stands in the place its tail names (one identity: the name, as written)
    branch = _BRANCH_PLACE.search(core)
    if branch and region:
        inner = [c for c in (gz.resolve(m, set(places)) for m in gz.scan(branch.group(1))) if c]
        if inner:
            region = inner[-1]
    key = f"{places[-1]}|{rest}" if places else normal_rest(_provinces_as_codes(gz, core))
    return Mention(label, surface, start, end, sent, region, key, places, rest, abbreviated=abbreviated, shared=shared)


def _run_of_counties(gz: Gazetteer, core: str, match, before: str) -> bool:
    """Whether ``core`` goes on from a county (``before``) with a run of counties of one province and then only a
    level's word and a hospital's ending (甲乙丙丁县医院; not 甲县某镇卫生院 whose town spells a county elsewhere)."""
    province = gz.lineage(before)[0].code
    at = match.start
    for m in gz.scan(core):
        if m.start < at:
            continue
        if m.start > at:
            break
        code = gz.resolve(m, {before})
        if code is None or not gz.is_county(code) or gz.lineage(code)[0].code != province:
            return False
        at = m.end
    # (the last county's level may be read with it: 丁县|医院)
    rest = core[at:]
    rest = rest[len(level_word(rest)) :] if core[at - 1] not in "县区市旗" else rest
    return at > match.start and rest in ("医院", "人民医院", "中医院", "中医医院")


def _provinces_as_codes(gz: Gazetteer, name: str) -> str:
    """A name with the provinces written inside it as their codes: one identity however the province is written
    (武警某省总队医院 and 武警某总队医院 with the province's short name)."""
    out, at = [], 0
    for m in gz.scan(name):
        code = gz.resolve(m, set()) if m.start >= at else None
        if code is not None and gz.places[code].level is Label.PROVINCE and not ends_inside_a_word(name, m):
            out += [name[at : m.start], code]
            at = m.end
    return "".join(out) + name[at:] if out else name


_BRANCH_PLACE = re.compile(r"(?<=院)([\u4e00-\u9fff]{2,8}?)分院$")


def level_reading(mention: Mention) -> Mention | None:
    """The hospital a name starting with a one-character county (和县妇幼保健院) also reads as without its first
    character, a level word standing for the article's place (和|县妇幼保健院), where it reads so."""
    gz = gazetteer()
    lead = gz.scan(mention.surface)[:1]
    if mention.label is not Label.HOSPITAL or not mention.places or not lead or lead[0].start != 0:
        return None
    if lead[0].surface[1:] != "县":
        return None
    generic = _mention(gz, mention.label, mention.surface[1:], "", mention.start + 1, mention.end, mention.sent)
    return generic if generic is not None and generic.abbreviated else None


def stop_word_before(text: str, at: int) -> bool:
    """Whether a word that never stands inside a name (帮扶, 支援, 到, 与) ends right before ``at``."""
    words = _stops()
    return any(text[at - size : at] in words for size in (1, 2, 3, 4) if at - size >= 0)


def ends_a_word_before(text: str, mention: Mention) -> bool:
    """挂任|县人民医院: the name's first character ends a word that never stands inside a name (a verb of aid or of
    taking a post) begun before it."""
    first = mention.start + 1
    words = _stops()
    return any(text[first - size : first] in words for size in (2, 3, 4) if first - size >= 0)


# 两县, 各县市, 三个乡镇, 两家县级, 乡镇 (某县乡镇卫生院), 县区, 旗县, 市县两级: several places of a level, or of
# several levels
# townships of a kind, no one of them: 乡镇, and the sumu and towns of a banner (全旗苏木镇卫生院)
_TOWNSHIPS_OF_A_KIND = ("乡镇", "苏木镇")
_PLURAL_PLACES = re.compile(
    r"^(?:[两二三四五六七八九十几多各数]+(?:个|家|所)?[县市区州旗盟乡镇地省]+级?|[省市州盟县区旗乡镇]{2,4}(?:[两二三四]级)?)(?:人民|中医|妇幼保健)?$"
)
# 甲乙两县(人民)医院: a count of places ending what stands before the ending
_PLURAL_TAIL = re.compile(r"[两二三四五六七八九十几多各数](?:个|家|所)?[县市区州旗]级?(?:人民|中医|妇幼保健)?$")
# a university's numbered hospital in its three spellings (第一附属医院, 附属第一医院, 附一院/一附院)
_NUMBERED_AFFILIATE = re.compile(
    r"(?:第([一二三四五六七八九十])附属医院|附属第([一二三四五六七八九十])医院|附([一二三四五六七八九十])院|([一二三四五六七八九十])附院)$"
)


def normal_rest(rest: str) -> str:
    """One spelling per kind of institution, so 黄平县疾控中心 is 黄平县疾病预防控制中心 and 某医学院第一附属医院
    is 某医学院附属第一医院."""
    numbered = _NUMBERED_AFFILIATE.search(rest)
    if numbered:
        n = next(g for g in numbered.groups() if g)
        return f"{rest[: numbered.start()]}附属第{n}医院"
    # 第九〇三医院, 903医院, 联勤保障部队第九〇三医院: a hospital named by its number, in one spelling (九〇三医院)
    military = _HOSPITAL_NUMBER.search(rest)
    if military:
        lead = rest[: military.start()]
        lead = "" if _FORCES_BEFORE.fullmatch(lead) else lead
        return lead + military.group(1).translate(_DIGITS_AS_HAN) + rest[military.end(1) :]
    for short, full in _short_endings():
        if rest.endswith(short):
            return rest[: -len(short)] + full
    return rest


_HOSPITAL_NUMBER = re.compile(r"第?([〇零一二三四五六七八九\d]{3,4})(?=(?:中心)?医院$)")
_DIGITS_AS_HAN = str.maketrans("0123456789零", "〇一二三四五六七八九〇")


def is_rank_only(body: str) -> bool:
    """北京三甲医院, 县级医院, 某市县级中医医院: a place and a grade (and a kind of hospital), not a named
    institution."""
    return bool(_grades()[0].fullmatch(body))


@cache
def _grades() -> tuple[re.Pattern, re.Pattern]:
    words = "|".join(map(re.escape, sorted(read_lines("grade_words.txt"), key=len, reverse=True)))
    kinds = "|".join(map(re.escape, sorted(read_lines("hospital_kind_words.txt"), key=len, reverse=True)))
    grade = rf"(?:{words}|[一二三四五六七八九十两几多\d]+[家所])+"
    # 某省正式启动省级公立医院, 某州长期没有三级医院: words before a grade are a clause, not a name
    return re.compile(rf"{grade}(?:{kinds})?"), re.compile(rf"{grade}$")


@cache
def _short_endings() -> tuple[tuple[str, ...], ...]:
    return tuple(read_table("short_endings.tsv", 2))


@cache
def _proper_name() -> re.Pattern:
    """What shows a name is a proper one without a place in front: a word of proper_name_words.txt, a zone
    (某某新区人民医院), or the number a military hospital goes by (九〇三医院, 第960医院)."""
    words = "|".join(map(re.escape, read_lines("proper_name_words.txt") + read_lines("zone_words.txt")))
    return re.compile(rf"{words}|{_NUMBERED_NAME.pattern}")


# the branch of the armed forces a numbered hospital serves, written before its number
_FORCES_BEFORE = re.compile(r"(?:中国人民解放军|解放军)?(?:联勤保障部队|火箭军|海军|空军|陆军|武警部队)?$")
_NUMBERED_NAME = re.compile(r"(?<![\d〇零一二三四五六七八九])第?(?:[〇零一二三四五六七八九]{3}|\d{3})$")
_REGIMENT_NAME = re.compile(r"(?<![〇零一二三四五六七八九])[一二][〇零一二三四五六七八九]{2}团$")


def _inner_region(gz: Gazetteer, name: str) -> str | None:
    """A place written inside a name that does not start with one (明德医科大学海珠医院 -> 海珠区)."""
    codes = []
    for m in gz.scan(name):
        code = gz.resolve(m, set()) if m.strong or len(m.surface) >= 2 else None
        if (
            code is not None
            # 武警某省总队医院: a province's name is the place whatever word the segmenter reads it in
            and (gz.places[code].level is Label.PROVINCE or not starts_inside_a_word(name, m))
            and not ends_inside_a_word(name, m)
            and not names_a_town(name, m)  # 长寿镇卫生院: a town's, wherever a county of that name lies
            and not (m.start > 0 and _ends_a_towns_name(name, m))  # (某|丰镇中心卫生院 too)
            and not STREET_AFTER.match(name, m.end)  # (北京路社区卫生服务中心: a street's)
        ):
            codes.append(code)
    return codes[-1] if codes else None


def _agency_short(rest: str) -> str:
    return next((short for short in _endings(Label.AGENCY) if rest.endswith(short)), "")


@lru_cache(maxsize=8192)  # the same few names recur in every article
def hospital_suffix(rest: str) -> str:
    return next((short for short in _endings(Label.HOSPITAL) if rest.endswith(short)), "")


@cache
def _endings(label: Label) -> tuple[str, ...]:
    """The name endings of one label, longest first."""
    _, table = _suffixes()
    return tuple(sorted((s for s, v in table.items() if v[0] is label), key=len, reverse=True))
