"""Places named on their own in a sentence (not inside an institution's name), one actor per place phrase."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from graphaid.documents import Document
from graphaid.extract.mentions import Mention
from graphaid.extract.people import role_words
from graphaid.extract.sides import has_aid_words
from graphaid.extract.tokens import is_common_word, is_word, is_word_too, quoted_alone, words_from
from graphaid.lexicon import read_lines, read_table, surnames
from graphaid.model import Label
from graphaid.places import LEVEL_SUFFIXES, PlaceMatch, gazetteer, is_division, is_regiment, township_counties
from graphaid.words import Words

# or right after one of these, their clause ending with them
_BARE_PLACE_BEFORE = re.compile(r"(?:帮扶|支援|援助|对口|结对|赴|前往|来到|在)$")
# bare county names are read as places only when followed by one of these (甲、乙、丙三县: the count of a list)
# or already named in full
_BARE_PLACE_FOLLOW = re.compile(
    r"^(?:[、和与及等]|县|人民|地区|帮扶|医疗|卫生|妇幼|中医|[两二三四五六七八九十]个?[县市区州]|$)"
)


# what makes a place's name before it a street's (北京路, 延安大街, 中山大道; not 街道, a subdistrict)
STREET_AFTER = re.compile(r"路|大街|大道|街(?!道)|巷")

# the words a township's name ends with (苏木: a township of Inner Mongolia's pastures), and a village's
TOWN_WORDS = ("镇", "乡", "街道", "苏木")
_VILLAGE_WORDS = ("村", "嘎查")


@cache
def _signing() -> tuple[str, ...]:
    return read_lines("signing_words.txt")


@cache
def _boundaries() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    return (
        frozenset(read_lines("not_place_before.txt")),
        read_lines("not_place_after.txt"),
        read_lines("institution_after_place.txt"),
        read_lines("destination_after_place.txt"),
        read_lines("venue_after_place.txt"),
    )


@cache
def _facility() -> re.Pattern:
    words = "|".join(map(re.escape, sorted(read_lines("facility_words.txt"), key=len, reverse=True)))
    return re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{words})")


def inside_a_word(text: str, match: PlaceMatch) -> bool:
    """落户|县医院, 中心和|县域: a one-character name with its level (户县, 和县) whose first character the segmenter
    reads as the end of a word before it, or whose county's level character as the start of a word after it (a
    prefecture's, 杭州|网, names the place all the same); a bare name across two words (垫|江门|诊); a name whose
    first character closes a head's title before it (宣传部部|长沙某某: 部长 and a name)."""
    if match.surface.startswith("长") and text[match.start - 1 : match.start] in _HEADS_OF:
        return True
    if not match.surface.endswith(LEVEL_SUFFIXES):
        # 垫|江门|诊: a bare name the segmenter reads as the end of one word and the start of the next (only where a
        # word of its dictionary crosses each end can it: most bare names are spared the segmenting)
        # (or where words of its dictionary end on its first character and start on its last, whatever the segmenter,
        # taught the place, reads: 大巴|山东|南麓 is 大巴山 and 东南麓)
        return (
            _crossed(text, match.start)
            and _crossed(text, match.end)
            and (starts_inside_a_word(text, match) or _word_ends_on(text, match.start))
            and (match.end not in _word_bounds(text, match) or _word_starts_on(text, match.end - 1))
        )
    if len(match.surface) != 2:
        return False
    if starts_inside_a_word(text, match):
        return True
    ends_in_a_word = match.end < len(text) and match.end not in _word_bounds(text, match)
    return match.surface.endswith(_COUNTY_LEVELS) and ends_in_a_word


_COUNTY_LEVELS = ("县", "区", "旗")
# what a head's title (部长, 院长, 队长) opens with; not 市 or 县, which a place's level may be (某市|长沙县)
_HEADS_OF = frozenset("部院局处科队组站所校厅社团班")
_JOINERS = frozenset("和与及同")
# the last characters of institutions' and groups' names (某医院, 某中心, 某卫生局, 医疗队, 专家们), and of the
# titles of their heads (副县长和|县人民医院院长)
_NAME_ENDINGS = frozenset("院心站所局委部队组们员长")


def joins_two_names(text: str, at: int) -> bool:
    """县人民医院和|县中医医院, 医疗队和|县卫生健康委: a joining word at ``at``, right after a name's ending, joins two
    names; with the level character after it, it names no place (和县). (So too after a number or a Latin name that
    stands for a service or a unit: 乡镇卫生院、120和|县医院, ICU和|县…)"""
    if text[at : at + 1] not in _JOINERS or at == 0:
        return False
    before = text[at - 1]
    return before in _NAME_ENDINGS or (before.isascii() and before.isalnum())


def _word_ends_on(text: str, at: int) -> bool:
    """Whether a word of the dictionary (no place) of three or four characters ends on the character at ``at``."""
    return any(is_common_word(text[i : at + 1]) for i in range(max(0, at - 3), at - 1))


def _word_starts_on(text: str, at: int) -> bool:
    """Whether a word of the dictionary (no place) of two to four characters starts on the character at ``at``."""
    return any(is_common_word(text[at:j]) for j in range(at + 2, min(len(text), at + 4) + 1))


def _crossed(text: str, at: int) -> bool:
    """Whether a word of the segmenter's dictionary (of up to four characters) runs across ``at``."""
    return any(is_word(text[i:j]) for i in range(max(0, at - 3), at) for j in range(at + 1, min(len(text), i + 4) + 1))


def starts_inside_a_word(text: str, match: PlaceMatch) -> bool:
    """千|佛山医院: a name whose first character the segmenter reads as inside a word that starts before it."""
    return match.start > 0 and match.start not in _word_bounds(text, match)


def _division_inside_a_word(text: str, match: PlaceMatch) -> bool:
    """第二|师范学院: a 兵团 division's number (第二师) whose last character starts the word after it."""
    return match.surface.startswith("第") and match.end < len(text) and match.end not in _word_bounds(text, match)


def ends_inside_a_word(text: str, match: PlaceMatch) -> bool:
    """贵|安|新区: a bare name (安新) whose last character the segmenter reads as the start of a word after it."""
    return not match.strong and match.end < len(text) and match.end not in _word_bounds(text, match)


def _word_bounds(text: str, match: PlaceMatch) -> set[int]:
    """Where words start and end around a match; segmenting only the words just around it keeps this cheap."""
    right = min(len(text), match.end + _AROUND)
    return {*words_from(text, max(0, match.start - _AROUND), right), right}


_AROUND = 4


def names_a_town(text: str, match: PlaceMatch) -> bool:
    """兴隆镇, 某某苏木, 某某村: a bare name right before 镇, 乡 or a village's word is the name of a town or a
    village, not the county that has it; so is a short name with its level that the township table holds with
    the town's word (新市|镇: a town of many counties, not a city's district)."""
    if not text.startswith(TOWN_WORDS + _VILLAGE_WORDS, match.end):
        return False
    if not match.surface.endswith(LEVEL_SUFFIXES):
        return True
    word = next((w for w in TOWN_WORDS if text.startswith(w, match.end)), None)
    return len(match.surface) == 2 and word is not None and bool(township_counties(match.surface + word))


def stands_as_place(text: str, match: PlaceMatch) -> bool:
    """Whether a place name found in ``text`` is a word of its own naming the place as a party.

    Not when it is part of another word: a title (副县长, 代县长), a reference (该县, 全县), or the name of a
    university or college (某某大学 is not the place it is named after); nor when it is where patients went for
    care before the aid (到某地等大医院看病) or where a meeting is held or an agreement signed (在某地召开, 在某地签署).
    """
    before_chars, after_words, institutions, destinations, venues = _boundaries()
    before, after = text[match.start - 1 : match.start], text[match.end :]
    # a one-character name with its level (某县) is the ending of a longer word as often as a place
    one_character = len(match.surface) == 2 and match.surface.endswith(LEVEL_SUFFIXES)
    if (
        one_character
        and (before in before_chars or match.surface[0] in before_chars or after.startswith(after_words))
        and not _after_its_own_city(text, match)
    ):
        return False
    if one_character and joins_two_names(text, match.start):
        return False
    if inside_a_word(text, match) or _division_inside_a_word(text, match):
        return False
    # 名字里带着“北京”: a name alone in quotation marks is the word, not the place
    if quoted_alone(text, match.start, match.end):
        return False
    if names_a_town(text, match):
        return False
    # 北京路, 延安大街: a street named after the place
    if STREET_AFTER.match(text, match.end):
        return False
    if in_a_persons_name(text, match):
        return False
    # 到某地等大医院看病 / 在某地召开: where patients used to go, or where a meeting is held, is no party to the aid
    if after.startswith(institutions) or after.startswith(destinations):
        return False
    # (甲与乙县举行签约仪式, 甲与某省乙县举行: joined to a party before it, the place is one of those who hold it)
    if after.startswith(venues) and not _joined_to_a_party(text, match):
        return False
    # 甲与乙在某县签署协议: where the parties sign
    if text[match.start - 1 : match.start] == "在" and after.startswith(_signing()):
        return False
    # 新华社某地7月3日电, 香港中通社: where a report comes from
    if _newsroom().match(after):
        return False
    # 抵达某地新桥国际机场: the name of an airport or a station
    return not _facility().match(after)


def _joined_to_a_party(text: str, match: PlaceMatch) -> bool:
    """Whether 与, 和 or 同 stands right before the run of place names that ends with ``match`` (与某省某县)."""
    start = match.start
    for earlier in reversed(gazetteer().scan(text[:start])):
        if earlier.end != start:
            break
        start = earlier.start
    return start > 0 and text[start - 1] in _JOINED_PARTY


def in_a_persons_name(text: str, match: PlaceMatch) -> bool:
    """院长徐海西, 主任医师李安宁, 徐海西院长, 徐海西说: a bare name right after a family name, with a title before or
    after or a verb of saying after, is the person's given name; right after a title, one that starts with a family
    name is the person's whole name (队长江华说); and so in a list of names after a title (专家王明、李海西)."""
    if match.surface.endswith(LEVEL_SUFFIXES):
        return False
    # 院长沙某某: a bare name whose first character ends a role word before it starts the person's name after it
    if text[match.start] in _role_inner_characters():
        lo = max(0, match.start - 4)
        if any(lo + rs < match.start < lo + re_ for rs, re_, _ in role_words().find(text[lo : match.end])):
            return True
    whole = text[match.start : match.start + 1] in surnames()
    if whole and (_after_a_role(text, match.start) or _in_a_titled_list(text, match.start)):
        return True
    at = match.start - 1
    if at < 0 or text[at] not in surnames():
        return False
    # 成都绵阳专家: a family name's character that ends a place right before is that place's (成|都)
    if any(text[at - k : at + 1] in gazetteer().by_keyword for k in (1, 2, 3) if at >= k):
        return False
    # (和海西专家, 向某地医生: a family name that is a function word too is one only after a title; 胡海西说: a place
    # says nothing, a person does)
    return (
        _after_a_role(text, at)
        or _in_a_titled_list(text, at)
        or (
            text[at] not in _FUNCTION_WORD_NAMES
            and (_before_a_role(text, match.end) or text.startswith(_speech_verbs(), match.end))
        )
    )


@cache
def _speech_verbs() -> tuple[str, ...]:
    return read_lines("speech_verbs.txt")


_FUNCTION_WORD_NAMES = frozenset("和向于由")
_HOSPITAL = "医院"


@cache
def _role_inner_characters() -> frozenset[str]:
    """The characters role words hold after their first (院长's 长): where a place's name may start inside one."""
    return frozenset(c for word in role_words().words for c in word[1:])


_JOINED_PARTY = frozenset("与和同")
_LIST_JOINERS = frozenset("、和及")


def _in_a_titled_list(text: str, at: int, depth: int = 0) -> bool:
    """专家王明、李某某和赵某某 / 医生高某、林某: a name that goes on a list of two- or three-character names whose
    first follows a title."""
    if depth > 6 or at < 3 or text[at - 1] not in _LIST_JOINERS:
        return False
    for length in (2, 3):
        start = at - 1 - length
        names = start >= 0 and all("\u4e00" <= ch <= "\u9fff" for ch in text[start : at - 1])
        if names and (_after_a_role(text, start) or _in_a_titled_list(text, start, depth + 1)):
            return True
    return False


def _after_a_role(text: str, at: int) -> bool:
    """A title right before ``at``, or with a byline's space or colon between (记者 某某, 编辑：某某)."""
    before = _BYLINE_GAP.sub("", text[max(0, at - 10) : at])
    return any(end == len(before) for _, end, _ in _person_titles().find(before))


def _before_a_role(text: str, at: int) -> bool:
    """徐海西院长, 徐海西说: a title or a verb of saying right after (up to a third character of the given name)."""
    after = text[at : at + 8]
    return (
        any(start in (0, 1) for start, _, _ in _person_titles().find(after))
        or after.startswith(_speech_verbs())
        or after[1:].startswith(_speech_verbs())
    )


_BYLINE_GAP = re.compile(r"[\s\u3000:：]+$")


@cache
def _person_titles() -> Words:
    """Every word that stands right before or after a person's name: the experts' roles, officials' and the
    newsroom's titles, patients and kin, offices and forms of address."""
    files = ("non_expert_context.txt", "patient_words.txt", "kin_words.txt", "person_titles.txt")
    return Words([*role_words().words, *(w for f in files for w in read_lines(f))])


@cache
def _newsroom() -> re.Pattern:
    words = "|".join(map(re.escape, sorted(read_lines("newsroom_words.txt"), key=len, reverse=True)))
    # (某地2024年5月6日电: with the year too)
    return re.compile(rf"^(?:(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)?(?:{words})")


def names_the_scene(text: str, at: int, until: int) -> str | None:
    """How a place stands in its clause only as the scene around the aid, if it does.

    "around": a neighbour or a distance by which the text says where somewhere lies (东与某州接壤, 距省会某市280
    公里; not the place the clause opens with, the one it describes); where laypeople or a person come from (来自
    甲、乙等地的志愿者, 江西某市人, 出生于某市, 某市民); the road (途经甲、乙); who gave an honour or ranks (荣获
    某省五一劳动奖章, 位居某省前列); a company's or a contest's place (某地一家科技公司, 某省技能大赛); what is
    named after it (延安精神, 三明医改经验).
    "passing": an episode of someone's past (曾随队驰援某地), where people went to learn or for care (赴甲、乙等地
    进修学习, 转到甲、乙等地就医) or went before the aid (以前要跑到甲、乙去做), where a team goes home (返回某市),
    examples in a clause about the country at large (全国已有甲、乙等省份参与); these are parties all the same
    where the article names them as such elsewhere (a donor's city training the receivers' staff). ``text`` is
    the sentence; the place is ``text[at:until]``."""
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, at)), default=0)
    end_of_clause = _CLAUSE.search(text, until)
    end = end_of_clause.start() if end_of_clause else len(text)
    words = _scene_words()
    # 从某市出发, 从某市抵达某县: where people set off from
    if text[at - 1 : at] == "从" and words.departure.match(text, until):
        return "passing"
    # 患者是从甲、乙等县转来的: where patients are brought from for care
    if _FROM_A_LIST.search(text, start, at) and _BROUGHT_HERE.match(text, until):
        return "around"
    # 经某市转机: where people change planes on the way
    if text[at - 1 : at] == "经" and words.transit.match(text, until):
        return "around"
    # 乘机前往某市，次日抵达某县: a place gone to on the way, the next clause going on from it to another
    if end_of_clause is not None and _GOING_ON.match(text, end_of_clause.end()) and words.going.search(text, start, at):
        return "around"
    # 不用再往某市跑, 看专家不用跑某市、不用去某地: where people used to run to (for care)
    if text[at - 1 : at] in ("往", "到", "去") and text.startswith("跑", until):
        return "passing"
    if _NO_LONGER_GOING.search(text, max(start, at - 8), at):
        return "passing"
    # 他儿子在某市打工: where someone makes a living or studies
    if text[at - 1 : at] == "在" and words.livelihood.match(text, until):
        return "passing"
    # 患者需要定期赶到某市透析: where patients go (for care), the subject of the clause's verb of going
    going = words.going.search(text, start, at)
    if going is not None and words.patients.search(text, start, going.start()):
        return "passing"
    # 继某院为甲、乙两县开展义诊后，…: the episode a sentence follows on from
    if at < earlier_episode_end(text):
        return "passing"
    # 在甲、乙这些离县城远的乡镇: names of a list said to be townships or villages are theirs, no division's
    if _TOWNS_LIST_END.match(text, until):
        return "around"
    # most clauses hold none of the words below: one search says so (reaching into the next clause where it opens
    # with where people stay, which may say what they went for: 赴某地，在某医院进修半年)
    reach = end + 1 + _PURPOSE_REACH if text.startswith(("在", "到"), end + 1) else end
    if not (
        words.any_cue.search(text, start, min(len(text), reach))
        or words.any_after.match(text, until - 1)
        or words.past.search(text, 0, start)
    ):
        return None
    if text[start:at].strip() and (_neighbours(text, start, end) or _DISTANCE.search(text, start, end)):
        return "around"
    if _lies_within(text, start, at, words.lies_in):
        return "around"
    # 来自甲、乙等地的志愿者: where laypeople come from; 江西某市人，: where a person is from; 途经甲、乙: the road
    origin = text.rfind("来自", start, at)
    if origin >= 0 and _LIST_SO_FAR.match(text[origin + 2 : at]) and words.laypeople.match(text, until):
        return "around"
    # 专家们来自甲、乙等地: examples of where people come from, a party only where the article names it as one
    if origin >= 0 and _LIST_SO_FAR.match(text[origin + 2 : at]) and _EXAMPLES_END.match(text, until):
        return "passing"
    if _NATIVE.match(text, until) or words.passing.search(text, start, at):
        return "around"
    if text[start:at].endswith(past_and_referral()):
        return "around"
    # 荣获某省五一劳动奖章, 位居某省前列: who gave an honour, the field ranked in; 某地一家科技公司, 某省技能大赛:
    # a company's or a contest's place; 某市民: a citizen of the place; 延安精神, 三明医改经验: what is named after it
    if words.honours.search(text, start, at) or words.named_after.match(text, until):
        return "around"
    if words.owner_after.match(text, until) or text.startswith(_CITIZEN, until - 1):
        return "around"
    # an episode of the past goes on to the sentence's end (曾参加援疆医疗队，在某地工作了一年半); a team going
    # home (结束工作返回某市)
    if in_a_past_episode(text, 0, at) or words.scope.search(text, start, at) or words.home.search(text, start, at):
        return "passing"
    if went_to_learn(text, at, until):
        return "passing"
    return None


def _lies_within(text: str, start: int, at: int, lies_in: re.Pattern) -> bool:
    """Whether the place at ``at`` is where the place its clause opens with lies, or the division that place is
    under (甲县地处某省中部, 甲县隶属某市; 甲县地处某山区，隶属某市: the clause before opens with it), not where an
    institution lies (某医院位于某市)."""
    cue = lies_in.search(text, start, at)
    if cue is None or cue.end() != at:
        return False
    subject = text[start : cue.start()].strip()
    if not subject and start > 0:
        before = max((m.end() for m in _CLAUSE.finditer(text, 0, start - 1)), default=0)
        earlier = lies_in.search(text, before, start - 1)
        subject = text[before : earlier.start()].strip() if earlier else ""
    if _PLACE_PRONOUN.fullmatch(subject):
        return True
    places = gazetteer().scan(subject)
    return len(places) == 1 and places[0].start == 0 and places[0].end == len(subject)


# 该县地处…: a place the text has named before
_PLACE_PRONOUN = re.compile(r"[该本全][省市州县区旗盟]")


def _neighbours(text: str, start: int, end: int) -> bool:
    """Whether a word of neighbours stands in ``text[start:end]`` (东与某州接壤), not one whose direction ends a
    place's name (山西与某省开展协作)."""
    gz = gazetteer()
    for m in _scene_words().neighbours.finditer(text, start, end):
        if not any(text[max(0, m.start() + 1 - k) : m.start() + 1] in gz.by_keyword for k in (2, 3)):
            return True
    return False


def in_a_past_episode(text: str, start: int, at: int) -> bool:
    """Whether a word telling an episode of someone's past (曾在, 曾作为) stands in ``text[start:at]``: the episode
    goes on to the sentence's end (他曾作为某队队员在某医院工作一年半), or to the end of the aside it is told in
    (某某（曾在甲医院进修）驻点乙医院)."""
    found = _scene_words().past.search(text, start, at)
    if found is None:
        return False
    # (…曾在甲医院进修，2023年起在乙医院…: a clause opening with a later time tells another episode)
    if (later := _LATER_EPISODE.search(text, found.end(), at)) is not None:
        return in_a_past_episode(text, later.end(), at)
    # (曾在甲医院进修的乙医院医生: an episode told to qualify what follows its 的 ends there)
    if (qualifier := _EPISODE_QUALIFIES.match(text, found.end(), at)) is not None:
        return in_a_past_episode(text, qualifier.end(), at)
    close = _ASIDE_CLOSE.search(text, found.end(), at)
    if close is None or max(text.rfind("（", start, found.start()), text.rfind("(", start, found.start())) < 0:
        return True
    return in_a_past_episode(text, close.end(), at)


_ASIDE_CLOSE = re.compile(r"[）)]")
_EPISODE_QUALIFIES = re.compile(
    r"[^，,。；;：:（）()]*?(?:进修|学习|研修|深造|访学|培训|规培|留学|工作|任职)过?"
    r"(?:[一两二三四五六七八九十半\d]+(?:个月|年|月))?的"
)
_LATER_EPISODE = re.compile(r"[，,；;]\s*(?:\d{4}年|今年|去年|目前|现在|如今|此次|这次|后来|随后)")


def earlier_episode_end(text: str) -> int:
    """Where the episode a sentence opens by following on from (继某院为甲县开展义诊后，) ends; 0 if none."""
    earlier = _EARLIER_EPISODE.match(text) if text[:1] in _EPISODE_OPENERS else None
    return earlier.end() if earlier else 0


def went_to_learn_at(doc: Document, mention: Mention) -> bool:
    """``went_to_learn`` for a mention of the document, in its sentence."""
    sentence = doc.sentences[mention.sent]
    return went_to_learn(sentence.text, mention.start - sentence.start, mention.end - sentence.start)


def went_to_learn(text: str, at: int, until: int) -> bool:
    """Whether ``text[at:until]`` is where people went to learn or for care (派医生到某医院进修学习, 转到某院就医):
    a verb of going before it and the purpose after it, in its clause; or where patients go or are sent, or where
    people went before the aid (患者只能转往某市的甲医院, 以前要跑到甲医院)."""
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, at)), default=0)
    end_of_clause = _CLAUSE.search(text, until)
    end = end_of_clause.start() if end_of_clause else len(text)
    words = _scene_words()
    # 患者只能转往州府某市的甲医院, 患者需要去某地的甲医院手术: where the clause's patients go or are sent
    sent = words.sent_for_care.search(text, start, at)
    if sent is not None and words.patients.search(text, start, sent.start()):
        return True
    # 患者只能转往甲医院，甚至乙医院: one a clause of 甚至 adds to where the clause before sends them
    if text.startswith(_EVEN, start) and start > 0:
        earlier = max((m.end() for m in _CLAUSE.finditer(text, 0, start - 1)), default=0)
        went = words.sent_for_care.search(text, earlier, start)
        if went is not None and (words.patients.search(text, 0, went.start()) or words.former.search(text, 0, start)):
            return True
    # 用救护车转往首府某市的甲医院: where someone is sent, the place it lies in before it
    if words.referred_to.search(text, max(start, at - _REFERRAL_REACH), at):
        return True
    # 以前要跑到某地的甲医院: where people went before the aid
    if sent is not None and words.former.search(text, start, at):
        return True
    # 以前…的病人，只能去某地的甲医院 / 老乡…，或者跑到甲医院去做: where the sentence's patients had to go, before
    # the aid, a clause after it says so
    if (
        sent is not None
        and _HAD_TO.search(text, start, sent.end())
        and (
            words.patients.search(text, 0, start)
            or words.former.search(text, 0, start)
            or _LOCALS.search(text, 0, start)
        )
    ):
        return True
    taken, times, sought = _care_taken()
    going = words.going.search(text, start, at)
    # 前年我在甲医院做过一次胃镜: care someone had there before, said after it in its clause; 过去…要坐车去甲医院做手术:
    # care someone went there for before
    if (taken.match(text, until, end) or going and sought.match(text, until, end) and not has_aid_words(text)) and (
        times.search(text, 0, at) or words.former.search(text, 0, at)
    ):
        return True
    # 家人带着他赶到某地，在甲医院做了手术, 带她到某地的甲医院检查: where someone was taken for care, the sentence
    # saying nothing of aid
    if (
        (going or text[at - 1 : at] == "在" and (taken.match(text, until, end) or sought.match(text, until, end)))
        and _escorted().search(text, 0, at)
        and not has_aid_words(text)
    ):
        return True
    # 去某地的甲医院要两个半小时: where the way there is told by its length, a trip someone had to make
    if going and _TRAVEL_TIME.match(text, until, end):
        return True
    if not going:
        # 将在某医院重症医学科进修一年: being at a hospital to learn, nothing of aid between
        if text[at - 1 : at] != "在":
            return False
        purpose = words.purposes.search(text, until, end)
        return purpose is not None and not _aid_words().search(text, until, purpose.start())
    if words.purposes.search(text, until, end):
        return True
    # 选派36名医护人员外出进修，后两批将前往甲医院和乙医院: the purpose the clause before states, no aid word between
    before = max((m.end() for m in _CLAUSE.finditer(text, 0, max(0, start - 1))), default=0)
    purpose = words.purposes.search(text, before, start)
    if purpose is not None and not _aid_words().search(text, purpose.end(), at):
        return True
    # 分别前往甲医院、乙医院，开始为期一年的进修学习: the purpose opening the next clause, nothing of aid before it
    if end_of_clause is None or end_of_clause.group(0) not in ",，":
        return False
    purpose = words.purposes.search(text, end_of_clause.end(), end_of_clause.end() + _PURPOSE_REACH)
    return purpose is not None and not _aid_words().search(text, end_of_clause.end(), purpose.start())


@cache
def _care_taken() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """What follows an institution where someone had care there (做过一次胃镜, 住过院), the words of the past, and what
    follows one someone went to for care (治疗, 做手术)."""
    rows = read_table("care_taken_words.tsv", 2)
    verbs, times, sought = ("|".join(re.escape(w) for w, k in rows if k == kind) for kind in ("verb", "time", "sought"))
    return re.compile(rf"[^，,。；;：:]{{0,4}}?(?:{verbs})"), re.compile(times), re.compile(rf"(?:{sought})(?![室间])")


@cache
def _escorted() -> re.Pattern:
    """Someone taken somewhere by another (带着他赶到, 陪母亲去, 把孩子送到)."""
    whom = "|".join(["他", "她", "孩子", *map(re.escape, read_lines("kin_words.txt"))])
    return re.compile(
        rf"(?:带着?|陪着?|领着?|背着?|抱着?)(?:{whom})[^，,。；;]{{0,12}}?(?:到|去|赶到|赶往|前往)|把(?:{whom})送(?:到|往|去|进)"
    )


# a clause that goes on from where the one before went, at a later time (将于次日抵达…, 再转乘汽车前往…)
_GOING_ON = re.compile(
    r"(?:将于|并于|于)?(?:次日|当晚|第二天|随后|然后|之后|再|后)[^，,。；;]{0,8}?(?:抵达|到达|转乘|转车|赶往|前往|转赴)"
)
# how long the way to a place takes (要两个半小时, 需要坐4个小时的车, 得走300公里)
_TRAVEL_TIME = re.compile(r"还?(?:要|需要|需|得)[^，,。；;]{0,8}?(?:小时|公里)")
# what adds a further place to where people go (转往甲医院，甚至乙医院)
_EVEN = ("甚至", "乃至")
# how far into the next clause the purpose of a going may stand
_PURPOSE_REACH = 16
# how far before an institution a word of sending patients may stand, a place's words between (转往首府某市的)
_REFERRAL_REACH = 16
# what one had to do (只能去, 或者跑到, 还得赶到) rather than what the aid does
_HAD_TO = re.compile(r"只能|只好|或者|宁愿|还得|都得|得去|要去|不得不")
_LOCALS = re.compile(r"老乡|乡亲|牧民|农牧民|老百姓")


@cache
def _aid_words() -> re.Pattern:
    """Words of giving aid or teaching: before a word of learning in a clause, they make the learners the locals."""
    words = [w for w, _ in read_table("aid_triggers.tsv", 2)] + [w for w, _ in read_table("guidance_words.txt", 2)]
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


# 在甲医院(心内科)工作了八年(后): the years someone worked at the institution just named
_YEARS_WORKED = re.compile(
    r"(?:[\u4e00-\u9fff]{0,8}?科)?(?:工作|任职|就职|从医)(?:了|过)?[\d一二三四五六七八九十两]{1,3}(?:多|余)?年(?:多|余)?(?:后|之后)?"
)
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def a_past_station(text: str, until: int) -> bool:
    """先在甲医院工作了八年，2009年调入乙医院: whether the institution ending at ``until`` is where someone worked for
    years before a later step of their career that its sentence tells (调入, 考入, 南下): a station of their past,
    no party. A step whose clause tells of aid (进入援藏医疗队) leaves the institution their employer."""
    worked = _YEARS_WORKED.match(text, until)
    if worked is None:
        return False
    end = _SENTENCE_END.search(text, worked.end())
    end = end.start() if end else len(text)
    step = _career_steps().search(text, worked.end(), end)
    if step is None:
        return False
    clause = _CLAUSE.search(text, step.end(), end)
    return _aid_words().search(text, step.start(), clause.start() if clause else end) is None


@cache
def _career_steps() -> re.Pattern:
    return re.compile("|".join(map(re.escape, read_lines("career_steps.txt"))))


@cache
def past_and_referral() -> tuple[str, ...]:
    """出生于, 毕业于, 转诊至: words before where a person was born or studied, or where a patient was sent."""
    return read_lines("biography_words.txt") + read_lines("referral_words.txt")


_CLAUSE = re.compile(r"[,，;；:：]")
# 从 before a place, or before the list it ends (从甲、乙), and a verb of being brought here after the list
_FROM_A_LIST = re.compile(r"从(?:[\u4e00-\u9fff]{1,12}?[、和及])*$")
_BROUGHT_HERE = re.compile(
    r"(?:[、和及][\u4e00-\u9fff]{1,12}?)*(?:等[\u4e00-\u9fff]{0,3})?(?:转来|转入|转诊而?来|送来|慕名而来)"
)
# 不用跑|, 不必再去|, 无需赶到|: no longer needing to go to the place that follows
_EPISODE_OPENERS = frozenset("继—- \u3000\t")
_EARLIER_EPISODE = re.compile(r"[\s—-]*继(?![续承而])[^。；;！？!?]*?之?后[,，]")
_NO_LONGER_GOING = re.compile(r"(?:不用|不必|无需|无须|不再|免去)再?(?:跑到|跑去|赶到|赶往|前往|跑|去|到|往)$")
# the places of a list before this one (甲、乙、), and what may close it (等地)
_LIST_SO_FAR = re.compile(r"^(?:[\u4e00-\u9fff]{1,12}?[、和及])*$")
# the rest of a list of names said to be townships or villages (甲、乙这些离县城远的乡镇)
_TOWNS_LIST_END = re.compile(
    r"(?:[、和及][\u4e00-\u9fff]{1,6}?)*(?:这些|这几个|等)[^，,。；;]{0,10}?(?:乡镇|镇|乡|村|街道)"
)
# the rest of a list of places closed by 等地 (甲、乙等地, 甲、乙等省市): examples, not the parties themselves
# (a word or two may say what the places are like: 甲、乙等偏远地区)
_EXAMPLES_END = re.compile(
    r"(?:[、和及][\u4e00-\u9fff]{1,12}?)*等[\u4e00-\u9fff]{0,4}?(?:地|省|市|省市|省份|城市|地区|县市|县区)"
)
_NATIVE = re.compile(r"人(?:[,，;；。、)）]|$)")
_CITIZEN = "市民"  # 某市民: the 市 ending a city's name is the first character of the word
_DISTANCE = re.compile(r"(?:距离?|离|相距)[^,，;；]{0,20}?(?:公里|千米|小时)")


class _SceneWords(NamedTuple):
    neighbours: re.Pattern
    going: re.Pattern
    sent_for_care: re.Pattern  # a verb of going or of sending a patient (前往, 转往)
    referred_to: re.Pattern  # a word of sending a patient, then a place's words and 的, ending where it is asked
    purposes: re.Pattern  # what people went somewhere for: to learn, for care
    patients: re.Pattern
    laypeople: re.Pattern  # 的 and a word for people who are no doctors, after a place (and the list it ends)
    scope: re.Pattern
    passing: re.Pattern
    former: re.Pattern
    past: re.Pattern
    home: re.Pattern  # a verb of going home right before the place (返回某市)
    departure: re.Pattern  # a verb of setting off a few characters after the place (从某市乘机出发)
    transit: re.Pattern  # a verb of changing planes right after the place (经某市转机)
    honours: re.Pattern
    named_after: re.Pattern
    owner_after: re.Pattern  # a company's or a contest's word a few characters after a place (某地一家科技公司)
    lies_in: re.Pattern  # a word of where a place lies or which division it is under (地处, 隶属), 于 after it
    any_cue: re.Pattern  # any word of the clause that one of the checks needs
    any_after: re.Pattern  # anything right after a place (from its last character) that one of the checks needs
    livelihood: re.Pattern  # what people do where they live away from home (在某市打工)


@cache
def _scene_words() -> _SceneWords:
    def words(*files: str) -> list[str]:
        return sorted((w for f in files for w in read_lines(f)), key=len, reverse=True)

    def pattern(*files: str) -> re.Pattern:
        return re.compile("|".join(map(re.escape, words(*files))))

    cues = words(
        "neighbour_words.txt",
        "scope_words.txt",
        "passing_words.txt",
        "past_episode_words.txt",
        "honour_words.txt",
        "ranking_words.txt",
        "trainee_words.txt",
        "care_seeking_words.txt",
        "former_words.txt",
        "return_words.txt",
        "location_words.txt",
        "subordination_words.txt",
    ) + ["来自", "距", "离", *past_and_referral()]
    after = "|".join(map(re.escape, words("named_after_place_words.txt")))
    # (a company's registered name is longer: 某市某某医疗科技有限公司)
    owner = (
        rf"(?:[一某几数多]家)?[\u4e00-\u9fff]{{0,6}}?(?:{pattern('owner_after_place_words.txt').pattern})"
        r"|[\u4e00-\u9fff]{2,12}?有限(?:责任)?公司"
    )
    return _SceneWords(
        neighbours=pattern("neighbour_words.txt"),
        going=pattern("going_verbs.txt"),
        sent_for_care=pattern("going_verbs.txt", "referral_words.txt"),
        referred_to=re.compile(rf"(?:{pattern('referral_words.txt').pattern})[\u4e00-\u9fff]{{1,12}}的$"),
        purposes=pattern("trainee_words.txt", "care_seeking_words.txt"),
        patients=pattern("patient_words.txt"),
        laypeople=re.compile(
            r"(?:[、和及][\u4e00-\u9fff]{1,12}?)*(?:等地?)?的[\u4e00-\u9fff]?"
            rf"(?:{pattern('layperson_words.txt', 'patient_words.txt').pattern})"
        ),
        scope=pattern("scope_words.txt"),
        passing=pattern("passing_words.txt"),
        former=pattern("former_words.txt"),
        past=pattern("past_episode_words.txt"),
        home=re.compile(f"(?:{pattern('return_words.txt').pattern})$"),
        # (or arriving from it: 从某市抵达某县; right after the place, not after a verb of choosing people: 从某市
        # 选派医生赴…)
        departure=re.compile(
            rf"[\u4e00-\u9fff]{{0,4}}?(?:{pattern('departure_words.txt').pattern})"
            rf"|(?:{pattern('arrival_verbs.txt').pattern})"
        ),
        transit=pattern("transit_words.txt"),
        lies_in=re.compile(rf"(?:{pattern('location_words.txt', 'subordination_words.txt').pattern})于?"),
        honours=pattern("honour_words.txt", "ranking_words.txt"),
        named_after=re.compile(after),
        owner_after=re.compile(owner),
        any_cue=re.compile("|".join(map(re.escape, sorted(set(cues), key=len, reverse=True)))),
        any_after=re.compile(rf"[\u4e00-\u9fff](?:{after}|{_NATIVE.pattern}|{owner})|{_CITIZEN}"),
        livelihood=pattern("livelihood_words.txt"),
    )


def _after_its_own_city(text: str, match: PlaceMatch) -> bool:
    """陇南市礼县: a one-character county right after the name of the city it lies in is that county (the 市 before
    it ends the city's name, not a word such as 市县)."""
    gz = gazetteer()
    before = [m for m in gz.scan(text[max(0, match.start - 8) : match.start]) if m.end == min(8, match.start)]
    return any(gz.is_within(code, parent) for m in before for parent in m.codes for code in match.codes)


def _bracket_after(text: str, at: int) -> tuple[int, int] | None:
    """华西医院（成都）: a place in brackets right after an institution's name is where it stands, no party."""
    bracket = _BRACKET.match(text, at)
    return bracket.span() if bracket else None


_BRACKET = re.compile(r"[(（][\u4e00-\u9fff]{2,12}[)）]")


# the count that closes a list of county names (甲、乙、丙三县), and what joins the list's items
_COUNT_OF_COUNTIES = re.compile(r"([两二三四五六七八九十])个?[县区旗]")
_LIST_JOINER = frozenset(("、", "和", "及", "与", "以及"))
_NUMBERS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}


def _counted_counties(text: str, scan: list[PlaceMatch], context: set[str]) -> set[str]:
    """甲、乙、丙三县: bare names listed and closed by their count, each a county of one prefecture, name those
    counties whatever else the article names (the count and their being neighbours say they are places)."""
    gz = gazetteer()
    out: set[str] = set()
    run: list[PlaceMatch] = []
    for match in [*scan, None]:
        if match is not None and run and text[run[-1].end : match.start] in _LIST_JOINER:
            run.append(match)
            continue
        if len(run) > 1 and (count := _COUNT_OF_COUNTIES.match(text, run[-1].end)) is not None:
            codes = [gz.resolve(m, context) for m in run]
            parents = {gz.places[c].parent for c in codes if c and gz.is_county(c)}
            if _NUMBERS[count.group(1)] == len(run) and len(parents) == 1 and None not in parents:
                out.update(c for c in codes if c)
        run = [match] if match is not None else []
    return out


# a street's word, and an address: a bracket ending with one (and its number), or a line's label and what follows
_STREET = re.compile(r"[路街巷弄]|大道")
_ADDRESS = re.compile(
    rf"[（(][^（）()]{{1,40}}?(?:{_STREET.pattern})(?:\d+号)?[）)]|(?:地址|地点|院址)[:：][^\n，,。；;]{{2,40}}"
)


def find_place_actors(
    doc: Document, orgs_by_sent: list[list[Mention]], names_by_sent: list[list[Mention]] | None = None
) -> list[list[Mention]]:
    """For each sentence, the places it names as parties; 某市某区 is one actor, the finest place. ``orgs_by_sent``:
    the institutions that are parties; ``names_by_sent``: every institution's name read (a place inside one is
    no party, whether or not the institution is: 先在某市中心医院工作了六年), by default those."""
    gz = gazetteer()
    scans = [gz.scan(s.text) for s in doc.sentences]
    # 瑞金医院 named, elsewhere 瑞金 alone (瑞金本部, 瑞金专家): the hospital's short name, where the place it spells
    # is not where the hospital lies
    hospital_stems: dict[str, set[str]] = {}
    for orgs in orgs_by_sent:
        for org in orgs:
            if org.label is Label.HOSPITAL and org.region and org.surface.endswith(_HOSPITAL):
                for k in (2, 3):
                    hospital_stems.setdefault(org.surface[-2 - k : -2], set()).add(org.region)
    context: set[str] = set()
    # the places that tell which part of the country the article is about: not a neighbour or a company's place
    for s, scan in zip(doc.sentences, scans, strict=True):
        for match in scan:
            if not match.strong:
                continue
            code = gz.resolve(match, set())
            if code and code not in context and names_the_scene(s.text, match.start, match.end) != "around":
                context.add(code)
    for orgs in orgs_by_sent:
        for org in orgs:
            context.update(org.places)
    # (and the counties a list counts: named so once, they are known wherever the article names them again)
    for s, scan in zip(doc.sentences, scans, strict=True):
        context |= _counted_counties(s.text, scan, context)
    out = []
    for i, (s, scan) in enumerate(zip(doc.sentences, scans, strict=True)):
        inside = [(o.start - s.start, o.end - s.start) for o in (names_by_sent or orgs_by_sent)[i]]
        inside += [span for o in orgs_by_sent[i] if (span := _bracket_after(s.text, o.end - s.start))]
        # (nor one of a street address: 从某院区（某市某区某某北街）出发, 地址：某市某区某路12号)
        inside += [m.span() for m in _ADDRESS.finditer(s.text)] if _STREET.search(s.text) else []
        actors: list[Mention] = []
        last_end = -10
        for match in scan:
            # (nor one an institution's name starts inside: 某某|任|县人民医院 is no 任县)
            if any(a <= match.start < b or match.start < a < match.end for a, b in inside) or not stands_as_place(
                s.text, match
            ):
                continue
            # (某市的某医院派出…: where the institution after it lies, no party of its own)
            if s.text[match.end : match.end + 1] == "的" and any(a == match.end + 1 for a, _ in inside):
                continue
            code = gz.resolve(match, context)
            if code is None:
                continue
            elsewhere = hospital_stems.get(match.surface, ())
            if any(not (gz.is_within(r, code) or gz.is_within(code, r)) for r in elsewhere):
                continue
            if not match.strong:
                follow = s.text[match.end : match.end + 2]
                known = code in context or any(p.code in context for p in gz.lineage(code)[:-1])
                # (某医院帮扶古丈。, 在古丈，…: the whole object of an aid word or of 在, a clause ending with it)
                taken = _BARE_PLACE_BEFORE.search(s.text, max(0, match.start - 2), match.start) is not None and (
                    not follow or follow[0] in "，,。；;"
                )
                # (守护母婴平安: a bare name that is a word of its own, ending its sentence, is that word)
                ends_alone = not follow and is_word_too(match.surface)
                if not (known and ((_BARE_PLACE_FOLLOW.match(follow) and not ends_alone) or code in context or taken)):
                    continue
            mention = Mention(
                gz.places[code].level,
                match.surface,
                s.start + match.start,
                s.start + match.end,
                i,
                region=code,
                key=code,
                places=[code],
            )
            if actors and match.start == last_end and gz.is_within(code, actors[-1].region or ""):
                mention.start = actors[-1].start
                mention.surface = s.text[actors[-1].start - s.start : match.end]
                mention.places = actors[-1].places + [code]
                # 兵团第一师某市: a division and the city it governs as one (师市合一) are one unit, the division
                if is_division(division := actors[-1].region or "") and not is_regiment(code):
                    mention.label, mention.region, mention.key = Label.CITY, division, division
                actors[-1] = mention
            else:
                actors.append(mention)
            last_end = match.end
        out.append(actors)
    return out
