"""Who gives and who receives: the donor and recipient side of every actor in a document.

The words of a sentence give the direction where they can (A 对口帮扶 B, B 由 A 支援, B 加入 A 集团, 援藏,
闽宁协作); their votes add up per place over the whole document, on top of a prior for each province's usual
side. The document is then split at the highest level where its actors differ (provinces, else prefectures,
else counties) and each part takes the side its votes give. Actors above the split level (a provincial
hospital in a one-province article) lean to the donor side.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

from graphaid.extract.mentions import Mention
from graphaid.lexicon import read_lines, read_table
from graphaid.model import PLACE_LABELS, Label
from graphaid.places import aid_to_province_words, gazetteer, province_abbreviations

DONOR, RECIPIENT, UNKNOWN = 1, -1, 0
# the provinces no pairing programme aids: Hong Kong, Macao, Taiwan (division codes)
_NEVER_AIDED = frozenset({"810000", "820000", "710000"})


def never_aided(region: str | None) -> bool:
    """Whether a place lies where no pairing programme gives (Hong Kong, Macao, Taiwan): its parties give
    alongside the programmes (香港义诊团), never receive."""
    return bool(region) and gazetteer().lineage(region)[0].code in _NEVER_AIDED


PRIOR_WEIGHT = 1.5
LEVEL_WEIGHT = 1.0
LABEL_WEIGHT = 3.0


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    word: str
    kind: str  # active | passive | mutual | join
    # where a team that arrives a clause or two on is named (专家团队一路…，抵达某县): its giver stands right before it
    subject_at: int | None = None


@cache
def _triggers() -> tuple[re.Pattern, dict[str, str]]:
    table = dict(read_table("aid_triggers.tsv", 2))
    # 援藏, 援滇, 援川 ...: aid to a province named by its abbreviation; it names the receiver, not the giver
    # in the sentence, so it states aid without a direction (the slogan's vote gives it)
    for word in aid_to_province_words():
        table.setdefault(word, "mutual")
    # words that hold an aid word and state no aid (由此, 由于) are matched too, so that they hide it; not in the table
    words = sorted({*table, *read_lines("not_aid_words.txt")}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))), table


def opens_mutually(word: str) -> bool:
    """Whether an aid word opens with one two parties do together (结对|帮扶: 甲与乙两市结对帮扶)."""
    table = _triggers()[1]
    return any(table.get(word[:k]) == "mutual" for k in range(2, len(word)))


@cache
def _priors() -> dict[str, float]:
    gz = gazetteer()
    by_name = {p.name: p.code for p in gz.places.values() if p.level is Label.PROVINCE}
    return {by_name[name]: (1.0 if side == "donor" else -1.0) for name, side in read_table("provinces_sides.tsv", 2)}


@cache
def _arrivals() -> tuple[re.Pattern, re.Pattern]:
    """某医院医疗队(一行6人)抵达某县, 某医院专家来到某县: a team noun (or the people a team is made of), a few
    words at most, an arrival verb (the trigger); or 到 or 在 right after the team (专家团队到某县医院, 某医院的专家
    在某县医院坐诊), where it cannot end another word (得到, 受到). Two patterns: with a team's arrival a clause or two
    on, and without it (for the sentences with no verb of arrival after a comma, most of them)."""
    teams = "|".join(map(re.escape, _people_nouns()))
    # (not 医生, 医护人员 across clauses: 带教当地医生，并深入… names the local ones)
    sent = "|".join(
        re.escape(n)
        for n in sorted(
            (*team_nouns(), *(n for n, k in read_table("arriving_nouns.tsv", 2) if k == "visiting")),
            key=len,
            reverse=True,
        )
    )
    verbs = "|".join(map(re.escape, sorted(read_lines("arrival_verbs.txt"), key=len, reverse=True)))
    near = rf"(?:{teams})(?:[^,，;；。]{{0,12}}?({verbs})|们?(?:一行\d+人)?(到|在))"
    # 专家团队一路换乘飞机、火车，风尘仆仆抵达某县: a clause or two on, one that opens with no subject of its own
    on = (
        rf"(?:{sent})(?!们?的)[^,，;；。]{{0,16}}?[，,](?:[^,，;；。]{{0,16}}?[，,])?"
        rf"(?![^,，;；。]*?(?:{_other_subjects()}))[^,，;；。]{{0,10}}?({verbs})"
    )
    return re.compile(f"{near}|{on}"), re.compile(near)


@cache
def _arrival_verbs() -> re.Pattern:
    return re.compile("|".join(map(re.escape, read_lines("arrival_verbs.txt"))))


def _clause_end(sentence: str, at: int) -> int:
    found = CLAUSE_BREAK.search(sentence, at)
    # (甲、乙，以及丙的帮扶: a list going on after a comma is one clause)
    while found and sentence.startswith("以及", found.end()):
        found = CLAUSE_BREAK.search(sentence, found.end())
    return found.start() if found else len(sentence)


@cache
def _received_aid() -> re.Pattern:
    """What a party receiving aid receives: a word of aid giving, help or guidance (帮扶, 支持, 托管, 指导)."""
    words = [w for w, kind in read_table("aid_triggers.tsv", 2) if kind == "active"]
    words += [w for w, kind in read_table("support_words.tsv", 2) if kind == "help"]
    words += [w for w, kind in read_table("guidance_words.txt", 2) if kind == "verb"]
    words += [*aid_to_province_words(), *read_lines("received_aid_words.txt")]
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


@cache
def _mission_end_words() -> tuple[str, ...]:
    return read_lines("mission_end_words.txt") + read_lines("return_words.txt")


@cache
def _other_subjects() -> str:
    """The people a clause may open with who are not the team (患者, 记者, 领导), as one alternation."""
    words = read_lines("layperson_words.txt") + read_lines("patient_words.txt") + read_lines("other_subjects.txt")
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


def _aided_in_a_name(sentence: str, offset: int, actor: Mention) -> bool:
    """援某州专家, 援某县医疗队, 驻某县帮扶团队: a place right after 援 (援助), 驻 or 赴 and right before the people or
    team it names, which it aids."""
    at = actor.start - offset
    return sentence.endswith(_AIDED_BEFORE, 0, at) and _team_after().match(sentence, actor.end - offset) is not None


# what the name of a team puts before the place it serves (援某县, 驻某县, 赴某县 + 医疗队)
_AIDED_BEFORE = ("援", "援助", "驻", "赴")


# an aid word as a headline's topic: a span of time or a kind of story told of it, then the headline's colon, space
# or end (帮扶一年间：, 帮扶纪实)
_TOLD_OF = re.compile(r"(?:一年间|这一年|纪实|侧记|见闻|掠影)(?=[：:\s]|$)")


@cache
def _no_subject_after() -> tuple[str, ...]:
    """Words after which a party is no subject of the aid word that follows: where a person helps (在某医院挂职帮扶),
    the means (通过某医院带动), the second of two joined parties (甲与乙, 甲和乙的对口帮扶), where people come (来某医院
    开展指导), the object of a task taken on (承担某院的帮扶任务), the one it is done toward (广东向某医院选派人才)."""
    return (
        "向",
        "给",
        "来",
        *read_lines("posting_words.txt"),
        *read_lines("means_words.txt"),
        *read_lines("task_words.txt"),
        *_JOINED_BY,
    )


@cache
def _team_after() -> re.Pattern:
    """The people or team a name of aid goes on with (援某州专家, 援某县医疗队, 援某地干部)."""
    words = sorted((*team_nouns(), *(n for n, _ in read_table("arriving_nouns.tsv", 2))), key=len, reverse=True)
    # (赴某州医疗帮扶队员: the field and the aid may stand before the team's word)
    return re.compile(r"(?:医疗|卫生|健康)?(?:帮扶|援助|支援)?(?:" + "|".join(map(re.escape, words)) + ")")


@cache
def _setting_up_at() -> re.Pattern:
    """在 before the party where a unit is set up (甲在乙和丙分别设立了心内科专家工作站): a verb of founding, then a
    unit a giver sets up at another party (station_words.txt), in the same clause."""
    verbs = "|".join(map(re.escape, sorted(read_lines("found_triggers.txt"), key=len, reverse=True)))
    units = "|".join(map(re.escape, read_lines("station_words.txt")))
    # not 在乙的帮助下设立: the one helping is 乙
    return re.compile(rf"在(?=[^,，;；。的]{{2,30}}?(?:{verbs})[^,，;；。]{{0,20}}?(?:{units}))")


@cache
def _support_words(kind: str) -> str:
    """The words of help (支持, 帮扶 …) or of its manner (大力 …), as one alternation (support_words.tsv)."""
    return "|".join(re.escape(w) for w, k in read_table("support_words.tsv", 2) if k == kind)


@cache
def _under_support() -> re.Pattern:
    """的大力支持下，: help given by the party before 的 to the one that opens the next clause."""
    return re.compile(rf"的(?:{_support_words('manner')})?(?:{_support_words('help')})下[,，]?")


@cache
def _providing() -> re.Pattern:
    """为某院提供技术支援, 给予某院大力支持: help the party before 为 (向, 给, 给予) gives the party after it."""
    help_words = _support_words("help")
    clause = "[^,，。;；]"
    return re.compile(
        rf"(为|向|给){clause}{{2,30}}?提供{clause}{{0,10}}?(?:{help_words})|(给予){clause}{{2,30}}?(?:{help_words})"
    )


@cache
def _aid_to_a_province() -> tuple[re.Pattern, dict[str, str]]:
    """An aid word right before a province's name that names a team or its people (援助西藏医疗队, 支援新疆专家, as
    援藏 does; not 帮扶陕西省某县医院, a pair of parties): the name -> the province's code."""
    gz = gazetteer()
    provinces = {
        keyword: code
        for keyword, codes in gz.by_keyword.items()
        for code in codes
        if gz.places[code].level is Label.PROVINCE and len(codes) == 1
    }
    table = _triggers()[1]
    words = sorted((w for w, kind in table.items() if kind == "active"), key=len, reverse=True)
    names = sorted(provinces, key=len, reverse=True)
    pattern = (
        rf"(?:{'|'.join(map(re.escape, words))})({'|'.join(map(re.escape, names))})"
        rf"(?=(?:{'|'.join(map(re.escape, _people_nouns()))}))"
    )
    return re.compile(pattern), provinces


@cache
def sending_words() -> frozenset[str]:
    return frozenset(read_lines("sending_words.txt"))


@cache
def sending_pattern() -> re.Pattern:
    """One search for any of the words of sending people (派出, 选派, 派驻 …)."""
    return re.compile("|".join(map(re.escape, sorted(sending_words(), key=len, reverse=True))))


def followed_by_its_people(text: str, base: int, actor: Mention) -> bool:
    """某医院专家, 某医院医疗队: the actor names where a team or experts come from, not where they go (某医院医生
    are as often its own staff at home)."""
    return text.startswith(_visiting_nouns(), actor.end - base)


@cache
def _visiting_nouns() -> tuple[str, ...]:
    visiting = [noun for noun, whose in read_table("arriving_nouns.tsv", 2) if whose == "visiting"]
    return tuple(sorted((*team_nouns(), *visiting), key=len, reverse=True))


@cache
def _people_nouns() -> tuple[str, ...]:
    return tuple(
        sorted((*team_nouns(), *(noun for noun, _ in read_table("arriving_nouns.tsv", 2))), key=len, reverse=True)
    )


@cache
def _people_listed() -> re.Pattern:
    """People named by what they are, then a dash or a colon that lists them (帮扶专家——, 援藏队员：)."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, _people_nouns()))})\s*(?:—{{1,2}}|[:：])\s*")


@cache
def team_nouns() -> tuple[str, ...]:
    """医疗队, 专家团队 ...: the words that name a team sent to give aid (team_nouns.txt)."""
    return read_lines("team_nouns.txt")


def of_another_field(sentence: str) -> bool:
    """Whether a sentence tells of aid to schools, industry or roads and of no health care (援疆教师在当地学校任教):
    articles on a region's aid in every field name its medical teams beside its teachers and its factories."""
    other, health = _fields()
    return other.search(sentence) is not None and health.search(sentence) is None


def of_another_field_only(text: str) -> bool:
    """Whether an article tells of aid to farms, schools or tourism and names nothing of health care (医, 卫生, 病,
    护理 …): it states no medical aid, whatever its aid words."""
    other, health = _fields()
    return health.search(text) is None and other.search(text) is not None


def of_another_field_named(sentence: str) -> bool:
    """Whether a sentence names a field of aid other than health care (学校, 产业, 公路 …)."""
    return _fields()[0].search(sentence) is not None


def clause_bounds(sentence: str, at: int) -> tuple[int, int]:
    """Where the clause of a sentence that holds ``at`` starts and ends."""
    start = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
    found = CLAUSE_BREAK.search(sentence, at)
    return start, found.start() if found else len(sentence)


def in_another_fields_clause(sentence: str, at: int) -> bool:
    """Whether the clause of a sentence holding ``at`` tells of aid to another field and of no health care
    (这栋教学楼是某省援建的，与县人民医院只隔一条街: the aid built a school; the hospital is where it stands)."""
    other, health = _fields()
    start, end = clause_bounds(sentence, at)
    clause = sentence[start:end]
    return other.search(clause) is not None and health.search(clause) is None


@cache
def _fields() -> tuple[re.Pattern, re.Pattern]:
    def words(name: str) -> re.Pattern:
        return re.compile("|".join(map(re.escape, read_lines(name))))

    return words("other_field_words.txt"), words("health_field_words.txt")


@cache
def _arrangements() -> re.Pattern:
    """根据甲与乙东西部协作安排, 按照某省卫健委部署: an arrangement a clause says the aid follows."""
    words = "|".join(map(re.escape, read_lines("directing_words.txt")))
    return re.compile(rf"(?:根据|按照|依据|遵照)[^,，;；。:：]{{2,40}}?(?:{words})")


def party_groups(
    sentence: str, offset: int, actors: list[Mention], triggers: list[Trigger]
) -> list[tuple[list[Mention], list[Trigger]]]:
    """A sentence's parties and aid words in the groups that pair and vote among themselves: those inside each
    arrangement it says it follows, and the rest (根据甲与乙东西部协作安排，丙帮扶丁: 甲 and 乙 are the
    arrangement's parties, not 丁's givers); without a body that speaks of what lies in its own region
    (某州卫健委副主任某某表示，要推动某县医院…: it oversees, it takes no part)."""
    actors = _without_speaking_overseers(sentence, offset, actors)
    spans = [(offset + m.start(), offset + m.end()) for m in _arrangements().finditer(sentence)]
    if not spans:
        return [(actors, triggers)]

    def span_of(at: int) -> int | None:
        return next((k for k, (start, end) in enumerate(spans) if start <= at < end), None)

    inside = {id(a): span_of(a.start) for a in actors}
    if all(k is None for k in inside.values()) or all(k is not None for k in inside.values()):
        return [(actors, triggers)]
    groups: dict[int | None, tuple[list[Mention], list[Trigger]]] = {}
    for actor in actors:
        groups.setdefault(inside[id(actor)], ([], []))[0].append(actor)
    for trigger in triggers:
        groups.setdefault(span_of(trigger.start), ([], []))[1].append(trigger)
    return list(groups.values())


def _without_speaking_overseers(sentence: str, offset: int, actors: list[Mention]) -> list[Mention]:
    """The actors but a government body whose official speaks (某州卫健委副主任某某在调研时表示，…) of a party
    within the body's own region."""
    if not any(a.label is Label.AGENCY for a in actors):
        return actors
    gz = gazetteer()
    out = []
    for actor in actors:
        if (
            actor.label is Label.AGENCY
            and actor.region
            and speaker_after().match(sentence, actor.end - offset)
            and any(
                other.region and other.region != actor.region and gz.is_within(other.region, actor.region)
                for other in actors
                if other.start > actor.end
            )
        ):
            continue
        out.append(actor)
    return out


@cache
def speaker_after() -> re.Pattern:
    """What follows an institution's name when its official speaks: a title and a name, perhaps when or where,
    then a verb of saying (某州卫健委副主任某某在调研时表示, 某医院院长某某说)."""
    verbs = "|".join(map(re.escape, read_lines("speech_verbs.txt")))
    return re.compile(rf"[\u4e00-\u9fff·]{{1,14}}?(?:在[^，,。；;]{{1,12}}?[时中上])?[，,]?(?:{verbs})(?:记者)?")


@cache
def pairing_words() -> tuple[str, ...]:
    """The words that make a sentence a statement of pairing (帮扶, 对口, 援藏 …)."""
    return read_lines("pairing_words.txt") + aid_to_province_words()


# what may stand between a list of receivers after 向 and the word of sending (全年派驻, 分别选派, 定期派出)
_SENT_TOWARD_GAP = 4
_TOPIC_COLON = re.compile(r"[”\"’」』]?\s*[:：]")
# 纳入 before the group it takes a party into (纳入某医院牵头的紧密型医联体)
_TAKEN_INTO = re.compile(r"纳入(?=[^，,。；;]{2,30}?(?:医联体|医共体|医疗集团|专科联盟))")
# 单位 right after an aid word and right before the name it labels (对口帮扶单位某医院; not 的帮扶单位是某医院);
# 科室 after one (对口科室)
_GIVER_NOUN = re.compile(r"单位(?![是为有系：:，,。、；;\s])|科室")
# 医院 or 单位 right after an aid word that 的 follows a party's name before (某医院的对口支援医院): its partners
_PARTNERS = re.compile(r"医院|单位")


def find_triggers(sentence: str, offset: int) -> list[Trigger]:
    """The aid words of a sentence, and a team's arrival; not those inside a side's label (支援医院：), which
    name no act."""
    pattern, table = _triggers()
    labels = [(m.start(), m.end()) for m in _labels()[0].finditer(sentence)] if _COLON.search(sentence) else []
    # 国家乡村振兴重点帮扶县: a county the state designates for aid, no act between parties
    labels += [(m.start(), m.end()) for m in _DESIGNATION.finditer(sentence)]
    found = [
        Trigger(offset + m.start(), offset + m.end(), m.group(0), table[m.group(0)])
        for m in pattern.finditer(sentence)
        if m.group(0) in table
        and not any(a <= m.start() < b for a, b in labels)
        # 某县医院“双帮扶”：甲、乙专家同驻: a word a colon follows names the topic the colon opens, no act; nor does
        # one that makes a noun of who gives (某市对口帮扶单位某医院协助建设) or of the units paired
        # (任某医院对口科室主任)
        and not _TOPIC_COLON.match(sentence, m.end())
        and not _GIVER_NOUN.match(sentence, m.end())
        # 受到某医院迎接, 接受采访: what is received is no aid unless its clause says so
        and not (
            m.group(0) in read_lines("receiving_words.txt")
            and not _received_aid().search(sentence, m.end(), _clause_end(sentence, m.end()))
        )
    ]
    # 在某医院的大力支持下，某县医院…: the words up to the comma are the aid word; the receiver opens the next clause
    for m in _under_support().finditer(sentence):
        found = [t for t in found if not (offset + m.start() <= t.start < offset + m.end())]
        found.append(Trigger(offset + m.start(), offset + m.end(), m.group(0), "active"))
    # 甲为乙提供技术支援, 甲给予乙支持: the one after 为 (向, 给, 给予) receives the help given
    for m in _providing().finditer(sentence):
        word = 1 if m.group(1) else 2
        found = [t for t in found if not (offset + m.start() <= t.start < offset + m.end())]
        found.append(Trigger(offset + m.start(word), offset + m.end(word), m.group(word), "active"))
    # 将乙纳入甲牵头的医联体: one a health group takes in receives from the one that leads it
    if "纳入" in sentence:
        found += [Trigger(offset + m.start(), offset + m.end(), "纳入", "join") for m in _TAKEN_INTO.finditer(sentence)]
    # 甲在乙设立专家工作站: 在 stands between the one that sets a unit up and the one that has it
    for m in _setting_up_at().finditer(sentence):
        if not any(t.start <= offset + m.start() < t.end for t in found):
            found.append(Trigger(offset + m.start(), offset + m.end(), m.group(0), "active"))
    whole, near = _arrivals()
    # (the arrival a clause on needs a comma, then a verb of arrival)
    comma = min((at for at in (sentence.find("，"), sentence.find(",")) if at >= 0), default=-1)
    for m in (whole if comma >= 0 and _arrival_verbs().search(sentence, comma) else near).finditer(sentence):
        clause = CLAUSE_BREAK.search(sentence, m.end())
        # 来到某医院参观学习: the team came to learn
        if any(w in sentence[m.end() : clause.start() if clause else None] for w in read_lines("learning_words.txt")):
            continue
        verb = m.lastindex or 1
        # 医疗队结束任务，平安抵达某市: a team arriving home; 据医疗队领队介绍，…还将前往: what someone tells
        if verb == 3 and any(w in m.group(0) for w in (*_mission_end_words(), *read_lines("speech_verbs.txt"))):
            continue
        if not any(t.start <= offset + m.start(verb) < t.end for t in found):
            subject_at = offset + m.start() if verb == 3 else None
            found.append(Trigger(offset + m.start(verb), offset + m.end(verb), m.group(verb), "active", subject_at))
    # 某市赴某县开展帮扶, 某医院前往某县: a party going to another gives to it (not to learn or for care)
    for m in _party_going().finditer(sentence) if _going_words().search(sentence) else ():
        clause = CLAUSE_BREAK.search(sentence, m.end())
        rest = sentence[m.end() : clause.start() if clause else None]
        if any(w in rest for w in _learning_and_care()):
            continue
        if not any(t.start <= offset + m.start(1) < t.end for t in found):
            found.append(Trigger(offset + m.start(1), offset + m.end(1), m.group(1), "active"))
    # 在某县，来自某市的医疗队…: the team's origin gives to the party before it
    for m in _team_origin().finditer(sentence) if "来自" in sentence or "抽调" in sentence else ():
        if not any(t.start <= offset + m.start() < t.end for t in found):
            found.append(Trigger(offset + m.start(), offset + m.end(1), m.group(1), "passive"))
    return sorted(found, key=lambda t: t.start) if len(found) > 1 else found


@cache
def _going_verbs() -> str:
    """The verbs of going that make a party go (not 到 or 去 alone, which end and start many words: 城市到农村,
    各县去年), as one alternation."""
    verbs = [v for v in read_lines("going_verbs.txt") if "到" not in v and "去" not in v]
    return "|".join(map(re.escape, sorted(verbs, key=len, reverse=True)))


@cache
def _going_words() -> re.Pattern:
    """The verbs alone: one quick search says most sentences hold none."""
    return re.compile(_going_verbs())


@cache
def _party_going() -> re.Pattern:
    """A verb of going right after the ending of a place's or an institution's name (某市赴, 某医院前往)."""
    after = "|".join(f"(?<={re.escape(ending)})" for ending in read_lines("party_endings.txt"))
    return re.compile(rf"(?:{after})({_going_verbs()})(?=[\u4e00-\u9fff])")


def _posted_to(sentence: str, offset: int, party: Mention) -> bool:
    """Whether a word of posting stands right before the party (派驻|某县人民医院, 赴|某县) and its clause says
    nothing of going to learn or for care (派出骨干赴某地进修)."""
    if not sentence[: party.start - offset].endswith(read_lines("posting_words.txt")):
        return False
    return not _to_learn(sentence, party.end - offset)


def _stayed_in(sentence: str, offset: int, party: Mention, actors: list[Mention]) -> bool:
    """Whether a word of staying stands right before the party (常驻|某县人民医院) and no other party before it in
    its clause."""
    at = party.start - offset
    if not sentence[:at].endswith(_STAYING):
        return False
    clause_start = max(sentence.rfind(mark, 0, at) for mark in "，,；;") + 1
    return not any(clause_start <= b.start - offset and b.end <= party.start for b in actors if b is not party)


_STAYING = ("常驻", "长驻", "驻点")


def head_post_taken_at(sentence: str, offset: int, party: Mention) -> bool:
    """Whether a verb of taking a post stands right before a hospital and a head's title right after it (派出某某
    担任甲医院业务院长, 挂任甲医院院长: where the one sent goes, whatever the hospital gives to others)."""
    return sentence[: party.start - offset].endswith(read_lines("post_verbs.txt")) and bool(
        _HEAD_POST.match(sentence, party.end - offset)
    )


_HEAD_POST = re.compile(r"的?(?:业务|执行|常务|名誉)?(?:副?院长|党委副?书记|副?书记)")


def _to_learn(sentence: str, at: int) -> bool:
    """Whether the clause from ``at`` on (a list of places going on with 、) says it is to learn or for care, or
    the clause after it, opening with where they stay, does and says nothing of aid (选派5名护士赴某地，在某医院
    进修半年)."""
    clause = CLAUSE_BREAK.search(sentence, at)
    if any(w in sentence[at : clause.start() if clause else None] for w in _learning_and_care()):
        return True
    if clause is None or clause.group() not in ",，" or not sentence.startswith(("在", "到"), clause.end()):
        return False
    after = CLAUSE_BREAK.search(sentence, clause.end())
    following = sentence[clause.end() : after.start() if after else None]
    return any(w in following for w in _learning_and_care()) and not has_aid_words(following)


@cache
def _learning_and_care() -> tuple[str, ...]:
    return read_lines("learning_words.txt") + read_lines("care_seeking_words.txt")


@cache
def _team_origin() -> re.Pattern:
    """来自某市的(中医)医疗队: an origin word, the party a team comes from, 的 and a team noun, in one clause."""
    origins = "|".join(map(re.escape, read_lines("origin_words.txt")))
    teams = "|".join(map(re.escape, team_nouns()))
    return re.compile(rf"({origins})(?=[^,，;；。、]{{2,24}}?的[^,，;；。、]{{0,8}}?(?:{teams}))")


_COLON = re.compile(r"[:：]")
_DESIGNATION = re.compile(r"重点(?:帮扶|支援|扶持)(?=县|村|乡|镇|地区|区域|对象)")


@cache
def side_labels() -> dict[str, int]:
    """受援医院, 支援单位 ...: the words that label a party's side (before a colon, or over a table's column)."""
    return {word: DONOR if side == "donor" else RECIPIENT for word, side in read_table("side_labels.tsv", 2)}


_SENDER_LABEL = re.compile(r"(?:派出|选派)(?:单位|医院)\s*[:：]")
# (or a person's card: a line of their hospital and title, then the label: 某医院　骨科主治医师 / 帮扶单位：某县医院)
_TITLE_LINE_THEN_HELPING_LABEL = re.compile(
    r"(?:医师|护师|技师|药师|主任|护士长|院长)[ \t\u3000]*\n[ \t\u3000]*\W{0,2}[ \t\u3000]*帮扶单位\s*[:：]"
)


@cache
def side_label_words() -> str:
    """The side labels as one alternation, longest first."""
    return "|".join(map(re.escape, sorted(side_labels(), key=len, reverse=True)))


@cache
def _labels() -> tuple[re.Pattern, dict[str, int]]:
    """受援医院：/ 支援单位：, the labels that name the side of the party after the colon."""
    return re.compile(rf"({side_label_words()})\s*[:：]\s*"), side_labels()


@cache
def _field_with_a_bar() -> re.Pattern:
    """派出单位｜某医院: a card's field, its label and a bar opening the line."""
    return re.compile(rf"^\s*({side_label_words()})\s*[|｜]\s*")


def side_labelled_before(text: str) -> int | None:
    """The side a label that ends ``text`` with its colon names (…，受援单位：), if one ends it."""
    pattern, table = _labels()
    found = next((m for m in pattern.finditer(text) if m.end() == len(text)), None)
    return table[found.group(1)] if found else None


def respectively(text: str) -> tuple[int, str] | None:
    """Where a sentence first pairs two lists item by item (甲、乙分别帮扶丙、丁) and the word that says so; not a
    team's members coming from several places (分别来自甲、乙)."""
    found = every_respectively(text)
    return found[0] if found else None


def every_respectively(text: str) -> list[tuple[int, str]]:
    """Every place a sentence pairs two lists item by item, in order (甲、乙分别帮扶丙、丁，戊、己则分别与庚、辛
    结对)."""
    origins = read_lines("origin_words.txt")
    found = []
    for word in read_lines("respectively_words.txt"):
        at = text.find(word)
        while at >= 0:
            if not text.startswith(origins, at + len(word)) and not any(a <= at < a + len(w) for a, w in found):
                found.append((at, word))
            at = text.find(word, at + 1)
    return sorted(found)


def labelled_parties(sentence: str, offset: int, actors: list[Mention]) -> list[tuple[Mention, int]]:
    """受援医院：甲、乙；支援医院：丙: the parties a side's label names (the list right after its colon), with
    that side."""
    pattern, sides = _labels()
    if not _COLON.search(sentence):
        # (a card's field, its label and a bar opening the line: 派出单位｜某医院)
        pattern = _field_with_a_bar()
        if pattern.match(sentence) is None:
            return []
    out = []
    for m in pattern.finditer(sentence):
        first = [a for a in actors if a.start == offset + m.end()]
        if first:
            listed = list_chain(sentence, offset, [a for a in actors if a.start >= first[0].start])
            out += [(a, sides[m.group(1)]) for a in listed]
    return out


def has_aid_words(text: str) -> bool:
    pattern, table = _triggers()
    # (由 alone marks the giver of aid another word states: 床位由500张增加到800张 states none)
    return (
        any(m.group(0) in table and len(m.group(0)) > 1 for m in pattern.finditer(text))
        or "援" in text
        # (a touring team, 国家巡回医疗队, brings aid though no word of pairing names it)
        or "巡回医疗" in text
        or any(p.search(text) for p in (_arrivals()[0], _under_support(), _setting_up_at(), _providing()))
    )


# the field a slogan may name between its two provinces (闽宁医疗协作, 沪滇卫生健康合作)
_FIELDS = "医疗卫生|卫生健康|医疗|卫生|卫健|健康"


@cache
def _east_west() -> re.Pattern:
    return re.compile("|".join(map(re.escape, read_lines("east_west_words.txt"))))


@cache
def _slogans() -> tuple[re.Pattern, re.Pattern]:
    """援藏 (aid to a province by its one-character name) and 闽宁协作 (a giver's and a receiver's names joined)."""
    chars = "".join(province_abbreviations())
    joint = "|".join(_JOINT_WORDS)
    return re.compile(f"援([{chars}])"), re.compile(f"([{chars}])([{chars}])(?:{_FIELDS})?(?:{joint})")


_JOINT_WORDS = ("协作", "合作", "对口", "携手", "情")
_JOINT = re.compile("|".join(_JOINT_WORDS))


def slogan_provinces(text: str) -> list[str]:
    """The provinces the aid slogans of a text name (援藏 its receiver; 闽宁协作 its giver and its receiver)."""
    abbreviations = province_abbreviations()
    aid_to, pairing = _slogans()
    out = [abbreviations[m.group(1)] for m in aid_to.finditer(text)]
    return out + [abbreviations[a] for m in pairing.finditer(text) for a in m.groups()]


# where a clause ends inside a sentence
CLAUSE_BREAK = re.compile(r"[,，;；]")
# what may stand between a party and the aid word it is the subject or object of: 将, 继续, 全面 ...
_NEXT_TO = re.compile(r"^[^,，;；。、]{0,4}$")


def parties_around(trig: Trigger, actors: list[Mention], text: str, base: int) -> tuple[Mention | None, Mention | None]:
    """The parties right before and right after an aid word (甲对口帮扶乙), if any: only a few words (将, 继续,
    全面) may stand between."""
    at = trig.start if trig.subject_at is None else trig.subject_at
    before = [
        a
        for a in actors
        if a.end <= at and _NEXT_TO.match(text[a.end - base : at - base]) and not _aided_in_a_name(text, base, a)
    ]
    after = [a for a in actors if a.start >= trig.end and _NEXT_TO.match(text[trig.end - base : a.start - base])]
    # 在甲对口支援和乙东西部协作的支持下: a party a joiner alone puts after the word is coordinated with it, no object
    if after and _JOINER_ALONE.match(text[trig.end - base : after[0].start - base]):
        after = []
    return (before[-1] if before else None), (after[0] if after else None)


_JOINER_ALONE = re.compile(r"^(?:和|与|及|以及|同|跟|或)$")


_LIST_JOINER = re.compile(r"^(?:、|和|及|[，,]?以及)$")
_ITEM_NOTE = re.compile(r"^[（(][^（）()，,。；;]{1,16}[）)]")


def list_chain(text: str, base: int, actors: list[Mention]) -> list[Mention]:
    """The actors of one list (甲、乙和丙), from the first given on, while only a list's joiner stands between two
    (given in either order: a list read backwards from its end too)."""
    chain = actors[:1]
    for actor in actors[1:]:
        a, b = (chain[-1], actor) if actor.start >= chain[-1].end else (actor, chain[-1])
        # (甲医院（某协作）、乙医院（某联盟）: an item's note in brackets before the joiner)
        if not _LIST_JOINER.match(_ITEM_NOTE.sub("", text[a.end - base : b.start - base])):
            break
        # 甲帮扶乙、丙帮扶丁: a party an aid word follows opens a statement of its own, no item of the list before
        if actor.start >= chain[-1].end and _STATES_AID.match(text, actor.end - base):
            break
        chain.append(actor)
    return chain


def helps_a_giver(sentence: str, offset: int, trig: Trigger, after: list[Mention], triggers: list[Trigger]) -> bool:
    """在甲的支持下，乙、丙分别对口帮扶丁: whether ``trig`` is a word of support whose receivers, the list ``after``
    opens, go on to give in their clause (they are no receivers of it)."""
    if not after or _under_support().fullmatch(trig.word) is None:
        return False
    end = list_chain(sentence, offset, after)[-1].end
    return any(
        t.kind == "active" and t.start >= end and not CLAUSE_BREAK.search(sentence, end - offset, t.start - offset)
        for t in triggers
    )


# the words of aid that open a statement of one party's pair right after it (甲帮扶乙、丙对口支援丁)
_STATES_AID = re.compile(r"(?:也|则|还|继续)?(?:对口帮扶|对口支援|结对帮扶|帮扶|支援|托管)")


# what joins two parties that act together or meet (甲与乙; 和 lists as often: 得到甲和乙的帮扶)
JOINING_WORDS = ("与", "同", "跟")
# (and before a word of aid the two parties do together, 和 too: 甲和乙的对口帮扶)
_JOINED_BY = (*JOINING_WORDS, "和")


_WORKING_THERE = ("工作", "服务", "期间", "挂职", "驻点", "坐诊", "援助期间", "帮扶期间")


def _team_subject_after(sentence: str, offset: int, left: Mention, trig: Trigger) -> bool:
    """Whether a team (医疗队, 专家团队) opens the aid word's own clause, after the clause ``left`` stands in."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(sentence, left.end - offset, trig.start - offset)]
    return bool(breaks) and any(w in sentence[breaks[-1] : trig.start - offset] for w in team_nouns())


def _helping_there(sentence: str, offset: int, left: Mention, trig: Trigger, right: Mention) -> bool:
    """在某县驻点帮扶的某医院医生: the party an aid word qualifies (帮扶的甲) is who helps where the party before
    is where it happens (在乙), not a subject."""
    return (
        sentence[trig.end - offset : right.start - offset] == "的"
        and sentence[: left.start - offset].endswith(("在", "于"))
        and not CLAUSE_BREAK.search(sentence, left.end - offset, trig.start - offset)
    )


def _qualifies_a_giver(sentence: str, offset: int, before: list[Mention], trig: Trigger, party: Mention) -> bool:
    """Whether an active aid word right before 的 and a party qualifies it, no party standing before the word in
    its clause, nor a word that makes the party the one aided (被, 接受, 受援)."""
    if trig.kind != "active" or sentence[trig.end - offset : party.start - offset] != "的":
        return False
    start, _ = clause_bounds(sentence, trig.start - offset)
    if any(a.end - offset > start for a in before):
        return False
    return not any(w in sentence[start : trig.start - offset] for w in read_lines("aided_markers.txt"))


def _clause_opener(sentence: str, offset: int, before: list[Mention]) -> Mention | None:
    """The party that opens the last clause before an aid word holding any party (its subject), where that
    clause names others after it."""
    last = before[-1]
    start = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, last.start - offset)), default=0)
    in_clause = [a for a in before if a.start - offset >= start]
    first = in_clause[0]
    if len(in_clause) > 1 and not sentence[start : first.start - offset].strip():
        return first
    return None


def objects_of_aid(sentence: str, offset: int, actors: list[Mention], triggers: list[Trigger]) -> dict[int, int]:
    """What each active aid word of a sentence takes, the list right after it (对口支援甲、乙和丙): {id of the party:
    where the word ends}. Not a word of sending, which takes who is sent (选派某医院专家)."""
    taken: dict[int, int] = {}
    for t in triggers:
        if t.kind != "active" or t.word in sending_words():
            continue
        after = [a for a in actors if a.start >= t.end]
        if after and sentence[t.end - offset : after[0].start - offset] in ("", "了", "着"):
            for a in list_chain(sentence, offset, after):
                # (协助甲对口帮扶乙: one an aid word right after makes its subject)
                if not _states_its_own_aid(sentence, offset, a, triggers):
                    taken.setdefault(id(a), t.end)
    return taken


def _states_its_own_aid(sentence: str, offset: int, party: Mention, triggers: list[Trigger]) -> bool:
    """Whether an aid word stands right after a party (甲区结对乙县: 甲区 states its own aid)."""
    return any(
        t.start >= party.end and _NEXT_TO.match(sentence[party.end - offset : t.start - offset]) for t in triggers
    )


def _opens_clause_before(sentence: str, offset: int, party: Mention, trig: Trigger) -> bool:
    """Whether a party opens the clause right before the aid word's own (某医院作为…，每年派出…)."""
    start = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, party.start - offset)), default=0)
    breaks = CLAUSE_BREAK.findall(sentence, party.end - offset, trig.start - offset)
    return len(breaks) == 1 and not sentence[start : party.start - offset].strip()


class SideModel:
    """Votes per place, then a side for every actor."""

    def __init__(self, text: str = "") -> None:
        # 派出单位：甲 / 帮扶单位：乙: where a text labels who sends, a label of helping names the one helped
        self.helped_by_label = (
            _SENDER_LABEL.search(text) is not None or _TITLE_LINE_THEN_HELPING_LABEL.search(text) is not None
        )
        self.votes: dict[str, float] = defaultdict(float)
        self.direct: dict[str, float] = defaultdict(float)  # votes for the place itself, not through a finer one
        # slogans (援藏, 闽宁协作) speak of provinces: they count only where provinces are the sides
        self.slogan_votes: dict[str, float] = defaultdict(float)
        # so do the receivers of an aid word with no giver before it (within one province no giver stands against
        # them), though they name no province a slogan's receiver
        self.taken_votes: dict[str, float] = defaultdict(float)
        self.gz = gazetteer()
        self.unplaced: dict[str, float] = defaultdict(float)  # votes for institutions without a region, by key
        # counties the words make receivers of a province's or city's party of their own province, by region
        self.local_receivers: dict[str, float] = defaultdict(float)
        # hospitals the words make givers with no receiver named (某省人民医院接续开展帮扶), by region; those above a
        # county whose province holds a county of the article give, whatever their province does
        # places the words alone make give, naming no receiver or one of their own province
        self.givers_by_words: set[str] = set()
        self.joined_agencies: set[str] = set()  # bodies that are a party of an agreement, by key
        self.local_givers: set[str] = set()
        # places above a county the words make givers to a county of their own province, and places the words make
        # receivers from another province, by region
        self.giving_at_home: dict[str, float] = defaultdict(float)
        self.receiving_from_afar: dict[str, float] = defaultdict(float)
        # 东西部协作 named: the programme whose sides the provinces' priors are (a western province receives there,
        # whatever an 援藏 beside it says)
        self.east_west = False
        self.split_level: Label | None = None
        self.scope: str | None = None
        self._scores: dict[str | None, float] = {}
        self._sides: dict[tuple, int] = {}
        self.ranked: dict[str, int] = {}  # sides by rank within one county, by key (rank_within_counties)

    def vote(self, region: str | None, weight: float, slogan: bool = False) -> None:
        if not region:
            return
        self._tally(self.slogan_votes if slogan else self.votes, region, weight)
        if not slogan:
            self.direct[region] += weight

    def _tally(self, votes: dict[str, float], region: str, weight: float) -> None:
        """Count a vote for a place and every place above it."""
        for place in self.gz.lineage(region):
            votes[place.code] += weight

    def vote_sentence(self, sentence: str, offset: int, actors: list[Mention], triggers: list[Trigger]) -> None:
        """Votes from one sentence's words: the nearest actors on each side of a directed trigger."""
        previous: tuple[Trigger, Mention] | None = None
        taken = objects_of_aid(sentence, offset, actors, triggers)
        for trig in triggers:
            # 某县人民医院“组团式”帮扶一年间：某地专家…: an aid word a headline tells a time or a story of is a topic,
            # whose parties its words do not say
            if _TOLD_OF.match(sentence, trig.end - offset):
                continue
            # 医疗帮扶是甲与乙对口协作中…: an aid word a copula follows is the topic the sentence says something of,
            # no verb taking the party after it
            if sentence.startswith("是", trig.end - offset) and not sentence.startswith("是由", trig.end - offset):
                continue
            # (援某州专家在某县…: a party an aid word right before it takes is what a team's name says it aids)
            before = [a for a in actors if a.end <= trig.start and not _aided_in_a_name(sentence, offset, a)]
            if trig.subject_at is not None:  # (a team's arrival a clause on: only who sends the team gives)
                at = trig.subject_at
                before = [a for a in before if a.end <= at and _NEXT_TO.match(sentence[a.end - offset : at - offset])]
            if trig.kind == "mutual":
                self._note_joined_agencies(sentence, offset, before, trig)
                continue
            # 甲帮扶乙、丙，同时帮扶丁: a party an earlier aid word took as its object, a clause before, is not the
            # subject of this one; that word's giver is
            if (
                before
                and previous is not None
                and previous[0].kind == "active"
                and before[-1].start >= previous[0].end
                and CLAUSE_BREAK.search(sentence, before[-1].end - offset, trig.start - offset)
            ):
                before = [previous[1]]
            # (组织某某对口支援甲、乙，开展协作帮扶丙: so too where the earlier word's giver is no party named)
            elif (
                before
                and taken.get(id(before[-1]), trig.end) < trig.start
                and CLAUSE_BREAK.search(sentence, before[-1].end - offset, trig.start - offset)
            ):
                before = []
            # 甲积极响应乙—丙协作号召，选派…: a clause with no subject of its own has that of the clause a party opens
            # before it, not the last party named on the way
            if before and CLAUSE_BREAK.search(sentence, before[-1].end - offset, trig.start - offset):
                opener = _clause_opener(sentence, offset, before)
                if opener is not None:
                    before = [a for a in before if a.end <= opener.end]
            # the party after an aid word stands in its clause (A与B对口帮扶工作,C…: C takes no part in it); the one
            # help is given to opens the clause after the help (在甲的支持下，他筹建了某科：乙投入资金…: not 乙), as
            # does one an aid word of its own follows after a colon (把帮扶延伸到县：甲区结对乙县)
            supported = _under_support().fullmatch(trig.word) is not None
            after = [
                a
                for a in actors
                if a.start >= trig.end
                and not CLAUSE_BREAK.search(sentence, trig.end - offset, a.start - offset)
                and not (
                    (supported or _states_its_own_aid(sentence, offset, a, triggers))
                    and _COLON.search(sentence, trig.end - offset, a.start - offset)
                )
                # (三名某地帮扶专家——甲医院某科某某: the people the word names, listed after a dash, with their own
                # hospital, which the word does not take)
                and not _people_listed().fullmatch(sentence, trig.end - offset, a.start - offset)
            ]
            if helps_a_giver(sentence, offset, trig, after, triggers):
                continue
            # 某省人民医院接续开展帮扶: the subject of an aid word that names no receiver
            subject = before[-1] if before and not after and trig.kind == "active" else None
            if (
                subject is not None
                and subject.label is Label.HOSPITAL
                and subject.region
                and (
                    # (not a heading's topic before a colon: 州医院：“院包科”补齐短板)
                    _NEXT_TO.match(between := sentence[subject.end - offset : trig.start - offset])
                    and not _COLON.search(between)
                    # 某省人民医院作为某某的派出医院，每年派出专家…: the next clause's sending word has it as subject
                    or (trig.word in sending_words() and _opens_clause_before(sentence, offset, subject, trig))
                )
                # (某某在某医院挂职帮扶, 通过某医院带动…, 甲与乙建立协作关系, 承担某院的帮扶任务: no giver)
                and not sentence[: subject.start - offset].endswith(_no_subject_after())
                # (某医院每年选派骨干赴某地进修: who it sends go to learn)
                and not (trig.word in sending_words() and _to_learn(sentence, trig.end - offset))
                # (甲等作为某医院的对口支援医院: the aid word names the hospital's partners, whose it is)
                and not (between.strip() == "的" and _PARTNERS.match(sentence, trig.end - offset))
            ):
                self.givers_by_words.add(subject.region)
            if len(before) >= 2 and not after:
                self._vote_joined_unplaced(sentence, offset, before[-2], before[-1], trig)
            # 这里有一支来自某市的医疗队: a team's origin gives, whoever the sentence leaves unnamed
            if not before and after and trig.kind == "passive" and trig.word == "来自" and after[0].region:
                self.vote(after[0].region, 1.0)
            # （三）省内协作：派驻某县人民医院: a county people are posted to, no giver named, receives from a giver of
            # its own province (where its province gives)
            if (
                not before
                and after
                and trig.word in sending_words()
                and after[0].region
                and self.gz.places[after[0].region].level is Label.COUNTY
                and _posted_to(sentence, offset, after[0])
            ):
                self.local_receivers[after[0].region] += 1.0
            # 统筹做好对口支援甲、乙等地医疗工作: what an aid word with no party before it takes receives
            if (
                not before
                and after
                and trig.kind == "active"
                and _NEXT_TO.match(sentence[trig.end - offset : after[0].start - offset])
            ):
                for listed in list_chain(sentence, offset, after):
                    if listed.region:
                        self._tally(self.taken_votes, listed.region, -1.0)
            # 一家是省内三级医院对口帮扶的某医院: an aid word that no party of its clause stands before, qualifying the
            # party after it, says that party gives (not 我院对口帮扶的某县医院, 被帮扶的某县)
            if after and _qualifies_a_giver(sentence, offset, before, trig, after[0]):
                self.vote(after[0].region, 1.0)
                if after[0].label is Label.HOSPITAL and after[0].region:
                    self.givers_by_words.add(after[0].region)
                continue
            if not before or not after:
                continue
            left, right = before[-1], after[0]
            # 对口支援甲、乙等地，医疗队在丙医院开展帮扶: a clause whose subject is a team the sentence does not place
            # gives no vote to a party of the clause before
            if _team_subject_after(sentence, offset, left, trig):
                continue
            # 医疗人才在甲州工作期间，帮助乙县医院…: a place where people work (在…工作) is no giver of the word
            if (
                trig.kind == "active"
                and left.label in PLACE_LABELS
                and sentence[: left.start - offset].endswith("在")
                and sentence.startswith(_WORKING_THERE, left.end - offset)
            ):
                continue
            # 推动医院与某医院建立远程会诊: what the word takes is two parties joined, who act together
            if trig.kind == "active" and sentence[trig.end - offset : right.start - offset].endswith(_JOINED_BY):
                continue
            giver, receiver = (left, right) if trig.kind == "active" else (right, left)
            if trig.kind == "active" and _helping_there(sentence, offset, left, trig, right):
                giver, receiver = right, left
            previous = (trig, giver)
            # 选派76名医务人员到甲市、乙市进修: people sent to learn, where they learn gives them nothing
            if trig.word in sending_words() and _to_learn(sentence, receiver.end - offset):
                continue
            # an institution the text does not place still takes the side the words give it
            for actor, weight in ((giver, 1.0), (receiver, -1.0)):
                if not actor.region:
                    self.unplaced[actor.key] += weight
            if not left.region or not right.region:
                # the placed party of an institution the text does not place still gets its vote
                placed, weight = (giver, 1.0) if giver.region else (receiver, -1.0)
                self.vote(placed.region, weight)
                continue
            if left.region == right.region:
                continue
            self.vote(giver.region, 1.0)
            self.vote(receiver.region, -1.0)
            self._note_where(giver.region, receiver.region)
            # 某省人民医院派出专家到某县医院: a hospital above the county the words make give, in the aid word's own
            # clause, to a county of its own province gives, as one that names no receiver does
            if (
                trig.kind == "active"
                and giver.label is Label.HOSPITAL
                and not CLAUSE_BREAK.search(sentence, giver.end - offset, trig.start - offset)
                and self.gz.places[receiver.region].level is Label.COUNTY
                and self._within_own_province(giver.region, receiver.region)
            ):
                self.givers_by_words.add(giver.region)
            if trig.kind == "active" and trig.word not in sending_words():
                # 甲帮扶乙、丙: each party of the list the word takes
                for listed in list_chain(sentence, offset, [a for a in actors if a.start >= receiver.start]):
                    if listed.region and self._receives_at_home(giver.region, listed.region):
                        self.local_receivers[listed.region] += 1.0
            elif (
                trig.kind == "active"
                and (_posted_to(sentence, offset, receiver) or head_post_taken_at(sentence, offset, receiver))
                and self._receives_at_home(giver.region, receiver.region)
            ):
                # 甲医院医生（派驻乙县人民医院）: what a sending word takes is where people go only after a word of
                # posting (选派|某县医院医生 names who is sent)
                self.local_receivers[receiver.region] += 1.0
            elif trig.kind == "passive" and self.gz.is_county(receiver.region):
                # 某县医院同时接受甲、乙和丙的帮扶: each party of the list gives; a hospital above the county, of the
                # county's own province, too
                for listed in list_chain(sentence, offset, [a for a in actors if a.start >= giver.start]):
                    if not listed.region or listed.region == receiver.region:
                        continue
                    if listed is not giver:
                        self.vote(listed.region, 1.0)
                        self._note_where(listed.region, receiver.region)
                    if listed.label is Label.HOSPITAL and self._within_own_province(listed.region, receiver.region):
                        self.givers_by_words.add(listed.region)
        # A 将对 B 的…进行对口帮扶: 对 marks the receiver of an aid word later in the sentence
        for b in actors:
            at = b.start - offset
            if at >= 1 and sentence[at - 1] == "对" and b.region:
                later = any(t.start >= b.end and t.kind == "active" for t in triggers)
                # (甲对口支援乙、丙的部署，做好对丁的帮扶: not a party an earlier aid word took, a clause before)
                givers = [
                    a
                    for a in actors
                    if a.end <= b.start - 1
                    and a.region
                    and a.region != b.region
                    and not (id(a) in taken and CLAUSE_BREAK.search(sentence, a.end - offset, at))
                ]
                if later and givers:
                    self.vote(givers[-1].region, 1.0)
                    self.vote(b.region, -1.0)
                    self._note_where(givers[-1].region, b.region)
        # 某科医师甲、乙常驻某县人民医院: a county people stay in, no party before it in its clause, receives from a
        # giver of its own province (where its province gives), as one people are posted to does
        for a in actors:
            if a.region and self.gz.is_county(a.region) and _stayed_in(sentence, offset, a, actors):
                self.local_receivers[a.region] += 1.0
        self._vote_sent_toward(sentence, offset, actors, triggers)
        self.vote_slogans(sentence)

    def _vote_sent_toward(self, sentence: str, offset: int, actors: list[Mention], triggers: list[Trigger]) -> None:
        """某市医院向甲县医院、乙县医院派驻专家: 向 marks where a word of sending right after its list sends people,
        each party of the list; of the sender's own province, each receives whatever its province does elsewhere in
        the article (某市医院同时承担援疆任务)."""
        for k, b in enumerate(actors):
            at = b.start - offset
            if at < 1 or sentence[at - 1] != "向" or not b.region:
                continue
            listed = list_chain(sentence, offset, actors[k:])
            end = listed[-1].end - offset
            sent = any(t.word in sending_words() and 0 <= t.start - offset - end <= _SENT_TOWARD_GAP for t in triggers)
            # (the sender: the party before in its clause, else the sentence's subject where it is the only party
            # before: 某医院认真落实…，全年向…)
            clause = [a for a in actors[:k] if not CLAUSE_BREAK.search(sentence, a.end - offset, at)]
            givers = clause[-1:] or (actors[:1] if k == 1 else [])
            if not sent or not givers or not givers[0].region:
                continue
            giver = givers[0]
            for receiver in listed:
                if receiver.region and receiver.region != giver.region:
                    self.vote(giver.region, 1.0)
                    self.vote(receiver.region, -1.0)
                    self._note_where(giver.region, receiver.region)
                    if self._receives_at_home(giver.region, receiver.region):
                        self.local_receivers[receiver.region] += 1.0

    def _note_joined_agencies(self, sentence: str, offset: int, before: list[Mention], trig: Trigger) -> None:
        """某州卫健委与某县人民医院达成对口帮扶协议: a body joined to another party of an agreement, in the agreement's
        clause, is a party to the aid, not one that directs it."""
        if len(before) < 2 or CLAUSE_BREAK.search(sentence, before[-1].end - offset, trig.start - offset):
            return
        first, second = before[-2], before[-1]
        if sentence[first.end - offset : second.start - offset] in JOINING_WORDS:
            self.joined_agencies.update(a.key for a in (first, second) if a.label is Label.AGENCY)

    def _vote_joined_unplaced(self, sentence: str, offset: int, first: Mention, second: Mention, trig: Trigger) -> None:
        """甲与乙签订对口帮扶协议, one of them an institution the text does not place, the other a county's: the
        unplaced one gives (a county's institution is the receiving end of pairing aid)."""
        if sentence[first.end - offset : second.start - offset] not in ("与", "和", "同"):
            return
        if CLAUSE_BREAK.search(sentence, second.end - offset, trig.start - offset):
            return
        if bool(first.region) == bool(second.region):
            return
        unplaced, placed = (first, second) if not first.region else (second, first)
        if unplaced.label is Label.HOSPITAL and self.gz.places[placed.region].level is Label.COUNTY:
            self.unplaced[unplaced.key] += 1.0
            self.vote(placed.region, -1.0)

    def _note_where(self, giver: str, receiver: str) -> None:
        """Count a giver above the county level giving to a county of its own province, and a receiver receiving
        from another province (which gives at home only where it receives from no province but its own)."""
        if self._within_own_province(giver, receiver):
            self.giving_at_home[giver] += 1.0
        elif self.gz.lineage(giver)[0].code != self.gz.lineage(receiver)[0].code:
            self.receiving_from_afar[receiver] += 1.0

    def _gives_at_home(self, region: str) -> bool:
        """Whether a prefecture gives to a county of its own province and receives from no other province (a
        province is the unit of the split itself: it keeps its side)."""
        return (
            self.gz.places[region].level is Label.CITY
            and self.giving_at_home.get(region, 0.0) > 0
            and not self.receiving_from_afar.get(region, 0.0)
        )

    def _receives_at_home(self, giver: str, receiver: str) -> bool:
        """Whether the words make a county receive from a party of its own province above it, or from a city's
        urban district of another city of that province (某区人民医院帮扶某县人民医院, the province's aid within it)."""
        if self._within_own_province(giver, receiver):
            return True
        gz = self.gz
        giving, receiving = gz.places[giver], gz.places[receiver]
        return (
            giving.level is Label.COUNTY
            and receiving.level is Label.COUNTY
            and giving.name.endswith("区")
            and gz.lineage(giver)[0].code == gz.lineage(receiver)[0].code
            and gz.lineage(giver)[:2] != gz.lineage(receiver)[:2]
        )

    def _within_own_province(self, giver: str, receiver: str) -> bool:
        """Whether a county receives from a province's or a city's party of its own province."""
        gz = self.gz
        return (
            gz.places[receiver].level is Label.COUNTY
            and gz.places[giver].level is not Label.COUNTY
            and gz.lineage(giver)[0].code == gz.lineage(receiver)[0].code
        )

    def vote_labels(self, sentence: str, offset: int, actors: list[Mention]) -> None:
        """受援医院：某县人民医院: a label names the side of the party right after it."""
        pattern, sides = _labels()
        for m in pattern.finditer(sentence):
            actor = next((a for a in actors if a.start == offset + m.end()), None)
            if actor is not None:
                helped = self.helped_by_label and m.group(1).startswith("帮扶")
                self.vote(actor.region, LABEL_WEIGHT * (RECIPIENT if helped else sides[m.group(1)]))

    def vote_slogans(self, sentence: str) -> None:
        abbreviations = province_abbreviations()
        if not self.east_west and _east_west().search(sentence):
            self.east_west = True
        aid_to, pairing = _slogans()
        # (cheap: most sentences hold no 援 and no word of joint work, which every slogan needs)
        if "援" in sentence:
            for m in aid_to.finditer(sentence):
                self.vote(abbreviations[m.group(1)], -2.0, slogan=True)
        # 援助西藏, 对口支援新疆: the same as 援藏, written out
        pattern, provinces = _aid_to_a_province()
        for m in pattern.finditer(sentence):
            self.vote(provinces[m.group(1)], -2.0, slogan=True)
        if _JOINT.search(sentence):
            for m in pairing.finditer(sentence):
                self.vote(abbreviations[m.group(1)], 2.0, slogan=True)
                self.vote(abbreviations[m.group(2)], -2.0, slogan=True)

    def settle(self, actors: list[Mention]) -> None:
        """Split the document's actors into givers and receivers.

        Start with provinces; where they do not divide into both sides (all of them receive, say, or there
        is only one), look inside the province named most, then inside its prefecture named most.
        """
        self._sides.clear()
        county_provinces = {
            self.gz.lineage(a.region)[0].code
            for a in actors
            if a.region and self.gz.places[a.region].level is Label.COUNTY
        }
        self.local_givers = {
            r
            for r in self.givers_by_words
            if self.gz.places[r].level is not Label.COUNTY and self.gz.lineage(r)[0].code in county_provinces
        }
        # government bodies often only direct the aid (按照某省卫健委部署): the parties that act decide the split
        # (a body the words make a giver or receiver, 某市卫健委选派专家到某县, is a party all the same)
        acting = [
            a
            for a in actors
            if a.region and (a.label is not Label.AGENCY or self.votes.get(a.region) or a.key in self.joined_agencies)
        ]
        # a province named around the parties inside it (在某省, 某某医院…) is where the aid happens
        inside = {
            self.gz.lineage(b.region)[0].code for b in acting if self.gz.places[b.region].level is not Label.PROVINCE
        }
        acting = [a.region for a in acting if not (a.label is Label.PROVINCE and a.region in inside)]
        regions = acting or [a.region for a in actors if a.region]
        self.scope = None
        unplaced_donor = any(v > 0 for v in self.unplaced.values())
        for level in (Label.PROVINCE, Label.CITY, Label.COUNTY):
            self.split_level = level
            in_scope = [r for r in regions if self.scope is None or self.gz.is_within(r, self.scope)]
            units = Counter(self._unit(r, level) for r in in_scope)
            if level is not Label.PROVINCE and (
                not any(self.votes.get(u) for u in units) or self._words_follow_levels(in_scope, level)
            ):
                # no words divide the places inside the province, or they only say what the levels say (甲市医院、
                # 乙市医院分别帮扶甲市某县、乙市某县): levels do (its cities' hospitals give to its counties), not a
                # provincial body above the split alone, nor the cities the words happen to name
                by_level = self._by_level(regions)
                if by_level:
                    self._scores = by_level
                    return
            scores = {u: self._score(u) for u in units}
            if any(v > 0 for v in scores.values()) and any(v <= 0 for v in scores.values()):
                scores = {u: (v if v > 0 else min(v, -0.5)) for u, v in scores.items()}
            elif unplaced_donor:
                pass  # the giver is an institution the text does not place: unvoted places are not givers
            elif (
                # (receivers of an aid word with no giver say no one gives: alone they make no unvoted place give)
                any(
                    v - (self.taken_votes.get(u, 0.0) if level is Label.PROVINCE else 0.0) < 0
                    for u, v in scores.items()
                )
                and any(v == 0 for v in scores.values())
                and not self._counties_only_facing_higher(in_scope, level, scores)
            ):
                scores = {u: (v if v < 0 else 0.5) for u, v in scores.items()}
            if any(v > 0 for v in scores.values()) and any(v < 0 for v in scores.values()):
                self._scores = scores
                return
            finer = [u for u, _ in units.most_common() if self.gz.places[u].level is level]
            if not finer:
                break
            self.scope = finer[0]
        self._scores = self._by_level(regions)

    def _words_follow_levels(self, regions: list[str], level: Label) -> bool:
        """Whether every place the words make a giver is above a county and every one they make a receiver is a
        county, while some unit of this level holds parties of both kinds (a city's hospital and a county of
        that city): one side per unit would be wrong for one of them."""
        voted = [(r, v) for r, v in self.direct.items() if v]
        if not voted or any((self.gz.places[r].level is Label.COUNTY) != (v < 0) for r, v in voted):
            return False
        kinds: dict[str, set[bool]] = defaultdict(set)
        for r in regions:
            kinds[self._unit(r, level)].add(self.gz.places[r].level is Label.COUNTY)
        return any(len(k) == 2 for k in kinds.values())

    def _counties_only_facing_higher(self, regions: list[str], level: Label, scores: dict[str, float]) -> bool:
        """Whether the places not known to receive are all counties and every place known to receive has a party
        above a county: a county's hospital does not aid a province's, whatever the provinces usually do."""
        by_unit: dict[str, set[Label]] = defaultdict(set)
        for r in regions:
            by_unit[self._unit(r, level)].add(self.gz.places[r].level)
        return all(by_unit[u] == {Label.COUNTY} for u, v in scores.items() if v == 0) and all(
            by_unit[u] - {Label.COUNTY} for u, v in scores.items() if v < 0
        )

    def _by_level(self, regions: list[str]) -> dict[str, float]:
        """No votes divide the article: its provincial and prefectural bodies give, its counties receive (a city
        hospital sending a team to the counties of its province, a province's hospital and a county elsewhere
        signing an agreement)."""
        province = {r: self.gz.lineage(r)[0].code for r in regions}
        counties = {r for r in regions if self.gz.places[r].level is Label.COUNTY}
        if not counties or counties == set(regions):
            return {}
        if len(set(province.values())) > 1:
            # across provinces only where the two levels do not meet in one (a province's hospital and a county of
            # another province; not a city of that county's own province, which may give or receive)
            if {province[r] for r in counties} & {province[r] for r in regions if r not in counties}:
                return {}
            self.split_level, self.scope = Label.COUNTY, None
        else:
            self.split_level, self.scope = Label.COUNTY, next(iter(province.values()))
        return {r: (-1.0 if r in counties or self._receiving_prefecture(r) else 1.0) for r in regions}

    def _receiving_prefecture(self, region: str) -> bool:
        """甲市某医院帮扶乙市某县, 乙市卫健局 named beside: a prefecture whose counties the words make receive, while
        they make another place give and never it, is of the receiving side."""
        if self.gz.places[region].level is not Label.CITY or self.direct.get(region, 0.0) > 0:
            return False
        return self.votes.get(region, 0.0) < 0 and any(v > 0 for r, v in self.direct.items() if r != region)

    def _score(self, unit: str) -> float:
        score = self.votes.get(unit, 0.0)
        if self.split_level is Label.PROVINCE:
            score += PRIOR_WEIGHT * _priors().get(unit, 0.0) + self.slogan_votes.get(unit, 0.0)
            score += self.taken_votes.get(unit, 0.0)
            # 援藏 names who receives: a province it does not name is not on that side by its prior alone
            receivers = [p for p, v in self.slogan_votes.items() if v < 0 and self.gz.places[p].level is Label.PROVINCE]
            # (but under 东西部协作 named beside it, a province that usually receives keeps that side)
            usual_receiver = self.east_west and _priors().get(unit, 0.0) < 0
            voted = self.votes.get(unit, 0.0) + self.taken_votes.get(unit, 0.0)
            if receivers and unit not in receivers and voted >= 0 and not usual_receiver:
                score = max(score, 0.5)
            # 乙省人民医院对口帮扶丙省某县人民医院: where the words make a province's parties give and another's
            # receive, the first gives, whatever it usually does
            stated = self._stated_by_province()
            if stated.get(unit, 0.0) > 0 and any(v < 0 for p, v in stated.items() if p != unit):
                score = max(score, 0.5)
        elif _rank(self.gz.places[unit].level) < _rank(self.split_level):
            score += LEVEL_WEIGHT  # above the split: a provincial or prefectural body
        return score

    def _stated_by_province(self) -> dict[str, float]:
        """The words' direct votes summed per province."""
        out: dict[str, float] = defaultdict(float)
        for region, vote in self.direct.items():
            out[self._unit(region, Label.PROVINCE)] += vote
        return out

    def _unit(self, region: str, level: Label) -> str:
        """The ancestor of ``region`` at ``level``, or the region itself when it sits above that level."""
        for place in self.gz.lineage(region):
            if place.level is level:
                return place.code
        return self.gz.lineage(region)[-1].code

    def unit(self, actor: Mention) -> str | None:
        if not actor.region or self.split_level is None:
            return None
        if self.scope is not None and not self.gz.is_within(actor.region, self.scope):
            return None  # outside the part of the country the document's aid happens in
        return self._unit(actor.region, self.split_level)

    def side(self, actor: Mention) -> int:
        # asked for every actor by every rule: once per identity and place
        memo = (actor.key, actor.region, actor.label)
        known = self._sides.get(memo)
        if known is None:
            known = self._side(actor)
            known = self._sides[memo] = known if known != UNKNOWN else self.ranked.get(actor.key, UNKNOWN)
        return known

    def rank_within_counties(self, pairs: list[tuple[Mention, Mention]]) -> None:
        """(a county's hospital, a township's centre of that county) pairs: where the places do not divide them
        (they share one), the hospital above gives and the centre receives."""
        self._sides.clear()
        self.ranked = {upper.key: DONOR for upper, _ in pairs} | {centre.key: RECIPIENT for _, centre in pairs}

    def _side(self, actor: Mention) -> int:
        # (某市帮扶医疗队和香港义诊团在某县: Hong Kong, Macao and Taiwan give alongside; no programme gives to them)
        if never_aided(actor.region):
            return DONOR
        if not actor.region:
            score = self.unplaced.get(actor.key, 0.0)
        elif not self._scores:  # nothing divides the article: the words alone say who gives
            score = self.votes.get(actor.region, 0.0)
        elif actor.label in PLACE_LABELS and self._above_split(actor.region):
            # the province of a one-province article is where the aid happens, not a party; unless the words make
            # it give (某州对口支援本州某县: the prefecture above its own county)
            below_province = self.gz.places[actor.region].level is not Label.PROVINCE
            return DONOR if below_province and self.direct.get(actor.region, 0.0) > 0 else UNKNOWN
        else:
            score = self._scores.get(self.unit(actor), 0.0)
            # 某市医院帮扶本市某县医院, in an article whose provinces split the other way: a county the words make
            # the receiver of a higher party of its own province receives, whatever its province does
            if score > 0 and self.local_receivers.get(actor.region, 0.0) > 0:
                score = -1.0
            # 某省人民医院接续开展帮扶, in an article whose provinces split the other way: a hospital above the county
            # level that the words make a giver gives to the counties of its own province
            elif (
                score < 0
                and actor.label is Label.HOSPITAL
                and actor.region in self.local_givers
                or score < 0
                and self._gives_at_home(actor.region)
            ):
                score = 1.0
        return DONOR if score > 0 else RECIPIENT if score < 0 else UNKNOWN

    def gives_locally(self, giver: Mention, receiver: Mention) -> bool:
        """Whether a hospital the words alone make a giver, above the county level of the province the article's
        aid goes to, gives to a receiver of a county of its own province."""
        return (
            giver.label is Label.HOSPITAL
            and giver.region in self.local_givers
            and bool(receiver.region)
            and self.gz.places[receiver.region].level is Label.COUNTY
            and self.gz.lineage(receiver.region)[0].code == self.gz.lineage(giver.region)[0].code
        )

    def _above_split(self, region: str) -> bool:
        return self.split_level is not None and _rank(self.gz.places[region].level) < _rank(self.split_level)


def _rank(level: Label) -> int:
    return _RANKS[level]


_RANKS = {Label.PROVINCE: 0, Label.CITY: 1, Label.COUNTY: 2}
