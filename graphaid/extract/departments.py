"""Recognise departments that the aid created: unit names (新生儿科, 疼痛康复诊疗中心) next to a founding verb.

Three ways a text says a unit was created: the verb before a list of units (创建了新生儿科、骨科); the unit
before a verb of opening (母婴保健中心揭牌, 血透室即将开科); and a report's heading naming the unit before
the sentence that tells who built it (冠心病介入诊疗中心: 黄平县第一医院…共同建设…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from graphaid.documents import LIST_ITEM
from graphaid.extract.mentions import Mention
from graphaid.extract.sides import has_aid_words
from graphaid.lexicon import any_of, count_in_words, read_lines
from graphaid.model import Label

# words between a founding verb and the list of units (创建了 / 成立首个 / 开设一批)
_FILLER = re.compile(
    r"^(?:了|起|起了|好|出|出了|成|成了"
    # (建成并启用了某科: a second verb of opening, then the units)
    r"|并(?:正式)?(?:启用|投用|投入使用|运行|开放|开诊)了?"
    # (与某中心同步成立的，还有某中心, 同期挂牌运行的还有某中心: what else the verb founded, named after it)
    r"|(?:运行|启用|投用|开放)?的[，,]?(?:还有|也有|另有|包括|是|有[:：]))?"
    # (the count after where it is the first: 全县首个“某单元”)
    r"(?:(?:(?:全|本)[县市区州省旗盟院]|县域|市域)?(?:首个|首家)|一个|一批|一所|一支|几个|多个|若干|\d+个(?:以上)?)?"
)
_ITEM_SPLIT = re.compile(r"、|和|及|与|以及|，|,")
_NOTE = re.compile(r"[(（][^()（）]{1,12}[)）]$")
# (and 并 before what the unit then did: 建成某中心并通过省级验收; not 并 inside a name: 并发症)
_CLAUSE_END = re.compile(r"[,，;；。:：“”\"']|等|并(?=通过|投入|正式|顺利|成功|获|被|已|于|开始|成为|挂牌)")
# what may stand between a unit and the verb that opens it (血透室即将开科, 胸痛中心日前揭牌): adverbs, and times
# (于去年9月, 在当年11月, 今年3月, 3月份, 2023年5月12日; the words of time_words.txt)
# a time counted from what the text told before (半年后, 三个月后, 一年多来)
_DURATION_ON = r"(?:半|[一二两三四五六七八九十\d]+个?)(?:年|月|周|天)(?:多|半)?(?:以后|之后|后|以来|来)"
_ADVERBS = (
    r"即将|已经|正式|顺利|相继|先后|陆续|同日|同时|同步|同样|一并|集中|分别|独立|单独|提前|如期|按期|率先"
    r"|将|已|于|在|均|都|也|又|才"
    # (是 of a cleft: 某病房是今年3月在某院帮扶下建成的)
    r"|是"
    r"|(?:去年|今年|前年|\d{4}年)(?:\d{1,2}月份?)?(?:\d{1,2}日)?|\d{1,2}月份?(?:\d{1,2}日)?|\d{1,2}日"
    # (a part of a month or a year: 9月底, 年初, 3月中旬)
    r"|(?<=[月年])(?:底|初|末|上旬|中旬|下旬)"
    # (a time told by the aid's own events: 于签约当月, 揭牌当天, 托管次月)
    r"|(?:签约|签字|揭牌|挂牌|托管|启动|开业)(?:当天|当日|当月|次月|后)"
    # (a time it opens from: 自3月18日起, 从今年起)
    r"|[自从](?:去年|今年|\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?起"
    r"|" + _DURATION_ON
)


@cache
def _before_the_verb() -> re.Pattern:
    return re.compile(rf"(?:{_ADVERBS}|{any_of(read_lines('time_words.txt')).pattern})+$")


# 某实验室通过省级验收并投入使用, 某科经县编委批准成立: what the unit passed or was granted before it opened
_APPROVED = re.compile(
    r"(?:通过|经)[^,，;；。:：“”\"'、]{0,12}?(?:验收|评审|认证|评估|审核|审批|批准|同意)(?:后|并|，|,)?$"
)
# 均为新设立的…: what a list's clause says all its items are, up to a verb of founding
_EVERY_ONE = re.compile(r"[,，]?(?:均|都|皆|全部)(?:为|是|系)[\u4e00-\u9fff]{0,4}$")
# (or a unit pointed back to opening the sentence: 这个科室是某医院帮扶以来建成的第一个某专科)
_RESTATED = re.compile(
    r"(?:^|[,，;；])\s*(?:这|此|(?:这个|该|此)(?:科室|科|中心|病房|门诊))(?:也|还|便|就)?(?:是|为)[^,，;；。]{0,40}$"
)
_THIS_IS = re.compile(r"\s*(?:这|此)(?:也|还|便|就)?(?:是|为)")
_OF_A_KIND = re.compile(r"[\u4e00-\u9fff]?的")  # (创新设立的 is read at its leftmost verb, 新设)
# (after a list's bullet, none of the unit's name: ·某县人民医院卒中中心：…)
_HEADING = re.compile(r"^[·•▪◆◇■□●○▶►▲△※]*([^,，。:：]{2,20})[:：]")
# an item of a list that is only a unit's name (1. 某县人民医院某科。), before the sentence that tells who built it
_UNIT_ITEM = re.compile(rf"^{LIST_ITEM.pattern}\s*([^,，。:：\s]{{2,30}}?)\s*[。.]?\s*$")
# that sentence's first clause, where it founds or opens the unit it leaves unnamed (某某牵头组建，…)
_FIRST_CLAUSE = re.compile(r"\s*([^,，;；。\n]{0,30})")
# an item that names a unit, then a clause that opens it unnamed (——某中心，2014年投入使用): its mark a bullet, a dash
# or a number, the item not the whole line
_UNIT_ITEM_THEN = re.compile(
    r"\s*(?:[^\w\s（(“\"]{1,3}|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*"
    r"([^,，。:：；;\s]{2,30}?)[，,]([^,，。；;]{2,30})"
)
# a unit name that is only a grade (省级重点专科; 某州级重点专科 once its place is taken off) names no unit, nor one
# that is only a kind of unit (设立独立病区和专科门诊)
_GRADE = re.compile(r"^(?:国家级|省级|自治区级|市级|地区级|州级|盟级|县级|级|区域|重点|特色|临床|独立|专门|专科)+")
MAX_UNIT = 16
_NEW = re.compile(r"^新的?")


@dataclass(slots=True)
class Founding:
    """A founding statement: where its verb stands and the units it names."""

    verb_start: int
    verb_end: int
    units: list[Mention]
    heading: bool = False  # the unit is a heading; its founders may stand anywhere in the sentence


@cache
def _lexicons() -> tuple[tuple[str, ...], re.Pattern]:
    verbs = tuple(sorted(read_lines("found_triggers.txt"), key=len, reverse=True))
    suffixes = sorted(_unit_endings(), key=len, reverse=True)
    endings = "|".join(map(re.escape, suffixes))
    # (a digit of a Latin-lettered word too: 5G远程会诊中心, 3D打印中心)
    unit = re.compile(rf"^(?:[\u4e00-\u9fffA-Za-z()（）·]|\d(?=[\dA-Za-z])){{1,{MAX_UNIT}}}?(?:{endings})$")
    return verbs, unit


@cache
def _unit_endings() -> tuple[str, ...]:
    """The endings of a unit's name (科, 中心, 病区 ...)."""
    return read_lines("department_suffixes.txt")


@cache
def _verb_pattern() -> re.Pattern:
    """The founding verbs as one pattern, longest first (the leftmost verb, the longest there)."""
    verbs, _ = _lexicons()
    return re.compile("|".join(map(re.escape, verbs)))


_FIRST_OF_KIND = re.compile(r"首[个家间座所]|第一[个家间座所]|唯一的?")
# the honours a place gives doctors of traditional medicine, which name a studio with the place (某市名中医某某工作室)
_PLACES_HONOURS = ("名中医", "名老中医", "国医大师", "名医")


def clean_unit(item: str) -> tuple[str, list[str]]:
    """A unit's own name without the places and counts in front (五峰三个乡镇血透室 -> 血透室), and the
    division codes of the places it was written with."""
    from graphaid.places import gazetteer

    gz = gazetteer()
    places: list[str] = []
    # 某地区首个某某病房: what stands before "the first" says where it is first, not what the unit is
    first = _FIRST_OF_KIND.search(item)
    if first and len(item) > first.end() + 1:
        item = item[first.end() :]
    # 目前恢复室已投入使用: a time before the unit is no part of its name; nor its standing alone (组建独立输血科)
    item = _time_before().sub("", item)
    alone = _ALONE.match(item)
    if alone and is_unit_name(item[alone.end() :]):
        item = item[alone.end() :]
    # 县级胸痛中心, 国家认证胸痛中心: the level a unit is accredited at, or its being accredited, is no part of its name
    level = _LEVEL.match(item)
    if level and is_unit_name(item[level.end() :]):
        item = item[level.end() :]
    # 某县人民医院心血管内科: the unit is what follows the hospital's name (or the reference to one after it: 某医院帮扶
    # 我院康复医学科)
    written = item
    for hospital_in in (_hospital_in_unit().search, _REFERENCE_IN_UNIT.search):
        hospital = hospital_in(item)
        if hospital and is_unit_name(item[hospital.end() :]):
            item = item[hospital.end() :]
    after_hospital = item
    # 某地医疗帮扶助某县|新生儿科 (a headline): words of aid before the receiving place are no part of the unit's name
    inside = [m for m in gz.scan(item) if m.start > 0 and m.strong and is_unit_name(item[m.end :])]
    if inside and has_aid_words(item[: inside[-1].start]):
        item = item[inside[-1].start :]
    changed = True
    while changed:
        changed = False
        lead = next((m for m in gz.scan(item) if m.start == 0), None)
        # (某县域影像诊断中心: a unit of the whole county keeps its place; so does a studio named after a doctor that
        # place honours, 某市名中医某某工作室)
        if lead and len(item) > lead.end + 1 and not item.startswith("域", lead.end):
            code = gz.resolve(lead, set(places))
            places += [code] if code else []
            if item.startswith(_PLACES_HONOURS, lead.end):
                break
            item, changed = item[lead.end :].lstrip("·"), True
        m = _COUNT.match(item)
        if m and len(item) > m.end() + 1:
            item, changed = item[m.end() :], True
    # 某医院某地专家工作站: a station named for the hospital that set it up and the place it stands in is that whole
    # name, what is left without them only its kind
    if places and after_hospital != written and _is_kind(item) and item.endswith(_station_words()):
        return written, places
    return item, places


@cache
def _station_words() -> tuple[str, ...]:
    return tuple(read_lines("station_words.txt"))


@cache
def _hospital_in_unit() -> re.Pattern:
    """The end of a hospital's name inside a unit's (某县人民医院|心血管内科, 某县中心血站|核酸检测实验室): the last
    one, by the endings of hospital_suffixes.txt that no unit is named by (a hospital's 急救中心 is a unit of it),
    and those of centres that never stand inside a hospital (某县疾控中心|PCR实验室, 某县妇幼保健计划生育服务中心|某室)
    (or a numbered hospital's short name: 某地二院|新生儿科)."""
    endings = [s for s in read_lines("hospital_suffixes.txt") if not is_unit_name(s)] + list(_CENTRES_OUTSIDE)
    words = "|".join(map(re.escape, sorted(endings, key=len, reverse=True)))
    # (a long ending alone opening the unit's name, its place cut off before: 卫生监督所|某实验室, 镇卫生院|国医堂; not
    # 医院|感染管理科)
    long = "|".join(map(re.escape, sorted((e for e in endings if len(e) >= 4), key=len, reverse=True)))
    level = "[县市区乡镇村州旗]"
    return re.compile(rf".{{2,}}(?:{words}|[一二三四五六七八九十]院)|^{level}?(?:{long})|^{level}(?:{words})")


# the endings of institutions that are none of a hospital's units (a 精神卫生中心 may be one)
_INSTITUTIONS = ("疾控中心", "疾病预防控制中心", "卫生服务中心")
# the endings of centres that never stand inside a hospital, cut from before a unit's name (预防控制中心 too, where a
# unit's name read leftwards starts inside 疾病预防控制中心)
_CENTRES_OUTSIDE = ("服务中心", "疾控中心", "疾病预防控制中心", "预防控制中心", "血液中心", "精神卫生中心")
# (or a hospital or place pointed back to: 该院|胸痛中心, 我县|首个…, wherever it stands: 某某推动该院|某中心)
# (or a hospital named by its level alone: 县医院|新生儿科; 团医院, a regiment's of the Corps)
# (or 医院 alone opening it, the hospital the article is about: 医院|介入手术室; not where a unit's own name opens
# with 医院: 医院感染管理科, 医院办公室; or the township's centre or the branch the article is about: 卫生院|中医馆,
# 分院|血液净化中心)
_REFERENCE_IN_UNIT = re.compile(
    r"[该我本此其](?:院|县|市|区|州|旗)|[县市州区旗团]医院|^(?:卫生院|医院)(?!感染|管理|办公)|^分院"
    # (or a traditional medicine hospital by its kind alone, a province's or not: 省中医院|某名中医工作室)
    r"|^[省市县州]?中医(?:医)?院"
)


@cache
def _object_verb() -> re.Pattern:
    """A word that takes a unit as its object (说起, 了解, 给)."""
    return re.compile(rf"(?:{any_of(read_lines('unit_object_verbs.txt')).pattern})(?!药)")


@cache
def _time_before() -> re.Pattern:
    """A word of time opening a unit's name as written (目前|恢复室), two characters or more left after it."""
    return re.compile(rf"^(?:{'|'.join(map(re.escape, read_lines('time_words.txt')))}|{_DURATION_ON})(?=.{{2}})")


_ALONE = re.compile(r"(?:独立|单独|标准化|规范化)的?")
_LEVEL = re.compile(r"(?:国家|省|自治区|市|地区|州|盟|县|区)级|(?:国家|中国)?(?:认证|认定)的?")
_COUNT = re.compile(
    r"^(?:又|另|首批|新一批)?(?:首个|首家|第?[一二三四五六七八九十两几多\d]+(?:个|家|所|座|间|处)(?:以上)?|乡镇|各)"
)


def is_unit_name(text: str) -> bool:
    _, unit = _lexicons()
    # (a disease control centre or a community's health centre is an institution of its own, none of a hospital's
    # units; a 精神卫生中心 may be one)
    return bool(unit.match(text)) and not _is_noise(text) and not text.endswith(_INSTITUTIONS)


@cache
def _opened() -> re.Pattern:
    return re.compile("|".join(map(re.escape, read_lines("opening_verbs.txt"))))


_SPLIT_OFF = re.compile(r"([^，,。；;]{2,24}?)从[^，,。；;从]{2,12}?[中里]?((?:独立|分离|拆分|剥离)出来)")


def find_foundings(text: str, start: int, end: int, sent: int) -> list[Founding]:
    """Units created according to one sentence (offsets into the document)."""
    sentence = text[start:end]
    out = (
        _after_verbs(sentence, start, sent)
        + _before_openings(sentence, start, sent)
        + _built_by(text, sentence, start, sent)
    )
    if _POINTING.search(sentence):
        out += _pointed_back_openings(text, start, sentence, sent)
    # 某科从某科中独立出来: a unit split off another to stand alone is founded
    for m in _SPLIT_OFF.finditer(sentence) if "出来" in sentence else ():
        units = _listed_units_ending(m.group(1), start + m.end(1), sent)
        if units and not _planned(sentence, m.start(2)):
            out.append(Founding(start + m.start(2), start + m.end(2), units))
    # 推动了某科的设立: a unit's founding said as a noun that a verb of bringing about takes, ending its clause (not
    # 某中心的建成，标志着…: a unit named before, spoken of again)
    for m in _NOMINAL_FOUNDING.finditer(sentence) if "的" in sentence else ():
        units = _listed_units_ending(m.group(1), start + m.start(1), sent)
        if units and not _planned(sentence, m.start()):
            out.append(Founding(start + m.start(2), start + m.end(2), units))
    # 今年3月正式投入使用的某中心: a unit a verb of opening qualifies (a verb of founding too, 建成的, is read with
    # the others of founding)
    for m in _opened().finditer(sentence) if "的" in sentence else ():
        unit = _unit_starting(sentence[m.end() + 1 :]) if sentence.startswith("的", m.end()) else ""
        if unit and m.group(0) not in _lexicons()[0] and not _planned(sentence, m.start()):
            mention = _cleaned_unit(unit, start + m.end() + 1, sent)
            # (启用的第三个专科: a count of units of a kind, none named)
            if not _is_noise(mention.surface):
                out.append(Founding(start + m.start(), start + m.end(), [mention]))
    heading = _HEADING.match(sentence)
    if (
        heading
        and is_unit_name(heading.group(1).strip())
        and (built := _building_at(sentence, heading.end())) < len(sentence)
        # (▶某中心：计划明年由某医院帮助建成: a plan under the heading)
        and not _planned(sentence, built)
    ):
        name = heading.group(1).strip()
        at = start + sentence.find(name)
        out.append(Founding(at, at + len(name), [Mention(Label.DEPARTMENT, name, at, at + len(name), sent)], True))
    # 1. 某县人民医院某科。某某牵头组建，…: a year's review lists its new units an item each; or an item's unit, then a
    # clause of its own that opens it unnamed (——某中心，2014年11月投入使用，…)
    item = _UNIT_ITEM.match(sentence)
    opened = item is not None and _founds_unnamed(_FIRST_CLAUSE.match(text, end).group(1))
    if item is None and (item := _UNIT_ITEM_THEN.match(sentence)) is not None:
        opened = _founds_unnamed(item.group(2))
    if item and opened and is_unit_name(item.group(1)):
        # (the unit's own name, without its hospital and place in front)
        name, _ = clean_unit(item.group(1))
        at = start + item.end(1) - len(name)
        out.append(Founding(at, at + len(name), [Mention(Label.DEPARTMENT, name, at, at + len(name), sent)], True))
    # 由“坐诊看病”向“带科建科”转变: a slogan in quotation marks, its unit and its verb both inside, founds nothing
    if "“" in sentence or '"' in sentence:
        out = [f for f in out if not _a_slogan(sentence, f.verb_start - start, f.units[0].start - start)]
    # 义诊现场设立了内科、眼科等12个诊台: the desks of a day's event, no units founded
    if out and any(desk in sentence for desk in read_lines("event_desk_words.txt")):
        out = [f for f in out if not _desks_of_an_event(sentence, f.units[-1].end - start)]
    return out


def _desks_of_an_event(sentence: str, at: int) -> bool:
    """Whether the clause from ``at`` (after a founding's last unit) closes its list as desks (…等12个诊台)."""
    clause = _CLAUSE_BREAK.split(sentence[at:], maxsplit=1)[0].rstrip()
    return clause.endswith(read_lines("event_desk_words.txt"))


def _a_slogan(sentence: str, verb_at: int, unit_at: int) -> bool:
    """Whether a verb and a unit stand together inside one slogan in quotation marks (“带科建科”)."""
    first = min(verb_at, unit_at)
    opening = max(sentence.rfind("“", 0, first), sentence.rfind('"', 0, first))
    if opening < 0:
        return False
    closing = min((at for at in (sentence.find("”", first), sentence.find('"', first)) if at >= 0), default=-1)
    # (a slogan is one four-character phrase or two)
    return closing > max(verb_at, unit_at) and closing - opening - 1 in (4, 8)


def _founds_unnamed(clause: str) -> bool:
    """Whether a clause founds or opens a unit without naming it (由某某协助设立, 于6月投入使用)."""
    found = _verb_pattern().search(clause) or _opened().search(clause)
    if found is None or _planned(clause, found.start()):
        return False
    rest = clause[found.end() :].lstrip("了起")
    return not rest or _opened().fullmatch(rest) is not None


def _building_at(sentence: str, start: int) -> int:
    """Where the first verb of building after ``start`` stands (the sentence's end where none does)."""
    verbs, _ = _lexicons()
    return min((at for v in (*verbs, "建设") if (at := sentence.find(v, start)) >= 0), default=len(sentence))


_AID_ENDING_VERB = ("支援",)


def _after_verbs(sentence: str, start: int, sent: int) -> list[Founding]:
    verbs, _ = _lexicons()
    out = []
    pos = 0
    while pos < len(sentence):
        found = _verb_pattern().search(sentence, pos)
        if found is None:
            break
        at, pos = found.span()
        # (支援建成某科: a verb whose first character ends a word of aid is none; the next one is the verb)
        if at > 0 and sentence.startswith(_AID_ENDING_VERB, at - 1):
            pos = at + 1
            continue
        if _negated(sentence, at) or _planned(sentence, at):
            continue
        # 帮助医院早已开设的内镜室开展…: a unit the text says was opened long before is no founding of the aid
        if sentence.startswith("的", pos) and sentence.endswith(_ALREADY, 0, at):
            continue
        if sentence.startswith(verbs, pos):
            continue  # 挂牌成立某中心: the verb that follows names the units
        if sentence.startswith(("为", "成为"), pos):
            continue  # 某科成功创建为州级临床重点专科: what a unit was made into, no unit founded
        # 治未病中心设置了体质辨识室、…: what a unit arranges inside it are its parts (not an institution that ends like
        # one: 某县疾病预防控制中心开设了…)
        if found.group(0) in _ARRANGING:
            head = _head_before(sentence, at)
            if _unit_arranging(head, start + at, sent):
                continue
            # (某中心，设置了甲室、乙室: across a comma too, where the verb only arranges, not opens)
            head = head.rstrip()
            comma = found.group(0) in _ARRANGING_ONLY and head.endswith(("，", ","))
            if comma and _unit_arranging(head[:-1], start + at, sent):
                continue
        # 把医院建成某地的某中心: what the verb's object is made into, no unit founded
        if _MADE_INTO_BY_BA.search(_CLAUSE_BREAK.split(sentence[:at])[-1]):
            continue
        # 某中心正式启用，这是该院开设的第一个某中心: what a unit named before is, no other unit (the first of its
        # kind across the sentence's clauses too: 这是某市帮扶某县以来，在某县援建的首个专科病区)
        if sentence.startswith("的", pos) and (
            _RESTATED.search(sentence, 0, at) or (_THIS_IS.match(sentence) and _FIRST_OF_KIND.match(sentence, pos + 1))
        ):
            continue
        # 甲中心、乙中心，均为新设立的特色中心: the list the clause says all are of a kind founded
        every = _EVERY_ONE.search(sentence, max(0, at - 8), at)
        if every and _OF_A_KIND.match(sentence, pos):
            units = _listed_units_ending(sentence[: every.start()], start, sent)
            if units:
                out.append(Founding(start + at, start + pos, units))
            continue
        filler = _FILLER.match(sentence[pos:])
        cursor = pos + (filler.end() if filler else 0)
        # 组建了由甲科、乙科（等科室）组成的团队: the departments a team is made of are not what was set up
        if made_of := _MADE_OF.match(sentence, cursor):
            cursor = made_of.end()
        units = _counted_list(sentence, cursor, start, sent)
        if units:
            out.append(Founding(start + at, start + pos, units))
            continue
        # 设立“治未病”中心: a quoted word opening a unit's name, the quotation marks no part of the name
        opened = _quoted_opening(sentence, cursor)
        if opened is not None:
            name, end = opened
            out.append(
                Founding(start + at, start + pos, [Mention(Label.DEPARTMENT, name, start + cursor, start + end, sent)])
            )
            continue
        # 设立了“某某专家工作室”: a unit in quotes
        quoted = _QUOTED_UNIT.match(sentence, cursor)
        if quoted and is_unit_name(quoted.group(1)):
            cursor = quoted.start(1)
        # 新建科室和中心11个，主要包括：甲院某科、乙院某中心: the count of a kind, then the list a colon opens
        counted_lead = _COUNTED_LEAD.match(sentence, cursor)
        if counted_lead:
            cursor = counted_lead.end() - 1
        if sentence.startswith(("：", ":"), cursor):
            # 为两个新科室揭牌：甲院某科，以及乙院某科: the list the colon opens, to the sentence's end
            cursor += 1
            clause = _LIST_END.split(sentence[cursor:], maxsplit=1)[0]
        else:
            clause = _CLAUSE_END.split(sentence[cursor:], maxsplit=1)[0]
        # 新开设的某科设有甲室、乙室: the rooms a unit has are no units founded
        clause = _HAS_PARTS.split(clause, maxsplit=1)[0]
        # 建成甲室并成立乙中心, 成立甲中心、创建乙中心: another founding verb takes its own object
        if (again := _verb_pattern().search(clause)) is not None and again.start() > 0:
            clause = clause[: again.start()].rstrip("并又还、和及与")
        # 建成了包括甲室、乙室在内的某门诊: the rooms a unit includes are its parts, the unit what holds them
        parts = _INCLUDING.match(clause)
        if parts:
            cursor += parts.end()
            clause = clause[parts.end() :]
        offset = cursor
        # 开设心理门诊，并配套设立了甲室和乙室: the rooms set up alongside a unit are its own, no units founded
        ancillary = sentence.endswith(_ALONGSIDE, 0, at)
        # 帮助医院建成的某中心已经运转: the verb's clause qualifies a unit that the sentence goes on about
        qualifying = sentence.startswith("的", pos)
        pieces = _items(clause)
        # 建成甲病房、乙病房和丙病房3个, 新建甲中心、乙科2个学科: the list's own count after its last item (read
        # without it: 甲与乙科 is one unit, 乙科2个学科 none)
        if (count := _OWN_COUNT.search(clause.rstrip())) and len(
            counted := _items(clause[: count.start()])
        ) == count_in_words(count.group(1)) > 1:
            pieces = counted
        # 建立了甲科、乙科、丙科多学科联动机制: units a list names before what is made of them (a mechanism, a team)
        last = _NOTE.sub("", pieces[-1].strip())
        if len(pieces) > 1 and not is_unit_name(last) and (head := _unit_starting(last)) and len(last) > len(head) + 1:
            continue
        # 设立内科、外科、护理4个分论坛: a list counted as things of another kind (a forum, a group) names no units
        counted = _COUNTED_KIND.search(last)
        if len(pieces) > 1 and counted and not is_unit_name(counted.group(1)):
            continue
        for piece in pieces:
            item_at = sentence.find(piece, offset)
            offset = item_at + len(piece)
            item = _NOTE.sub("", piece.strip())  # 重症医学科（ICU）: a unit with its short name in brackets
            built = None
            if "的" in item:  # 特色鲜明的疼痛康复诊疗中心
                # (由某医院援建的某科: the item names who built it; its founding is that verb's)
                built = _BUILT_BEFORE_OF.search(item, 0, item.rfind("的"))
                if built:
                    built = (start + item_at + built.start(1), start + item_at + built.end(1))
                item_at += item.rfind("的") + 1
                item = item[item.rfind("的") + 1 :]
            if item[-1:] in _INSIDE and is_unit_name(item[:-1]):  # 新落成的某中心内: where in it, not its name
                item = item[:-1]
            if qualifying and not is_unit_name(item):
                item = _unit_opening(item)
            # 某片区第一个某某病房: where it is first, however long, is no part of the unit's name
            first = _FIRST_OF_KIND.search(item)
            if first and len(item) > first.end() + 1:
                item_at += first.end()
                item = item[first.end() :]
            # 开设某某自治县人民医院疼痛科门诊: a hospital's name too long to read as part of the unit's
            hospital = _hospital_in_unit().search(item) if len(item) > MAX_UNIT else None
            if hospital and is_unit_name(item[hospital.end() :]):
                item_at += hospital.end()
                item = item[hospital.end() :]
            if ancillary and item.endswith("室"):
                continue
            if item and is_unit_name(item):
                cleaned, places = clean_unit(item)
                if _is_noise(cleaned):
                    continue  # 又一个重点专科: a count before a word that names no unit
                item_at = sentence.find(item, item_at) + len(item) - len(cleaned)
                item = cleaned
                s0 = start + item_at
                unit = Mention(Label.DEPARTMENT, item, s0, s0 + len(item), sent, places=places)
                if built:
                    out.append(Founding(*built, [unit]))
                else:
                    units.append(unit)
        if units:
            out.append(Founding(start + at, start + pos, units))
    return out


def _negated(sentence: str, at: int) -> bool:
    """Whether a negation stands right before ``at``, or before an adverb of how that stands there (此前未单独设置)."""
    before = sentence[max(0, at - 6) : at]
    for adverb in _HOW:
        before = before.removesuffix(adverb)
    return before.endswith(read_lines("negation_words.txt"))


# words that say something was done already, long before (早已开设的某室)
_ALREADY = ("早已", "早就", "早先", "原已", "此前已")
# how a unit is set up, between a negation and the verb (未单独设置, 没有独立设立, 尚未正式成立)
_HOW = ("单独", "独立", "正式", "专门")


def _unit_arranging(head: str, end: int, sent: int) -> bool:
    """Whether ``head`` (what stands before a verb of arranging) ends with a unit's name, not an institution's."""
    tail = head[-(MAX_UNIT + 8) :]
    institution = (m := _hospital_in_unit().search(tail)) is not None and m.end() == len(tail)
    return not institution and _unit_ending(head, end, sent) is not None


def _unit_opening(text: str) -> str:
    """The unit's name ``text`` opens with where what follows says what the unit does or has become (某中心|已经
    运转, 某科|运行一年来; not 某科|大楼), or ''."""
    ends = (m.end() for m in _unit_ending_pattern().finditer(text))
    return next((text[:end] for end in ends if _at_work().match(text, end) and is_unit_name(text[:end])), "")


@cache
def _unit_ending_pattern() -> re.Pattern:
    return any_of(_unit_endings())


@cache
def _at_work() -> re.Pattern:
    """What opens a unit's doings after its name: a word of its work, or an adverb or a time before one."""
    words = any_of(read_lines("time_words.txt") + read_lines("unit_at_work_words.txt"))
    return re.compile(rf"(?:{_ADVERBS}|{words.pattern})")


# a verb of building ending what stands before an item's 的 (由某医院援建的, 某市出资捐建的)
_BUILT_BEFORE_OF = re.compile(r"(援建|捐建|帮建|共建|建设|组建)$")


_MADE_OF = re.compile(r"由[^，,。；;]{2,40}?(?:组成|构成)的")
# (or with the kind of unit they all are: 甲中心、乙科2个学科)
_OWN_COUNT = re.compile(r"([一二三四五六七八九十两\d]+)[个家间](?:学科|专科|病区)?$")
_COUNTED_KIND = re.compile(r"[一二三四五六七八九十两几\d]+[个大类支]([\u4e00-\u9fff]{1,8})$")
_HAS_PARTS = re.compile(r"设有|下设|内设|配有")
_INCLUDING = re.compile(r"包括[^，,。；;]{1,60}?在内的")
_ARRANGING = ("设置", "设立", "开设", "配置")
_ARRANGING_ONLY = ("设置", "配置")
_ALONGSIDE = ("配套",)
_INSIDE = ("内", "里")
_LIST_END = re.compile(r"[;；。“”\"']|等")
_QUOTED_UNIT = re.compile(r"[“「『\"]([^”」』\"，,。；;]{2,20})[”」』\"]")


def _quoted_opening(sentence: str, at: int) -> tuple[str, int] | None:
    """The name of a unit that opens at ``at`` with a quoted word (“治未病”中心, “一站式”服务中心) and where it ends
    in ``sentence``: the word and what follows it up to the first ending of a unit's name."""
    quoted = _QUOTED_WORD.match(sentence, at)
    if quoted is None:
        return None
    for ending in _unit_ending_pattern().finditer(sentence, quoted.end(), quoted.end() + _AFTER_QUOTED):
        rest = sentence[quoted.end() : ending.end()]
        if _UNIT_BOUNDS.search(rest):
            return None
        name = quoted.group(1) + rest
        return (name, ending.end()) if is_unit_name(name) else None
    return None


_QUOTED_WORD = re.compile(r"[“「『\"]([\u4e00-\u9fff]{1,10})[”」』\"]")
_QUOTED_WORD_ENDING = re.compile(_QUOTED_WORD.pattern + "$")
# how far after a quoted word the unit's name it opens may end
_AFTER_QUOTED = 8


def _items(clause: str) -> list[str]:
    """The items of a list of units; 与 inside one unit's name (呼吸与危重症医学科) joins, not lists: a piece that is
    no unit goes on into the next where together they are one."""
    parts = _ITEM_SPLIT.split(clause)
    seps = _ITEM_SPLIT.findall(clause)
    items = parts[:1]
    for sep, part in zip(seps, parts[1:], strict=True):
        # (the unit's short name in brackets after it aside: 呼吸与危重症医学科（PCCM）)
        joined = _NOTE.sub("", f"{items[-1].strip()}与{part.strip()}")
        if sep == "与" and not is_unit_name(items[-1].strip()) and is_unit_name(joined):
            items[-1] = f"{items[-1]}与{part}"
        else:
            items.append(part)
    return items


# 胸痛、卒中、创伤等3个中心: items sharing the ending named once after their count (not a network of hospitals the
# ending opens: 神经、心血管等5个专科联盟)
_COUNTED = (
    r"((?:(?:(?!的)[\u4e00-\u9fff]){1,10}[、和及与])+(?:(?!的)[\u4e00-\u9fff]){1,10}?)等?([一二三四五六七八九十两几\d]+)[个大]"
    r"([\u4e00-\u9fff]{0,4}?(?:中心|专科|科室|病区|门诊|工作站|亚专科))(?!联盟|联合体|共同体|协作网)"
)
_COUNTED_LIST = re.compile("^" + _COUNTED)
# (the same list before a verb of opening: 胸痛、卒中、创伤五大中心揭牌; it starts after a break)
# (or after a space, as in a headline, or a hospital's name: 某县人民医院胸痛、卒中两个中心)
_COUNTED_LIST_ENDING = re.compile(
    r"(?:^|(?<=[,，;；。:：“”\"'的在为了\s])|(?<=医院)|(?<=卫生院)|(?<=保健院))" + _COUNTED + "$"
)


def _counted_list(sentence: str, cursor: int, start: int, sent: int) -> list[Mention]:
    m = _COUNTED_LIST.match(sentence[cursor:])
    return _counted_units(sentence, m, cursor, start, sent) if m else []


def _counted_units(sentence: str, m: re.Match, cursor: int, start: int, sent: int) -> list[Mention]:
    """The units of a counted list (``m``, matched at ``cursor`` of ``sentence``), each with the shared ending."""
    ending = m.group(3)
    if ending.endswith("科室"):
        ending = ending[:-1]  # 3个科室: each item is a 科
    pieces = re.split("[、和及与]", m.group(1))
    # 危重孕产妇、危重儿童和新生儿救治2个中心: where the count says so, 和 joins inside an item, not two items
    if len(pieces) != count_in_words(m.group(2)) and len(m.group(1).split("、")) == count_in_words(m.group(2)):
        pieces = m.group(1).split("、")
    units = []
    offset = cursor
    for piece in pieces:
        at = sentence.find(piece, offset)
        offset = at + len(piece)
        # an item that ends as a unit already (手术室 among 5个科室) keeps its own ending, but a department a
        # station is named for is the station's name (心内科、骨科两个专家工作站)
        kept = piece.endswith(ending) or is_unit_name(piece) and not ending.endswith(_station_words())
        name = piece if kept else piece + ending
        if is_unit_name(name):
            # (某县人民医院胸痛、卒中…: the first item's hospital is where the units are, no part of them)
            cleaned, places = clean_unit(name)
            s0 = start + at + min(len(name) - len(cleaned), len(piece) - 1)
            units.append(Mention(Label.DEPARTMENT, cleaned, s0, start + at + len(piece), sent, places=places))
    return units


# a bracket that ends a unit's name, holding another name of it (某某实验室（PCR实验室）)
_ASIDE_AT_END = re.compile(r"[（(][^（）()]{1,20}[)）]$")


def _before_openings(sentence: str, start: int, sent: int) -> list[Founding]:
    out = []
    for m in _opened().finditer(sentence):
        if sentence.startswith(_SINCE, m.end()):
            continue  # 胸痛中心成立以来: the time since a unit opened, not its opening
        if _planned(sentence, m.start()):
            continue
        # 与某院儿科建立了远程会诊机制: 建立 and 成立 taking an object found that, not the unit before them
        if m.group(0) in _TRANSITIVE and _OBJECT_AFTER.match(sentence, m.end()):
            continue
        # 依托某中心建成某某诊断中心: a verb whose object is a unit founds that one, not the one before it
        # (its name may end in a bracket of its other name: 某某实验室（PCR实验室）)
        taken = clean_unit(_CLAUSE_END.split(sentence[m.end() :], maxsplit=1)[0].removeprefix("了"))[0]
        if is_unit_name(_ASIDE_AT_END.sub("", taken)):
            continue
        quoted = _head_before(sentence, m.start(), keep_quote=True)
        head = quoted.rstrip(_CLOSING_QUOTES)
        # 甲中心、乙中心等特色中心揭牌: the kind of units after 等 is none of them
        kind = _KIND_AFTER_LIST.search(head, max(0, len(head) - 14))
        if kind and _lexicons()[1].match(kind.group(1)):  # (a kind of unit, however general: 等特色专科中心)
            head = head[: kind.start()]
        # 胸痛、卒中、创伤三大中心揭牌: each unit of a counted list
        counted = _COUNTED_LIST_ENDING.search(head, max(0, len(head) - 80))
        if counted:
            units = _counted_units(head, counted, counted.start(), start, sent)
            if units:
                out.append(Founding(start + m.start(), start + m.end(), units))
            continue
        # 把心内科建成省级重点专科: what a unit was made into, not its founding (把某科建了起来 builds it: 起来 takes
        # nothing after it)
        if not m.group(0).endswith("起来") and _MADE_INTO.search(head, max(0, len(head) - MAX_UNIT - 2)):
            continue
        # 甲中心、乙中心和丙中心相继揭牌: the unit right before the verb, and those a list joins before it
        # (“去年他们帮我们把某中心建了起来: a quote that opens a speech and does not close before the verb holds no
        # name whole)
        units = _listed_units_ending(head, start, sent, whole_quote=len(head) < len(quoted))
        if units:
            out.append(Founding(start + m.start(), start + m.end(), units))
    return out


def _head_before(sentence: str, verb_start: int, keep_quote: bool = False) -> str:
    """The sentence up to a verb of opening without what stands between the unit and the verb: adverbs and times,
    what it passed, where it opens, its quotes and note (“某某工作室”在某县人民医院揭牌, 某病房（NICU）正式运行)."""
    adverbs = _before_the_verb()
    head = _cut_end(adverbs, sentence[:verb_start])
    head = _cut_end(adverbs, _cut_end(_APPROVED, head))
    head = _cut_end(adverbs, _cut_end(_LOCATIVE, head))
    # (某科于去年从普外科独立建科: the unit it came out of)
    head = _cut_end(adverbs, _cut_end(_SPLIT_FROM, head))
    head = _cut_end(_NOTE, head)
    return head if keep_quote else head.rstrip(_CLOSING_QUOTES)


_CLOSING_QUOTES = "”」』\"'"


_SPLIT_FROM = re.compile(r"从[^,，;；。:：“”\"'、从]{2,12}?[中里]?$")


def _pointed_back_openings(text: str, start: int, sentence: str, sent: int) -> list[Founding]:
    """该中心于去年挂牌成立, 这个科室今年才开科: a unit pointed back to that opens, the unit the sentence before names
    last with that ending (某院胸痛中心通过认证。该中心于去年挂牌成立); the mention spans the pointing words."""
    out = []
    for m in _opened().finditer(sentence):
        if sentence.startswith(_SINCE, m.end()) or _planned(sentence, m.start()):
            continue
        head = _head_before(sentence, m.start())
        pointed = _POINTED_UNIT.search(head, max(0, len(head) - 5))
        if pointed is None:
            continue
        name = _antecedent(text, start, pointed.group(1))
        if name is not None:
            a = start + pointed.start()
            out.append(
                Founding(
                    start + m.start(),
                    start + m.end(),
                    [Mention(Label.DEPARTMENT, name, a, a + len(pointed.group(0)), sent)],
                )
            )
    return out


def _antecedent(text: str, start: int, pointer: str) -> str | None:
    """The unit a pointer (该中心, 该科) at ``start`` points back to: the one the text before names last with that
    ending, right after a hospital's name."""
    before = text[max(0, start - _ANTECEDENT_REACH) : start]
    ending = "科" if pointer == "科室" else pointer
    # (the unit right after a hospital's name: 某县人民医院胸痛中心, 某县人民医院的新生儿科病房)
    # (not a university's 医科 nor words after a hospital that hold 的: 某医院由某市的某医科大学…)
    named = re.findall(rf"(?:医院|卫生院|保健院)的?[“\"「]?([^\W\d的]{{1,10}}?{ending})(?!大学|学院)", before)
    # (not what a verb after the hospital makes: 帮助医院新建了某中心)
    return next((u for u in reversed(named) if is_unit_name(u) and not _verb_pattern().search(u)), None)


_POINTING = re.compile("该|这个|此")
_NOMINAL_FOUNDING = re.compile(
    r"(?:推动|推进|促成|促进|完成|实现|协助|帮助|助力|加快|见证|还有)了?([^,，;；。:：]{2,30}?)"
    # (其筹建和调试: what else was done with it after a joiner)
    r"的(设立|成立|建立|建成|组建|开设|挂牌|揭牌|筹建|创建)(?=[,，;；。和及]|$)"
)
# 该中心, 这个科室, 此病区: a unit pointed back to, right before where it opens
_POINTED_UNIT = re.compile(r"(?:该|这个|此)(中心|科室|科|室|病区|门诊|病房)$")
# how far back the unit pointed to may be named (the sentence before, usually)
_ANTECEDENT_REACH = 120


def _cut_end(pattern: re.Pattern, text: str, reach: int = 32) -> str:
    """``text`` without what ``pattern`` (anchored at the end) matches in its last ``reach`` characters: one
    search near the end, not one from every character of a long sentence."""
    found = pattern.search(text, max(0, len(text) - reach))
    return text[: found.start()] if found else text


def _listed_units_ending(head: str, start: int, sent: int, whole_quote: bool = True) -> list[Mention]:
    """The unit whose name ends ``head`` (a sentence's start, from document offset ``start``), and those a list
    joins before it (甲中心、乙中心和丙中心); with ``whole_quote``, a name in quotes at its end is whole."""
    units: list[Mention] = []
    while True:
        item = _UNIT_BOUNDS.split(head[-(MAX_UNIT + 8) :])[-1]
        # (“某为民名医工作室”揭牌: a name in quotes is whole, whatever stands inside it)
        if (
            (whole_quote or units)
            and (quoted := _QUOTE_OPEN_AT_END.search(head, max(0, len(head) - MAX_UNIT - 1)))
            and is_unit_name(quoted.group(1))
        ):
            item = quoted.group(1)
        # 呼吸与危重症医学科: 与 inside a unit's name joins, where what stands before it is no unit
        before = head[: len(head) - len(item)]
        if before.endswith("与"):
            # (a headline's space parts its phrases: 某院专家扎根某县 呼吸与危重症医学科从无到有)
            first = (_UNIT_BOUNDS.split(before[-MAX_UNIT - 1 : -1])[-1].split() or [""])[-1]
            # (与胸痛中心同步成立: 与 opening the clause joins no name; nor one joining an event to a unit: 欢迎仪式与…)
            if first and not is_unit_name(first) and not first.endswith(_EVENTS) and is_unit_name(f"{first}与{item}"):
                item = f"{first}与{item}"
        # (推动某科独立成科的，是…: the verb that brought the opening about is no part of the name; nor is a time
        # before it: 去年10月|中心启用)
        item = _BROUGHT_ABOUT.sub("", item)
        item = _TIME_IN_HEAD.split(item)[-1]
        unit = _unit_ending(item, start + len(head), sent)
        if unit is None:
            return units
        # (“两癌”筛查门诊开诊: a quoted word opening the name, the quotation marks no part of it)
        opening = _QUOTED_WORD_ENDING.search(head, 0, unit.start - start)
        if opening is not None and is_unit_name(name := opening.group(1) + unit.surface):
            unit = replace(unit, surface=name, start=start + opening.start())
            item = head[opening.start() :]
        units.insert(0, unit)
        head = head[: len(head) - len(item)].removesuffix("“")
        # (“甲工作室”和某县人民医院乙中心同时揭牌: the hospital a unit's name opens with, and the quote that closes
        # the unit before the joiner, stand between the two)
        if (owner := _UNIT_BOUNDS.split(head)[-1]).endswith(_INSTITUTION_ENDINGS):
            head = head[: len(head) - len(owner)]
        if not head.endswith(_LIST_JOINERS):
            return units
        # (甲科以及乙中心: the joiner in two characters)
        head = head[: -2 if head.endswith("以及") else -1].rstrip("”」』\"'")


# an opening quote the head's end has not closed, and the name after it
_QUOTE_OPEN_AT_END = re.compile(r"[“「『]([\u4e00-\u9fffA-Za-z()（）·]{2,24})$")
_SINCE = ("以来", "之初", "初期", "至今")
_TRANSITIVE = ("建立", "成立", "开放")  # (开放床位20张 opens beds, not the unit before it)
# what such a verb takes as its object: words up to the clause's end that are no time and no ceremony after it (a
# quoted one too: 建立“一对一”帮扶关系; a counted one: 建立了10项护理制度; one opening in letters: 建立了CT报告制度)
_OBJECT_AFTER = re.compile(
    r"了?(?!仪式|大会|以来|之初|至今|后|起|时|于|[，,。；;、])(?:(?:\d+|[一二两三四五六七八九十]+)[项个条套])?[“\"]?[\u4e00-\u9fffA-Za-z]{2,}"
)
# where a unit opens, between it and the verb (在某县人民医院揭牌)
_LOCATIVE = re.compile(r"在[^,，;；。:：“”\"'、]{2,24}$")
_MADE_INTO = re.compile(r"[把将][^,，;；。:：“”\"'、]{1,18}$")
_MADE_INTO_BY_BA = re.compile(r"把[^,，;；。:：“”\"'、]{1,18}$")
# words of a plan in the clause before a verb of founding (计划明年设立某科, 下一步共建某中心): not founded yet
_CLAUSE_BREAK = re.compile(r"[,，;；。]")


def _planned(sentence: str, verb_at: int) -> bool:
    """Whether the verb's clause plans the unit (计划明年设立…, 明年将设立…), holds it as sessions
    (每周开设两次专家门诊) or dates it long before the aid (早在2009年就已开设)."""
    clause = _CLAUSE_BREAK.split(sentence[:verb_at])[-1]
    return (
        any_of(read_lines("plan_words.txt")).search(clause) is not None
        or _EVERY.search(clause) is not None
        or _WILL.search(clause) is not None
        or _LONG_BEFORE.search(clause) is not None
        # (为做好导管室启用准备，…; 为确保某中心顺利启用: a purpose the clause opens with, not done yet)
        or _PURPOSE.match(clause) is not None
        # (2018年底前在某院建成…: a deadline, not done yet; 到2025年底，… and 任务二：… open a target)
        or (
            _DEADLINE.search(sentence, 0, verb_at) is not None
            and "已" not in sentence[:verb_at]
            and not sentence.startswith("了", verb_at + 2)
        )
        or _TARGET_OPENING.match(sentence) is not None
        # (下一步，医疗队将以…为基础，协助某院创建某中心: a clause before it says what comes next)
        or _AHEAD.search(sentence, 0, verb_at) is not None
        # (海沧医院还将帮助某院筹建…: preparing to build, a word of the future anywhere before it)
        or sentence.startswith("筹建", verb_at)
        and "将" in clause.replace("即将", "")
    )


# 医院明年将设立…: what will be done right before the verb (not 即将开科, about to open: opened as it is told)
_WILL = re.compile(r"(?:明年|(?<!即)将)(?:要|会)?(?:正式|陆续|逐步|再|还|合作|共同|联合|携手)?$")
# a deadline (2018年底前, 2026年9月前) and what opens a target or a task (到2025年底，; 任务二：)
_DEADLINE = re.compile(r"\d{4}年(?:\d{1,2}月)?(?:底|末)?前|年底前")
_TARGET_OPENING = re.compile(r"\s*(?:(?:到|至)\d{4}年(?:底|末)?[，,]|任务[一二三四五六七八九十\d]+[：:])")
# what a clause of purpose opens with (为做好…, 为了确保…)
_PURPOSE = re.compile(r"\s*为了?(?:做好|确保|保障|保证|推进|推动|加快|迎接|筹备|配合|实现)")
# 早在2009年就已开设的…, 该科早在上世纪八十年代便已设立: a unit of long before
_LONG_BEFORE = re.compile(r"早在[^,，;；。]{0,12}?(?:年|年代)")


# (a clause that opens with what comes next: 下一步，…; 今后将…)
_AHEAD = re.compile(r"(?:^|[，,：:])\s*(?:下一步|下阶段|下一阶段|接下来|今后|未来几年|未来)")
# 每周二、周四开设某门诊, 定期开设…: a clinic held at times, not a unit founded
_EVERY = re.compile(r"每(?:周|月|天|日|年|季度)|定期")


_KIND_AFTER_LIST = re.compile(r"(?<=[^、])等([^,，;；。:：、等]{2,12})$")
# what a unit's name before a verb of opening starts after; the joiners of a list of them
_UNIT_STOPS = re.compile(r"[,，;；。:：“”\"'、（(）)的在为和及暨让使把将是于]")
_UNIT_BOUNDS = re.compile(r"[,，;；。:：“”\"'、）)的在为与和及暨让使把将是以]")
_LIST_JOINERS = ("、", "和", "及", "与")
_INSTITUTION_ENDINGS = ("医院", "卫生院", "保健院", "医疗中心")
_TIME_IN_HEAD = re.compile(r"\d{4}年|[去今前明]年|\d{1,2}月份?|\d{1,2}[日号]|[年月](?:底|初|末)")
_BROUGHT_ABOUT = re.compile(r"^.*(?:推动|推进|促成|促进|协助|帮助|助力|带动)")
_EVENTS = ("仪式", "活动", "会议", "大会", "典礼")


def _unit_ending(text: str, end: int, sent: int) -> Mention | None:
    """The longest unit's name that ends ``text`` (which ends at document offset ``end``), cleaned; None where
    there is none, or it is no unit (a grade, a count of units)."""
    if not text.endswith(_unit_endings()):
        return None
    # (说起内镜室，是某院援建的; 了解康复医学科开科情况: a name starts after a word that takes it as its object, not
    # with or inside that word)
    after_verb = max((m.end() for m in _object_verb().finditer(text)), default=0)
    for cut in range(after_verb, len(text)):
        item = text[cut:]
        # 这个日间手术中心: a unit pointed back to and named again in full is that unit
        # (该胸痛中心 too, but not 该院胸痛中心: the unit of the hospital pointed back to)
        pointer = _POINTING_BACK.match(item)
        if (
            pointer
            and (pointer.end() > 1 or item[1:2] not in _PLACE_OR_HOUSE)
            and len(item) - pointer.end() >= 3
            and is_unit_name(item[pointer.end() :])
        ):
            item = item[pointer.end() :]
        if points_back(item) or _GROUP_OF_UNITS.search(item):
            return None  # (nor a part of a group's name: 五|大中心)
        # (为专家工作站揭牌: a kind of unit, no name, and nothing shorter inside its word names one: 专|家工作站)
        if _is_kind(item):
            return None
        if is_unit_name(item):
            item, places = clean_unit(item)
            # (两个救治中心正式运行: a count of units named elsewhere, none of them by name)
            if _is_noise(item) or _SEVERAL.search(text, 0, len(text) - len(item)):
                return None
            return Mention(Label.DEPARTMENT, item, end - len(item), end, sent, places=places)
    return None


_SEVERAL = re.compile(r"(?:[两二三四五六七八九十几多数]|\d+)[个家所座间处]$")


# 某院胸痛中心是由某医院援建的, 某院胸痛中心是某市参与援建的项目: a unit, 由 or 是, its builder, a verb of
# building (the founder stands before the verb)
# the words a unit's name may end before 由 or 是 (no clause's mark, no bracket: （一）某病房)
_UNIT_BEFORE = r"([^,，;；。:：“”\"'、（）()的在为与和]{2,30}?)"
_BUILT_BY = re.compile(
    # (or as a list's item, its builder after a comma: （一）某病房，由某医院共建)
    _UNIT_BEFORE + r"(?:[，,]?(?:是|系)?由[^,，;；。]{2,20}?(?:参与|共同|出资|帮助)?"
    r"|(?:是|系)[^,，;；。]{2,20}?(?:参与|共同|出资|帮助|帮扶)"
    # (某科就是在某地专家的带领下组建成立的)
    r"|[就正]?是[^,，;；。在]{0,6}?在[^,，;；。]{2,24}?(?:帮助|带领|指导|支持|推动)下)"
    r"(援建|捐建|帮建|建设|创建|共建|建成|组建成立|组建|成立|建立|设立|开设)"
)


_UNDER_SOMEONE = re.compile(r"(?:帮助|带领|指导|支持|推动)下")
# an item's unit before a colon, then a clause a verb of founding closes (with nothing founded after it)
_LABELLED_UNIT = re.compile(
    _UNIT_BEFORE
    + r"[：:][^,，;；。:：]{2,30}?(援建|捐建|帮建|共建|建成|组建成立|组建|成立|建立|设立|开设)(?=[，,。；;]|$)"
)
# a list item's mark: a bullet, a number or a bracketed one, and spaces (▶, 1., （二）)
_ITEM_MARK = re.compile(r"\s*(?:[^\w\s（(]{1,3}|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)])?\s*")
# 某室是某医院2015年援建的 / 某中心，是某某来后牵头组建的: a unit, then a cleft whose verb of founding closes it
# (是…的 says when, how or by whom the unit named first came to be)
_FOUNDED_CLEFT = re.compile(
    _UNIT_BEFORE + r"[，,]?(?:就|正|也)?是[^,，;；。是]{0,24}?"
    r"(援建|捐建|帮建|创建|共建|建成|组建|成立|建立|设立|开设|筹建|建起来|建起)的(?=[，,。；;！!]|$)"
)
_COUNTED_LEAD = re.compile(
    r"[\u4e00-\u9fff、和]{0,12}?(?:科室|专科|学科|中心|病区)[\d一二三四五六七八九十两]+个[，,]?"
    r"(?:主要|分别|具体)?(?:包括|有|是|为)[：:]"
)
_BUILDER_IN_BRACKETS = re.compile(
    _UNIT_BEFORE + r"[（(][^（）()，,。；;]{2,24}?(援建|捐建|帮建|帮扶建设|共建|协助建设|指导建设)[）)]"
)
# 由某医院援建的某室, 甲与乙共建的某科, 援建的某中心: a verb of aided building (and its builder) before 的, the unit
# after
_BUILT_FOR = re.compile(r"(?:由[^,，;；。的]{2,24}?)?(援建|捐建|帮建|帮扶建设|共建)的")


def _built_by(text: str, sentence: str, start: int, sent: int) -> list[Founding]:
    out = []
    cue = (
        "由" in sentence
        or "参与" in sentence
        or "是" in sentence
        and ("帮扶" in sentence or _UNDER_SOMEONE.search(sentence) is not None)
    )
    for m in _BUILT_BY.finditer(sentence) if cue else ():
        # (这是某县第一个某门诊，由某医院帮扶建设: a unit named before, said again of what kind it is)
        if _RESTATED.search(sentence, 0, m.end(1)):
            continue
        unit = _unit_ending(m.group(1), start + m.end(1), sent)
        # (该中心由某医院帮扶建设: the unit the sentences before name, pointed back to)
        pointed = _POINTED_UNIT.search(m.group(1))
        if unit is None and pointed is not None and (name := _antecedent(text, start, pointed.group(1))):
            a = start + m.start(1) + pointed.start()
            unit = Mention(Label.DEPARTMENT, name, a, a + len(pointed.group(0)), sent)
        if unit is not None:
            out.append(Founding(start + m.start(2), start + m.end(2), [unit]))
    # ▶某科：由某医院专家牵头组建，… / 某中心：某医院出资援建，…: an item's unit, a colon, and its builder's clause
    colon = "：" in sentence or ":" in sentence
    labelled = _LABELLED_UNIT.match(sentence, _ITEM_MARK.match(sentence).end()) if colon else None
    if (
        labelled
        and not _planned(sentence, labelled.start(2))
        and (unit := _unit_ending(labelled.group(1), start + labelled.end(1), sent)) is not None
    ):
        out.append(Founding(start + labelled.start(2), start + labelled.end(2), [unit]))
    # 2016年：甲中心（某医院援建）、乙室（某医院援建）: a unit, then its builder in brackets
    for m in _BUILDER_IN_BRACKETS.finditer(sentence) if "（" in sentence or "(" in sentence else ():
        unit = _unit_ending(m.group(1), start + m.end(1), sent)
        if unit is not None:
            out.append(Founding(start + m.start(2), start + m.end(2), [unit]))
    for m in _FOUNDED_CLEFT.finditer(sentence) if "是" in sentence else ():
        unit = _unit_ending(m.group(1), start + m.end(1), sent)
        if unit is not None and not any(f.units[0].start == unit.start for f in out):
            out.append(Founding(start + m.start(2), start + m.end(2), [unit]))
    # 察看了由某医院援建的某室, 甲与乙共建的某科年门诊量…: the unit a builder's clause qualifies
    # (not in a sentence that says what a unit named before is: 这是…援建的首个专科病区)
    for m in _BUILT_FOR.finditer(sentence) if "建的" in sentence and not _THIS_IS.match(sentence) else ():
        name = _unit_starting(_CLAUSE_END.split(sentence[m.end() :], maxsplit=1)[0])
        if name and not _planned(sentence, m.start(1)):
            out.append(Founding(start + m.start(1), start + m.end(1), [_cleaned_unit(name, start + m.end(), sent)]))
    return out


def _cleaned_unit(name: str, at: int, sent: int) -> Mention:
    """The unit whose name as written, ``name``, starts at document offset ``at``: its own name, without the places
    and counts in front, and where that starts."""
    cleaned, places = clean_unit(name)
    a = at + len(name) - len(cleaned)
    return Mention(Label.DEPARTMENT, cleaned, a, a + len(cleaned), sent, places=places)


def _unit_starting(text: str) -> str:
    """The longest unit's name ``text`` opens with, or '' (not past a list's joiner or a preposition: 甲中心和乙科,
    某中心在某科启用)."""
    text = _UNIT_STOPS.split(text[: MAX_UNIT + 8], maxsplit=1)[0]
    ends = [m.end() for m in _unit_ending_pattern().finditer(text)]
    return next(
        (
            text[:end]
            for end in reversed(ends)
            if is_unit_name(text[:end])
            and not _is_noise(text[:end])
            # (某科正式开科: not the verb of opening run into the name)
            and not _opened().search(text, 1, end)
            # (某科年门诊量…, 某科大楼: a count of what a unit does, or its building, is no unit)
            and not text.startswith(_NO_UNIT_AFTER, end)
        ),
        "",
    )


_NO_UNIT_AFTER = ("量", "率", "人次", "数", "例数", "台次", "楼", "大楼", "大厦", "用房")


_KINDS_JOINED = re.compile("[与和及]")


def _is_kind(item: str) -> bool:
    """A kind of unit that names none (专家工作站, 省级重点专科)."""
    not_units = read_lines("not_unit_names.txt")
    return item in not_units or _GRADE.sub("", item) in not_units


def _is_noise(item: str) -> bool:
    """Things that end like a unit but are not one (科室 in general, 中心 alone, 省级重点专科)."""
    bare = _GRADE.sub("", item)
    disciplines = item.endswith("学科") and not item.endswith("医学科")  # 重点学科 is a field, 重症医学科 a unit
    not_units = read_lines("not_unit_names.txt")
    return (
        _is_kind(item)
        # 新门诊, 新的科室: a new unit of no name
        or _NEW.sub("", bare) in not_units
        or not bare
        or item.endswith("科室")
        or disciplines
        or _GROUP_OF_UNITS.search(item) is not None
        # 村卫生室 is a clinic of its own, not a hospital's unit; 健康教育基地 a civic base
        or item.endswith(("卫生室", "教育基地"))
        or points_back(item)
        # 科室与门诊: kinds of units joined, naming none
        or _KINDS_JOINED.search(bare) is not None
        and all(part in not_units or part.endswith("科室") for part in _KINDS_JOINED.split(bare))
        # (新建科室（中心、门诊）3个: a bracket the name does not close cuts a phrase, no name)
        or item.count("（") + item.count("(") != item.count("）") + item.count(")")
        # (建起来的不只是一个病房: a clause saying what something is, no name; 某某即完成了专科…: one saying what
        # someone did)
        or "是" in item
        or "了" in item
    )


def points_back(item: str) -> bool:
    """这个中心, 该科, 此间病房: a unit named before, pointed back to (not 该院胸痛中心, the unit of the hospital
    pointed back to; 该工作室, a kind that names none)."""
    m = _POINTING_BACK.match(item)
    rest = item[m.end() :] if m else ""
    return m is not None and (m.end() > 1 or rest in _unit_endings() or _is_kind(rest))


# (or into a list before, or to this time: 其中康复医学科, 此次中医馆)
_POINTING_BACK = re.compile(r"^(?:其中|[这那该此本]次|[这那该此][个家所间座些]?|我们|咱们)")
_PLACE_OR_HOUSE = frozenset("院县市区州旗镇乡省")

# 五大特色中心, 三大中心: a count of units made one phrase, a group, not a unit
# (after a hospital's name too: 某县人民医院三大远程诊断中心)
_GROUP_OF_UNITS = re.compile(r"(?:^|院)[二三四五六七八九十两几多]+大")
