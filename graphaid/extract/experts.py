"""Relations of experts: the hospital that sends each one (SENDS) and where they are posted (POSTED_TO).

The organisation written next to a person decides which side they are on: someone titled by a receiving
hospital works there and is not an expert sent to it. A sentence that leaves the sender unsaid takes it from
the brackets after the name, from earlier in the sentence or paragraph, else from the article's main donor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from graphaid.documents import LIST_ITEM, Document, Sentence
from graphaid.extract.coref import declared_short_name, own_institution, subject_hospital
from graphaid.extract.mentions import Mention
from graphaid.extract.orgs import is_township_centre, over_its_township
from graphaid.extract.people import (
    BIO_CLAUSES,
    COPULAS,
    FIRST_CLAUSE,
    INSTITUTION_ENDING,
    PROFILE_FIELD,
    PRONOUN_OPENING,
    bracketed_card,
    card_affiliation,
    card_name,
    gives_aid_by_title,
    opens_a_card,
    post_verbs,
    role_words,
    team_words,
)
from graphaid.extract.place_actors import earlier_episode_end
from graphaid.extract.sides import (
    DONOR,
    RECIPIENT,
    SideModel,
    clause_bounds,
    followed_by_its_people,
    has_aid_words,
    head_post_taken_at,
    labelled_parties,
    pairing_words,
    respectively,
    sending_pattern,
    side_labelled_before,
    team_nouns,
)
from graphaid.extract.tables import CELL_BREAKS, cell_spans, labels_names
from graphaid.lexicon import any_of, count_in_words, read_lines, surnames
from graphaid.model import PLACE_LABELS, Label, Rel
from graphaid.places import gazetteer

# the organisation a person's title belongs to stands in the same clause, at most this far before the name
TITLE_REACH = 30
# how far back a list of titled names may reach for a title (its first item's hospital)
_TITLED_LIST_REACH = 60
# (an ellipsis too: 甲医院、乙医院……队长某某是丙医院医师 ends a list before the clause)
_CLAUSE_END = re.compile(r"[,，。；;!！?？…]")
# between a hospital and a name, these mean the name is not of that hospital (甲院院长与我院队员张三, or the
# hospital closes the brackets after the name before: 张三(甲院)、李四)
_PARTY_BREAK = re.compile(r"[与和同跟向及)）:：]|我院|本院")
# (乙医院由甲负责, 乙医院此次迎来甲: the hospital the sentence is about, which receives the person or is put in their
# charge, not the person's own)
_RECEIVES_THEM = re.compile(r"由(?!于)|[\u4e00-\u9fff]{0,4}?(?:迎来|迎接|接收)")
# the end of a hospital's name written in a title (not a department: 科 names a unit of the person's own hospital)
_ANAPHORA = ("该院", "我院", "本院")
# what a title of its own institution names after a list comma: a hospital, or the page's own (…、我院院长某某)
_TITLED_BY = re.compile(rf"{INSTITUTION_ENDING.pattern}|{'|'.join(_ANAPHORA)}")
_PARTY_WORDS = ("派驻", "支援", "帮扶", "前往", "来自", "的")
# what joins two people's mentions (甲和乙, 甲、乙): a title after it is the second one's
_JOINED = re.compile(r"[和与及同、]")
# what opens the part of a title that is the person's own: a joiner of two people, a verb of teaching one (not a
# list comma, which also joins one person's titles: 医疗队总领队、某医院院长某某)
_OWN_TITLE = re.compile(r"[和与及同跟]|指导|带教|帮助|协助")
# the separator after a name that opens a profile (某某：, 某某，) or a roster's row (某某 某医院 主任医师)
_PROFILED = re.compile(r"\s*(?:[:：,，|｜/／]|——)\s*|[ \t\u3000]+")
# what may stand before the name of a roster's row: its number and the cell's bar (3. 张三, 3｜张三)
_ROW_NUMBER = " \t\u3000.．、|｜0123456789"
# 张三(黄平县第一医院): the hospital in brackets right after a name
_BRACKET_OPEN = ("(", "（")


# how the text gives an expert's sender: beside the name (某医院张三, 张三（某医院）), or by the sentence or paragraph
BESIDE, STATED = 2, 1


def expert_relations(
    doc: Document,
    sides: SideModel,
    experts: Sequence[Mention],
    actors_by_sent: Sequence[Sequence[Mention]],
    main,
    pairs: Sequence[tuple[Mention, Mention]] = (),
) -> tuple[list[Mention], list[tuple[Mention, Mention, Rel, Sentence]]]:
    """The experts kept (with key and affiliation set) and (source, target, type, sentence) of their relations.

    ``main`` answers ``get(side, hospital=...)`` with the article's most named donor or recipient; ``pairs`` are
    the (giver, receiver) of the pairs the article states.
    """
    givers_of: dict[str, list[Mention]] = {}
    receivers_of: dict[str, list[Mention]] = {}
    for giver, receiver in pairs:
        givers_of.setdefault(receiver.key, []).append(giver)
        receivers_of.setdefault(giver.key, []).append(receiver)
    givers = {giver.key for giver, _ in pairs}
    receivers = [receiver for _, receiver in pairs]
    sentences = doc.sentences
    respective = _respective_postings(sides, experts, actors_by_sent, sentences)
    # a receiving hospital's own page, or one about it where no source line names its own (某县人民医院2019年工作
    # 报告 / 院长　某某): a head it names by the title alone (院长某某) is its own
    hospitals = [a for actors in actors_by_sent for a in actors if a.label is Label.HOSPITAL]
    own = own_institution(doc, hospitals)
    subject = subject_hospital(doc, hospitals)
    subject_receives = subject is not None and sides.side(subject) == RECIPIENT
    own_gives = own is not None and sides.side(own) == DONOR
    kept: list[tuple[Mention, Mention | None, bool, Mention | None]] = []
    far: set[int] = set()  # (the experts who take part from afar)
    main_recipient = main.get(RECIPIENT, hospital=True)
    # 某自治区人民医院的某某派驻某县人民医院, in an article of another province's aid: aid within that province
    sent_down = {id(e): down for e in experts if (down := _sent_down(doc, sides, e, experts, actors_by_sent))}
    # 受援医院院长某某…; 某某在致辞中说: a person one mention shows to work at the receiving side is of it where
    # another mention names them alone
    at_recipient = [
        id(e) not in sent_down
        and works_at_recipient(sides, e, actors_by_sent[e.sent], sentences[e.sent], main_recipient)
        for e in experts
    ]
    at_recipient = [
        is_local
        or (
            id(e) not in sent_down
            and (
                _card_staff(doc, sides, e, actors_by_sent)
                or _under_a_receivers_lead(doc, sides, e, actors_by_sent)
                or _the_narrators_host(e, sentences[e.sent])
            )
        )
        for e, is_local in zip(experts, at_recipient, strict=True)
    ]
    local = {e.surface for e, is_local in zip(experts, at_recipient, strict=True) if is_local}
    givers_people = {
        e.surface
        for e, is_local in zip(experts, at_recipient, strict=True)
        if e.surface in local
        and not is_local
        and _of_a_giver_after(sides, e, actors_by_sent[e.sent], sentences[e.sent])
    }
    for expert, is_local in zip(experts, at_recipient, strict=True):
        actors, sentence = actors_by_sent[expert.sent], sentences[expert.sent]
        # 禾医 declared as a hospital's short name, not a person surnamed 禾; 和|林格尔县 or 和|某县的医生, a place's
        # name read as a person's (but not a place inside the name of a roster's entry: 刘|长春（某医院骨科）)
        entry = sentence.text.startswith(_BRACKET_OPEN, expert.end - sentence.start)
        if any(a.start < expert.end and expert.start < a.end and not (entry and _inside(a, expert)) for a in actors):
            continue
        # (named again with a title of no hospital and no team: 副院长某某 is still of the receiving side; but not one
        # a mention says is a giver's, an aid doctor heading a receiver's unit: 某某是甲医院的医生)
        if is_local or (
            expert.surface in local
            and not _sent_by_title(sides, expert, actors, sentence)
            and expert.surface not in givers_people
        ):
            continue
        if (_head_alone(_title_text(expert, sentence)) or _head_after(expert, sentence)) and (
            subject_receives
            or _heads_the_host(doc, sides, expert, actors_by_sent)
            or _heads_a_receiver_elsewhere(doc, sides, expert, actors_by_sent)
        ):
            continue
        down_from, down_to = sent_down.get(id(expert), (None, None))
        sender, stated = (down_from, STATED) if down_from else _sender(doc, sides, expert, actors_by_sent, main)
        # (a giving hospital's own page: the people it names sent by no one the words name are its own)
        if sender is not None and not stated and own_gives and sender.key == own.key:
            stated = STATED
        form_sender, form_posted = _form_fields(doc, sides, expert, actors_by_sent)
        if form_sender is not None:
            sender, stated = form_sender, BESIDE
        # 与甲同批来到某县的，还有乙，她被派驻到某院: one named as another's companion is posted by other sentences
        companion = _COMPANION.search(sentence.text, 0, expert.start - sentence.start) is not None and bool(
            _COMPANION_AFTER.match(sentence.text, expert.end - sentence.start)
        )
        posted = None
        # (屏幕另一端，某医院主任某某在线会诊: one who takes part from afar is posted only where a form, a card, a
        # list or a heading above says)
        afar = _from_afar(expert, sentence)
        if afar:
            far.add(id(expert))
        if not companion:
            posted = (
                form_posted
                or _posted_on_card(doc, sides, expert, actors_by_sent)
                # (甲、乙、丙分别派驻A、B和C: each to their own, wherever the first one is sent down)
                or respective.get(id(expert))
                or down_to
                or _dispatched_to_before(expert, actors, sentence)
                or _posted_as_counted(doc, sides, expert, experts, actors_by_sent)
                or (None if afar else _posting(sides, expert, actors, sentence))
                or _posted_by_label_above(doc, sides, expert, actors_by_sent)
                or (None if afar else _posted_in_paragraph(doc, sides, expert, actors_by_sent))
                or (None if afar else _team_posted_before(doc, sides, expert, actors_by_sent))
            )
            if posted is None or posted.label is not Label.HOSPITAL:
                posted = _posted_by_pronoun(doc, sides, expert, experts, actors_by_sent) or posted
            # 同批来的还有某院护士乙: one who came along with the one posted before works where that one does
            if posted is None and _CAME_ALONG.search(sentence.text, 0, expert.start - sentence.start):
                posted = next((p for _, _, _, p in reversed(kept) if p is not None), None)
            # 甲院对口帮扶乙院 … 甲院的某某 (a roster posting no one): where the hospital that sends them gives its aid
            # (not a head of the giver, who leads a delegation or signs rather than stays)
            if posted is None and sender is not None and stated and not afar and not _headed(expert, sentence):
                posted = _the_one_hospital(receivers_of.get(sender.key, []))
            if posted is None and main.one_main_recipient_hospital and not afar:
                posted = main.get(RECIPIENT, hospital=True)
            # one sent, in an article of one receiving county none of whose hospitals its aid names: to that county
            if posted is None and sender is not None and not afar:
                posted = main.single_recipient_county
        # 我院选派医师到乡镇卫生院驻点, on a county hospital's own page (or 县总医院向乡镇分院下派医师, the one hospital
        # over the centre the article says so of): one posted to a township's health centre of its county, sent by
        # no one the words name, is that hospital's
        if posted is not None and stated < STATED:
            down = _sending_down_to(doc, posted, own, actors_by_sent)
            if down is not None:
                sender, stated = down, STATED
        if posted is not None and posted.affiliation is not None and not stated:
            sender, stated = posted.affiliation, STATED  # posted to a branch: sent by the hospital that runs it
        # (某医生在某县人民医院驻点: where the person is posted did not send them; the article's giver did)
        if sender is not None and posted is not None and sender.key == posted.key and stated < BESIDE:
            giver = main.get(DONOR, hospital=True) or main.get(DONOR)
            sender, stated = (giver, 0) if giver is not None and giver.key != posted.key else (None, 0)
        # the article's main giver, which the words pair with other receivers only, sending to one whose giver they
        # state as another (甲省选派专家派驻乙院 … 丙医院与丁院结对): a guess the stated pairs do not bear out
        others = givers_of.get(posted.key, []) if posted is not None else []
        if sender is not None and not stated and others and sender.key in givers and not _within_any(sender, others):
            sender = None
        kept.append((expert, sender, stated, posted))
    kept = _postings_of_list_mates(kept, far, _rows(doc, kept))
    # (one who takes part from afar in one sentence is posted by another only where its words say so: 某某是某院远程
    # 会诊的常客 places no one there)
    from_afar = {expert.surface for expert, *_ in kept if id(expert) in far}
    from_afar |= {name for name in {expert.surface for expert, *_ in kept} - from_afar if _helps_from_afar(doc, name)}
    kept = [
        (expert, sender, stated, posted)
        if expert.surface not in from_afar or _says_posted(_clause_of(expert, sentences[expert.sent]))
        else (expert, sender, stated, None)
        for expert, sender, stated, posted in kept
    ]
    # one sender per person in an article: the one written beside the name, else the one a sentence states, else
    # the first one found
    senders: dict[str, Mention] = {}
    for rank in (BESIDE, STATED, 0):
        for expert, sender, stated, _ in kept:
            if sender is not None and stated >= rank:
                senders.setdefault(expert.surface, sender)
    # (by its name as written: 县医院 pointing back to it is not where an expert is said to work)
    receiving_hospitals = [
        a
        for ms in actors_by_sent
        for a in ms
        if a.label is Label.HOSPITAL and sides.side(a) == RECIPIENT and doc.text[a.start : a.end] == a.surface
    ]
    main_hospital = main.get(RECIPIENT, hospital=True) if main.one_main_recipient_hospital else None
    # a person posted to a hospital in one sentence is not also posted to a place in another
    at_hospital = {e.surface for e, _, _, posted in kept if posted is not None and posted.label is Label.HOSPITAL}
    mentions, relations = [], []
    for expert, _, _, posted in kept:
        if posted is not None and posted.label is Label.AGENCY:
            posted = _agency_place(posted)
        if posted is not None and posted.label is not Label.HOSPITAL and expert.surface in at_hospital:
            posted = None
        sender = senders.get(expert.surface)
        if sender is None and posted is None:
            continue
        if posted is not None and posted.label in PLACE_LABELS:
            # (where the sender pairs with no hospital there, or is not known: the one any stated pair names there)
            # (or, where no pair names one in a county, the one receiving hospital the article names there)
            # (or, in an article of one main receiving hospital, that one where it lies in the county)
            own = receivers_of.get(sender.key, []) if sender is not None else []
            county = gazetteer().is_county(posted.region)
            posted = (
                _paired_hospital_in(posted, own)
                or _paired_hospital_in(posted, receivers)
                or (county and _paired_hospital_in(posted, receiving_hospitals))
                or (county and main_hospital is not None and _paired_hospital_in(posted, [main_hospital]))
                or posted
            )
        sentence = sentences[expert.sent]
        expert.affiliation = sender
        expert.key = f"{expert.surface}|{sender.key if sender else doc.doc_id}"
        mentions.append(expert)
        if sender is not None:
            relations.append((sender, expert, Rel.SENDS, sentence))
        if posted is not None:
            relations.append((expert, posted, Rel.POSTED_TO, sentence))
            for other in _also_posted(doc, sides, posted, actors_by_sent):
                relations.append((expert, other, Rel.POSTED_TO, sentence))
    return mentions, relations


def _rows(doc: Document, kept: list[tuple]) -> dict[int, int]:
    """For each sentence that is a row of a roster (a line opening with an expert's name, after a list's mark), the
    first sentence of the run of such rows it stands in."""
    opening = {
        expert.sent
        for expert, *_ in kept
        if _ROW_OPENING.fullmatch(doc.text, doc.sentences[expert.sent].start, expert.start)
        and doc.text[doc.sentences[expert.sent].end : doc.sentences[expert.sent].end + 1] in ("\n", "")
    }
    first: dict[int, int] = {}
    for i in sorted(opening):
        first[i] = first.get(i - 1, i)
    return first


# what may stand before the name that opens a roster's row: a list's mark or number, spaces
_ROW_OPENING = re.compile(r"\s*(?:[·•\-—*]|\d{1,2}[.、．]|[（(]\d{1,2}[)）])?\s*")


def _postings_of_list_mates(kept: list[tuple], far: set[int], rows: dict[int, int]) -> list[tuple]:
    """首批入驻专家：甲（神经外科）、乙（重症医学科）: people a sentence lists together, or a roster lists a row
    each (``rows``: a row's sentence to its roster's first), posted nowhere it says, are posted where the article
    posts the others of the list (one place for all of them), as one team; not those who take part from afar
    (``far``: their ids)."""
    posted_at: dict[str, Mention] = {}
    for expert, _, _, posted in kept:
        if posted is not None and posted.label is Label.HOSPITAL:
            posted_at.setdefault(expert.surface, posted)
    by_sent: dict[int, set[str]] = {}
    for expert, *_ in kept:
        by_sent.setdefault(rows.get(expert.sent, expert.sent), set()).add(expert.surface)
    out = []
    for expert, sender, stated, posted in kept:
        if posted is None and expert.surface not in posted_at and id(expert) not in far:
            mates = by_sent[rows.get(expert.sent, expert.sent)] - {expert.surface}
            places = {posted_at[m].key: posted_at[m] for m in mates if m in posted_at}
            if len(places) == 1 and len(mates) > 1:
                (posted,) = places.values()
        out.append((expert, sender, stated, posted))
    return out


_COMPANION = re.compile(r"[与和跟]$")
_CAME_ALONG = re.compile(
    r"(?:同批|一同|一起|同期|同行)[^，,。；;]{0,8}?的[，,]?(?:还有|也有)[^，,。；;]{0,20}$"
    # (同批援藏、来自某地的某医院医师某某: the title says the person came with the others)
    r"|同批[^，,。；;]{0,16}?的[^，,。；;]{0,30}$"
)
_COMPANION_AFTER = re.compile(r"(?:同批|一同|一起|同期|同时)[^，,。；;]{0,12}?的[，,]?(?:还有|也有)")
# what says a person works at both of two hospitals the words join (在甲院和乙院两头跑, 在甲院与乙院之间轮转)
_AT_BOTH = re.compile(r"[^，,。；;]{0,3}?(?:两头|两边|两地|之间|轮流|轮转|往返|兼顾)")
# days of a week's schedule before where one works on them (每周一至周四在甲院…，周五到乙院)
_ON_DAYS = re.compile(r"(?:每周|周)[一二三四五六日天、至到周]{1,10}(?:在|到|去|赴)$")


def _sending_down_to(doc: Document, centre: Mention, own: Mention | None, actors_by_sent) -> Mention | None:
    """The hospital over a township's health centre, of its county, that the article says sends people down to the
    townships: the page's own, or the one such hospital the article names."""
    if own is not None and own.label is Label.HOSPITAL and over_its_township(own, centre):
        return own if _sends_down(doc, own, actors_by_sent) else None
    uppers = {
        a.key: a
        for actors in actors_by_sent
        for a in actors
        if a.label is Label.HOSPITAL and over_its_township(a, centre)
    }
    if len(uppers) != 1:
        return None
    (upper,) = uppers.values()
    return upper if _sends_down(doc, upper, actors_by_sent) else None


def _sends_down(doc: Document, hospital: Mention, actors_by_sent) -> bool:
    """Whether a sentence says the hospital sends people to townships' health centres (我院选派8名医师到乡镇卫生院)."""
    return any(
        a.key == hospital.key and _sending_down().search(sentence.text, a.end - sentence.start) is not None
        for sentence, actors in zip(doc.sentences, actors_by_sent, strict=True)
        for a in actors
    )


@cache
def _sending_down() -> re.Pattern:
    """A word of sending (sides.sending_pattern), then townships' health centres, in one clause; or the centres
    first, after 向 (向乡镇分院下派医师)."""
    sending = sending_pattern().pattern
    return re.compile(
        rf"(?:{sending})[^，,。；;]{{0,20}}?(?:乡镇|卫生院)|向[^，,。；;]{{0,12}}?(?:乡镇|卫生院)[^，,。；;]{{0,8}}?(?:{sending})"
    )


def _also_posted(
    doc: Document, sides: SideModel, posted: Mention, actors_by_sent: Sequence[Sequence[Mention]]
) -> list[Mention]:
    """The other receiving hospitals of the sentence a person is posted from where the words put them at each: one
    joined to it (常年在甲院和乙院两头跑), or those a week's schedule sends them to (周一到周三在甲院…，周四到乙院)."""
    if posted.label is not Label.HOSPITAL or posted.sent < 0:  # (one read from a title or a source line: no sentence)
        return []
    text = doc.text
    others = [
        a
        for a in actors_by_sent[posted.sent]
        if a.label is Label.HOSPITAL and a.key != posted.key and sides.side(a) == RECIPIENT
    ]
    joined = [
        a
        for a in others
        if a.start == posted.end + 1 and text[posted.end] in "和与及、" and _AT_BOTH.match(text, a.end)
    ]
    if joined:
        return joined[:1]
    if not _ON_DAYS.search(text, max(0, posted.start - 14), posted.start):
        return []
    return list({a.key: a for a in others if _ON_DAYS.search(text, max(0, a.start - 14), a.start)}.values())


def _paired_hospital_in(place: Mention, receivers: list[Mention]) -> Mention | None:
    """The one hospital in ``place`` of those an expert's sender (or the article) is stated to pair with (甲医院帮扶
    乙县人民医院。甲医院医生张三进驻后填补了该县空白: posted to that hospital, the finer of the two the article
    gives)."""
    gz = gazetteer()
    inside = {
        r.key: r
        for r in receivers
        if r.label is Label.HOSPITAL and r.region and place.region and gz.is_within(r.region, place.region)
    }
    return next(iter(inside.values())) if len(inside) == 1 else None


def _from_afar(expert: Mention, sentence: Sentence) -> bool:
    """Whether the clause of a name has the person take part from afar (屏幕另一端) and says nothing of aid, which
    would place them where they serve."""
    at = expert.start - sentence.start
    # (helping through a remote system or online is helping from afar, whatever aid the clause tells of)
    if _helped_remotely(sentence.text, at, expert.end - sentence.start):
        return True
    clause = _clause_at(sentence.text, at)
    return _AFAR.search(clause) is not None and not has_aid_words(clause) and not _says_posted(clause)


def _helped_remotely(text: str, at: int, end: int) -> bool:
    """Whether the name at ``text[at:end]`` helps through a remote system or online right after it (某某通过远程系统
    参与查房, 某某在线调阅影像) in a clause that posts them nowhere."""
    return _BY_REMOTE.match(text, end) is not None and not _says_posted(_clause_at(text, at))


def _clause_of(expert: Mention, sentence: Sentence) -> str:
    """The clause of a name: to the semicolons or the sentence's ends around it."""
    return _clause_at(sentence.text, expert.start - sentence.start)


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` around ``at``, to the semicolons or the text's ends."""
    start = max(text.rfind(mark, 0, at) for mark in "；;") + 1
    ends = [e for mark in "；;" if (e := text.find(mark, at)) >= 0]
    return text[start : min(ends, default=len(text))]


def _helps_from_afar(doc: Document, name: str) -> bool:
    """Whether a sentence has the person help from afar (``_helped_remotely``), wherever the name is written (not
    only where it was read as an expert's)."""
    for sentence in doc.sentences:
        at = sentence.text.find(name)
        while at >= 0:
            if _helped_remotely(sentence.text, at, at + len(name)):
                return True
            at = sentence.text.find(name, at + len(name))
    return False


def _says_posted(clause: str) -> bool:
    """Whether a clause holds a word of posting or of taking a post (派驻, 挂职)."""
    return any(w in clause for w in (*post_verbs(), *_posting_words()) if len(w) > 1)


# taking part from afar: at the other end of a screen or a line, through a remote system, online, far away in
# another city (not 远程会诊 alone, which the posted hold too)
_AFAR = re.compile(r"(?:屏幕|视频|网络|连线)的?另一端|远在[^，,。；;]{1,8}的")
# (right after the name: the person, not another, helps that way: 某某通过远程系统参与查房, 某某在线调阅影像)
_BY_REMOTE = re.compile(
    r"[也还则便就都又]?(?:通过(?:远程|视频|5G|高清|网络|互联网|云)[^，,。；;]{0,8}?(?:系统|平台|屏幕|连线)"
    r"|在线(?:看|调阅|会诊|指导|查房|问诊|阅片|诊断))"
)


def _the_one_hospital(receivers: list[Mention]) -> Mention | None:
    """The one hospital among a giver's receivers, if they name one and no other hospital."""
    hospitals = {r.key: r for r in receivers if r.label is Label.HOSPITAL}
    return next(iter(hospitals.values())) if len(hospitals) == 1 else None


def _within_any(sender: Mention, givers: list[Mention]) -> bool:
    """Whether the sender is one of the givers, or lies within one finer than a province (甲市 vouches for 甲市某医院;
    a whole province for none of its hospitals)."""
    gz = gazetteer()
    return any(
        giver.key == sender.key
        or (
            giver.region is not None
            and sender.region is not None
            and gz.places[giver.region].level is not Label.PROVINCE
            and gz.is_within(sender.region, giver.region)
        )
        for giver in givers
    )


def _form_fields(
    doc: Document, sides: SideModel, expert: Mention, actors_by_sent: Sequence[Sequence[Mention]]
) -> tuple[Mention | None, Mention | None]:
    """A form's row (姓名：张三) or a list's numbered item that opens with the name (1. 张三 骨科主任医师) and the
    fields under it, up to the next row or item: the sending unit (派出单位：某医院) and the receiving one
    (受援单位：某医院, 派驻岗位：某医院副院长); or a card, the name alone on its line above such fields (▲张三)."""
    sentences = doc.sentences
    at = sentences[expert.sent]
    opening = at.text[: expert.start - at.start]
    card = opens_a_card(doc.text, at.start, at.end)
    one_line = bracketed_card(doc.text, at.start, at.end)
    if not (_FORM_NAME.search(opening) or _ITEM_OPENING.fullmatch(opening) or card or one_line):
        return None, None
    sender = posted = None
    for i in range(expert.sent, min(expert.sent + _FORM_ROWS, len(sentences))):
        row = sentences[i]
        if i > expert.sent and (
            _FORM_NAME_LABEL.search(row.text) or LIST_ITEM.match(row.text) or opens_a_card(doc.text, row.start, row.end)
        ):
            break
        for party, side in labelled_parties(row.text, row.start, list(actors_by_sent[i])):
            # (a label of helping may name the one helped, 帮扶单位：某县医院: the article's sides say which it is)
            giving = side == DONOR and sides.side(party) != RECIPIENT
            if giving and party.label is Label.HOSPITAL and sender is None:
                sender = party
            elif not giving:
                posted = posted or party
    # 【张三】某医院心内科副主任医师，…: the hospital right after the name
    if one_line is not None and sender is None:
        sender = _hospital_in_clause(doc.text, one_line.end(), actors_by_sent[expert.sent])
    # ▍张三 / 某医院心内科副主任医师。: a card's line under the name that opens with the person's hospital
    if card and sender is None:
        sender = _card_line_hospital(doc, expert.sent + 1, actors_by_sent)
    return sender, posted


def _hospital_in_clause(text: str, start: int, actors: Sequence[Mention], base: int = 0) -> Mention | None:
    """The first hospital of the clause that opens at ``start`` of ``text`` (the person's own, on a card), ``base``
    the offset of ``text`` in the document."""
    end = base + start + len(FIRST_CLAUSE.match(text, start).group(0))
    return next((a for a in actors if a.label is Label.HOSPITAL and base + start <= a.start and a.end <= end), None)


def _card_line_hospital(doc: Document, below: int, actors_by_sent) -> Mention | None:
    """The hospital of a card's line under the name that gives the person's hospital and title (card_affiliation)."""
    if below >= len(doc.sentences):
        return None
    row = doc.sentences[below]
    if not card_affiliation(doc.text, row.start, row.end):
        return None
    return _hospital_in_clause(doc.text, row.start, actors_by_sent[below])


def _card_staff(doc: Document, sides: SideModel, expert: Mention, actors_by_sent) -> bool:
    """某某 / 乙县人民医院　心内科　住院医师, 【某某】乙医院护理部主任。: a card whose line under the name, or whose
    one line, gives a receiving hospital as the person's is of its staff (the receiving hospital's people are
    introduced on cards too)."""
    sentences = doc.sentences
    at, below = sentences[expert.sent], expert.sent + 1
    # 【某某】乙医院护理部主任。: a card on one line, the hospital right after the name
    one_line = bracketed_card(doc.text, at.start, at.end)
    if one_line is not None and card_name(one_line)[1] == expert.end:
        own = _hospital_in_clause(doc.text, one_line.end(), actors_by_sent[expert.sent])
        return own is not None and sides.side(own) == RECIPIENT
    if below >= len(sentences) or not opens_a_card(doc.text, at.start, at.end):
        return False
    if card_affiliation(doc.text, sentences[below].start, sentences[below].end):
        own = _card_line_hospital(doc, below, actors_by_sent)
        return own is not None and sides.side(own) == RECIPIENT
    # (or a field of the person's own unit: 所在单位：乙县人民医院)
    for i in range(below, min(below + _FORM_ROWS, len(sentences))):
        if opens_a_card(doc.text, sentences[i].start, sentences[i].end):
            break
        if _OWN_UNIT_LABEL.match(sentences[i].text):
            own = next((a for a in actors_by_sent[i] if a.label is Label.HOSPITAL), None)
            return own is not None and sides.side(own) == RECIPIENT
    return False


def _under_a_receivers_lead(doc: Document, sides: SideModel, expert: Mention, actors_by_sent) -> bool:
    """县人民医院对接科室负责人： / 某某｜普外科主任: a line of a list whose lead, the line ending in a colon above it
    (across a blank line), opens with a receiving hospital: that hospital's own people (not one whose bracket names
    a hospital of the other side: 某县人民医院： / 某某（某医院心内科主任医师）, posted there)."""
    sentences = doc.sentences
    bracketed = _bracketed_hospital(expert, actors_by_sent[expert.sent], sentences[expert.sent])
    if bracketed is not None and sides.side(bracketed) != RECIPIENT:
        return False
    for j in range(expert.sent - 1, max(-1, expert.sent - _LIST_REACH), -1):
        line = sentences[j].text.strip()
        if line.endswith(("：", ":")):
            first = next(iter(actors_by_sent[j]), None)
            return (
                first is not None
                and first.label is Label.HOSPITAL
                and first.start == sentences[j].start + len(sentences[j].text) - len(sentences[j].text.lstrip())
                and sides.side(first) == RECIPIENT
            )
        # (the lines between are the list's items, each on a line of its own)
        if "\n" not in doc.text[sentences[j].end : sentences[j + 1].start]:
            return False
    return False


# how many lines above a list's item its lead may stand
_LIST_REACH = 12


# the label of a person's own unit on a card (not 帮扶单位, which may name the unit helped)
_OWN_UNIT_LABEL = re.compile(r"\s*(?:所在|工作)单位\s*[:：]")


def _headed(expert: Mention, sentence: Sentence) -> bool:
    """Whether a head's title (院长, 党委书记) stands right before or after the name."""
    title = _title_text(expert, sentence).strip()
    return title.endswith(_HEAD_TITLES) or _head_after(expert, sentence)


def _head_alone(title: str) -> bool:
    """院长, 我院党委书记: a hospital's head titled by no hospital but the page's own."""
    title = title.strip()
    own = next((w for w in read_lines("own_institution_words.txt") if title.startswith(w)), "")
    return title.removeprefix(own) in _HEAD_TITLES


def _head_after(expert: Mention, sentence: Sentence) -> bool:
    """某某院长表示: a name opening its clause with a head's title right after it, no hospital's."""
    return not _title_text(expert, sentence).strip() and sentence.text.startswith(
        _HEAD_TITLES, expert.end - sentence.start
    )


def _heads_the_host(doc: Document, sides: SideModel, expert: Mention, actors_by_sent) -> bool:
    """乙县医院召开欢迎座谈会。院长某某介绍了…: a head by the title alone, opening the sentence after one in which a
    receiving hospital holds a gathering for the team, heads that hospital."""
    sentence, j = doc.sentences[expert.sent], expert.sent - 1
    if j < 0 or "\n" in doc.text[doc.sentences[j].end : sentence.start]:
        return False
    if sentence.text[: expert.start - sentence.start].strip() != _title_text(expert, sentence).strip():
        return False
    before = doc.sentences[j]
    return any(
        a.label is Label.HOSPITAL
        and sides.side(a) == RECIPIENT
        and _HOLDS.match(before.text, a.end - before.start)
        and any_of(read_lines("ceremony_words.txt")).search(before.text, a.end - before.start)
        for a in actors_by_sent[j]
    )


def _heads_a_receiver_elsewhere(doc: Document, sides: SideModel, expert: Mention, actors_by_sent) -> bool:
    """乙县医院院长某某参加了交接仪式 … 某某院长说: a head by the title alone whom another sentence names as the head
    of a receiving hospital."""
    return any(
        a.label is Label.HOSPITAL
        and sides.side(a) == RECIPIENT
        and (head := _head_right_after().match(doc.text, a.end)) is not None
        and doc.text.startswith(expert.surface, head.end())
        for actors in actors_by_sent
        for a in actors
    )


@cache
def _head_right_after() -> re.Pattern:
    return re.compile(f"的?(?:{'|'.join(sorted(_HEAD_TITLES, key=len, reverse=True))})")


def _the_narrators_host(expert: Mention, sentence: Sentence) -> bool:
    """我跟某某院长商量, 某某院长待我们很好: a head by the title alone whom the writer deals with in the first person
    heads the place the writer works at, which receives the aid (the writer of a first-person account is a sent
    doctor or one of the receiving staff; the sent heads are named with the team or the hospital that sent them);
    so does one whose own words say the aid helps their hospital (院长某某说，…专家帮助我院…)."""
    text, end = sentence.text, expert.end - sentence.start
    title = _title_text(expert, sentence)
    writer = _DEALT_WITH_BY_THE_WRITER.search(title)
    title = title[writer.end() :] if writer else title
    if not title.strip() and (head := _head_right_after().match(text, end)) is not None:
        end = head.end()
    elif not _head_alone(title):
        return False
    if writer is not None or _DEALS_WITH_THE_WRITER.match(text, end) is not None:
        return True
    # 院长某某在致辞中说，…专家帮助我院…: a head whose own words say the aid helps their hospital
    aided = _AIDS_US.search(text, end)
    return aided is not None and any_of(read_lines("speech_verbs.txt")).search(text, end, aided.start()) is not None


# 我跟|某某院长, 我们向|院长某某: the writer, then a word of dealing with someone; 某某院长|待我们很好, 某某院长|对我说:
# the head, then such a word and the writer (not 我院, 我县: the writer's institution or place)
_DEALT_WITH_BY_THE_WRITER = re.compile(r"我们?(?:[跟和与同向找对]|一起跟)\s*")
_AIDS_US = re.compile(r"(?:帮助|支援|帮扶|援助|托管|指导)了?我(?:院|们医院|们)")
_DEALS_WITH_THE_WRITER = re.compile(r"[^，,。；;！!？?：:“”]{0,6}?(?:[跟和与对向待请]|告诉)我(?![院县市省区州])")


# (某院)召开, 举行: a body holding a gathering
_HOLDS = re.compile(r"[^，,。；;]{0,12}?(?:召开|举行|组织)")


# the titles of a hospital's heads, written alone before a name
_HEAD_TITLES = ("院长", "副院长", "党委书记", "党委副书记", "书记", "副书记")
# 姓名：张三, the label right before the name; a form's fields for one person fill a few lines at most
_FORM_NAME_LABEL = re.compile(r"姓\s*名\s*[:：|｜]")
_FORM_NAME = re.compile(_FORM_NAME_LABEL.pattern + r"\s*$")
_FORM_ROWS = 6
_ITEM_OPENING = re.compile(rf"\s*{LIST_ITEM.pattern}\s*")


def _agency_place(agency: Mention) -> Mention | None:
    """Where a person posted to an agency (某县卫生健康局挂职) is posted: its place, since people are posted to
    hospitals and places, and an agency stands for its place's government."""
    if not agency.region:
        return None
    place = gazetteer().places[agency.region]
    return Mention(
        place.level, place.name, agency.start, agency.end, agency.sent, agency.region, agency.region, [agency.region]
    )


def _sent_by_title(sides: SideModel, expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> bool:
    """Whether the title before a name may say the person was sent: the team, a post only the aid gives (挂职副院长),
    a hospital not of the receiving side (or one the text names that is no party here: 由某医院专家某某筹建)."""
    title = _whole_title(expert, actors, sentence)
    reach = expert.start - len(title)
    receiving = [a for a in actors if reach <= a.start and a.end <= expert.start and sides.side(a) == RECIPIENT]
    return (
        any(word in title for word in team_words())
        or gives_aid_by_title(title)
        or len(INSTITUTION_ENDING.findall(title)) > len(receiving)
    )


_ASIDE = re.compile(r"[（(][^（）()]*[）)]")
_POSITION_ASIDE = re.compile(r"[（(](?:[前后中]排)?(?:左|右|中|居中)[一二三四五六七八九十\d]*[）)]$")
# the count after a listed name and what it counts (甲等4名能独立主刀的本地医生)
# (up to a list's joiner: 甲等8名帮扶专家和乙等3名本地学员 counts 甲 among the experts)
# (or, with no count, the local word right after 等: 甲等当地医护人员)
_COUNTED_AMONG = re.compile(
    r"(?:、[\u4e00-\u9fff·]{2,14})*等(?:[\d一二两三四五六七八九十]+[名位个]([^，,。；;、和与及]{0,16})|(当地|本地|本院|我院))"
)
# how long one worked somewhere, after the name in its sentence (在急诊科干了12年, 分配到某县，一干就是二十多年)
_TENURE = re.compile(r"(?:干|工作|扎根|坚守)(?:了|就是|了整整)?([\d一二三四五六七八九十两几]+)多?年")
_CAREER = re.compile(r"从事[\u4e00-\u9fff]{0,8}工作")
# years of work in one place that no posting of the aid lasts
_LOCAL_TENURE = 5


def _long_there(sides: SideModel, expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> bool:
    """Whether the sentence says the person has worked many years where they are (护士长某某原来在急诊科干了12年,
    某某毕业后分配到某县，一干就是二十多年): one of the receiving side, not a giver's doctor of many years at home
    (在某医院工作了20年: the party named last before the years is not a receiver) nor one of the team."""
    base = sentence.start
    tenure = _TENURE.search(sentence.text, expert.end - base)
    if tenure is None or (count_in_words(tenure.group(1)) or 0) < _LOCAL_TENURE:
        return False
    # (从事临床工作22年: the length of a career, wherever it was spent)
    if _CAREER.search(sentence.text, expert.end - base, tenure.end()):
        return False
    if any(w in sentence.text[expert.end - base : tenure.start()] for w in team_words()):
        return False
    where = [a for a in actors if expert.end <= a.start and a.end <= base + tenure.start()]
    return not where or sides.side(where[-1]) == RECIPIENT


def _one_of_a_receivers_own(sides: SideModel, expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> bool:
    """Whether a receiving hospital before the name is followed by a group of its own people (领导班子, 职工), with
    no word of the team or the aid between."""
    hospitals = [a for a in actors if a.label is Label.HOSPITAL and a.end <= expert.start]
    if not hospitals or sides.side(hospitals[-1]) != RECIPIENT:
        return False
    between = sentence.text[hospitals[-1].end - sentence.start : expert.start - sentence.start]
    return _OWN_GROUP.search(between) is not None and not any_of(team_words()).search(between)


_TOWNSHIP_STAFF = re.compile(r"(?<![\u4e00-\u9fff])[乡镇](?:中心)?卫生院的?(?:医生|医师|护士|护士长|大夫|院长|副院长)$")
_OWN_GROUP = re.compile(r"领导班子|班子成员|干部职工|职工|员工|医护人员|医务人员")


def works_at_recipient(
    sides: SideModel,
    expert: Mention,
    actors: Sequence[Mention],
    sentence: Sentence,
    main_recipient: Mention | None = None,
) -> bool:
    """某自治区人民医院扎西副院长 / 当地医生张三: someone of the receiving side, not an expert sent to it.

    A title that also names a donor hospital or the team (援藏医疗队总领队、某某医院副院长…) is a sent expert's."""
    title = _whole_title(expert, actors, sentence)
    # (what a bracket says aside is no part of the title: 某医院（当地人习惯称“某院”）主任医师某某)
    plain = _ASIDE.sub("", title)
    # 专家甲和本地医生乙: the words right before the name, after a joiner, are this person's own (not where they hold
    # a plural, the subject of what is said of the person: 院里的护士们都管某某叫…)
    if _local_title(_JOINED.split(plain)[-1]):
        return True
    # 镇卫生院医生某某: a township's centre by its level alone, right before the title, is the one where the scene is
    # (not one people are posted to: 派驻镇卫生院的医生某某)
    if _TOWNSHIP_STAFF.search(plain) is not None:
        return True
    # 乙县人民医院原有领导班子成员保持不变，其中副院长某某…: one of the receiving hospital's own people the clause
    # before names, whom 其中 picks out
    if plain.startswith("其中") and _one_of_a_receivers_own(sides, expert, actors, sentence):
        return True
    # 乙县人民医院：某某（甲医院骨科副主任医师）: the hospital opening a bracket right after the name is the person's
    # own, whatever heads the line
    bracketed = _own_bracket(expert, actors, sentence)
    reach = expert.start - len(title)
    in_title = _hospitals_in_title(expert, actors, reach)
    # (甲医院骨科医师某某（乙县人民医院）: a bracket holding a hospital alone, after a title naming the person's own
    # hospital, says where the person goes)
    if bracketed is not None and not (_closes_bracket(sentence, bracketed.end) and in_title):
        return sides.side(bracketed) == RECIPIENT
    # 现任乙医院副院长的某某，是甲医院派出的… / 是甲医院主任医师: the clause after the name says the person is a giver's
    if _of_a_giver_after(sides, expert, actors, sentence):
        return False
    # 甲医院医生某某与乙医院外科主任某某, 某某指导乙医院医生某某: a hospital after the last joiner or verb of teaching
    # is this person's own
    # (not a joiner inside a name: 平和县医院)
    cuts = [
        reach + m.end()
        for m in _OWN_TITLE.finditer(title)
        if not any(a.start <= reach + m.start() < a.end for a in actors)
    ]
    if cuts:
        named = [a for a in actors if a.label is Label.HOSPITAL and cuts[-1] <= a.start and a.end <= expert.start]
        if named and _giver_nearer(sides, named[-1], actors, expert):
            return False
        if named and not _posted_in_title(named[-1], sentence):
            # 甲医院某科医师、现任乙医院副院长某某: a post taken after a giving hospital's title is the aid's
            given = _text_before(named[-1], sentence, 2).endswith(post_verbs()) and any(
                a.label is Label.HOSPITAL and reach <= a.start < cuts[-1] and sides.side(a) == DONOR for a in actors
            )
            return not given and sides.side(named[-1]) == RECIPIENT
    if any(sides.side(a) == DONOR for a in in_title):
        return False
    # 某某，某医院院长，…: a profile gives the person's hospital right after the name
    profiled = _profiled_hospital(expert, actors, sentence)
    if profiled is not None:
        return sides.side(profiled) == RECIPIENT
    # 某某是县人民医院的护士长 (not 某某是县人民医院挂职副院长: a post the team holds there)
    # 某某是土生土长的某地人, 某某是医院自己培养的骨干, 甲和乙都是今年刚入职的: the clause a copula opens after the name
    # (or after the name joined to it) says they are local
    if (said := _SAID_OF.match(sentence.text, expert.end - sentence.start)) is not None:
        end = _CLAUSE_END.search(sentence.text, said.end())
        if any_of(_local_origin_words()).search(sentence.text, said.end(), end.start() if end else len(sentence.text)):
            return True
        # (某某是某批援青医疗队队员: what the copula says them is of the team, whatever hospital the title names)
        if any_of(team_words()).search(sentence.text, said.end(), end.start() if end else len(sentence.text)):
            return False
    if _long_there(sides, expert, actors, sentence):
        return True
    if counted_among_locals(sentence.text, expert.end - sentence.start):
        return True
    copula = _copula_hospital(expert, actors, sentence)
    if copula is not None and sides.side(copula) == RECIPIENT:
        end = _CLAUSE_END.search(sentence.text, copula.end - sentence.start)
        clause = sentence.text[copula.end - sentence.start : end.start() if end else None]
        return not any(word in clause for word in team_words())
    if any(word in title for word in team_words()) or gives_aid_by_title(title):
        return False
    # (我们超声科的年轻医生某某, 我们科的某某主任: of the department the speaker works in, at the receiving hospital)
    if _local_title(plain) or _OUR_DEPARTMENT.search(plain):
        return True
    # (在乙镇卫生院，医生某某为老人做心电图, 乙医院影像科里，年轻医生某某…: one known by a bare title only, in the
    # receiving place a clause before sets the scene in, works there; not one the clause after the name posts there
    # or makes help: 在乙医院，骨科医生某某常驻一年, …某某帮助该院建成…)
    if (
        _BARE_TITLE.fullmatch(plain)
        and (scene := _SCENE_CLAUSE.search(sentence.text, 0, reach - sentence.start))
        and not _posted_or_helping_after(expert, sentence)
    ):
        at = sentence.start + scene.start()
        here = [a for a in actors if a.label is Label.HOSPITAL and at <= a.start and a.end <= reach]
        if here and sides.side(here[-1]) == RECIPIENT:
            return True
    # (在乙医院疼痛科为患者治疗，左一为该科医生某某: of the unit of the hospital its sentence names before)
    if _THAT_UNIT.search(plain) and (unit_s := _hospital_of_a_unit_before(actors, sentence, reach)) is not None:
        return sides.side(unit_s) == RECIPIENT
    # 藏族医生某某: a title that names a minority people is a local's, in the regions aid goes to (not 来自某地的
    # 朝鲜族医生某某, from a place of the giving side)
    if _minority_people().search(title) and not _from_the_giving_side(sides, expert, actors, title):
        return True
    own = _own_hospital(expert, actors, sentence)
    if own is not None:
        return sides.side(own) == RECIPIENT and not _giver_nearer(sides, own, actors, expert)
    if _joined_to_a_receivers_staff(sides, expert, actors, title, sentence):
        return True
    if in_title:
        return False
    # 地区第一人民医院心胸外科主任张三: a hospital the title names in short, the end of the receiving one's name
    # 县医院的某某医生, 我和县医院的某某: the county's hospital by its level alone, where aid goes to a county's
    if _COUNTY_HOSPITAL.match(_JOINED.split(title)[-1]) and _county_hospital(main_recipient):
        return True
    # 门诊由卫生院全科医生某某接手: a township's health centre by its kind alone, where aid goes to one
    # (or where the sentence names one before: 在甲镇卫生院查房时，…，卫生院院长某某)
    if _TOWN_CENTRE_ALONE.search(title) and (
        (main_recipient is not None and is_township_centre(main_recipient))
        or any(is_township_centre(a) and a.end <= expert.start and sides.side(a) != DONOR for a in actors)
    ):
        return True
    written = _unresolved_hospital(title)
    return bool(written) and main_recipient is not None and main_recipient.surface.endswith(written)


def _posted_or_helping_after(expert: Mention, sentence: Sentence) -> bool:
    """Whether the clause after a name takes a post or says the person helps (某某常驻一年, 某某帮助该院…)."""
    at = expert.end - sentence.start
    end = _CLAUSE_END.search(sentence.text, at)
    clause = sentence.text[at : end.start() if end else len(sentence.text)]
    return any(verb in clause for verb in post_verbs()) or has_aid_words(clause)


_THAT_UNIT = re.compile(r"该(?:科室?|中心|病区)")
# a title that says nothing of whose the person is, and a clause setting the scene right before it (在某卫生院，)
# (of a department perhaps: 心内科护士长)
_BARE_TITLE = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{1,8}?科)?(?:年轻|青年)?(?:主治|住院|值班|责任)?(?:医生|护士|护士长|村医|大夫|乡村医生)\s*"
)
# (or a unit's room: 某县医院影像科里，, 某县人民医院内科病房，)
_SCENE_CLAUSE = re.compile(r"(?:在[^，,。；;]{2,30}?|[^，,。；;]{2,30}?(?:科|室|病房|病区|门诊)里?)[，,]\s*$")
_UNIT_AFTER = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:科|中心|病区|室)")


def _hospital_of_a_unit_before(actors: Sequence[Mention], sentence: Sentence, before: int) -> Mention | None:
    """The hospital named last before ``before`` with a unit's name right after it (乙医院疼痛科), else None."""
    named = [a for a in actors if a.label is Label.HOSPITAL and a.end <= before]
    if not named or not _UNIT_AFTER.match(sentence.text, named[-1].end - sentence.start):
        return None
    return named[-1]


def _giver_nearer(sides: SideModel, hospital: Mention, actors: Sequence[Mention], expert: Mention) -> bool:
    """乙院…　甲市帮扶专家某某: whether a giver is named after the hospital, nearer the name: it says whose the
    person is."""
    return any(hospital.end <= a.start and a.end <= expert.start and sides.side(a) == DONOR for a in actors)


def counted_among_locals(text: str, at: int) -> bool:
    """甲等4名本地医生: whether the words after a name (ending at ``at``) count the person among the receiving side's
    own."""
    counted = _COUNTED_AMONG.match(text, at)
    return counted is not None and (
        counted.group(2) is not None or any(word in counted.group(1) for word in _local_words())
    )


def _joined_to_a_receivers_staff(
    sides: SideModel, expert: Mention, actors: Sequence[Mention], title: str, sentence: Sentence
) -> bool:
    """县医院护士长甲和内科医生乙, 某县人民医院骨科医生甲、检验科技师乙: a person joined by 和 or in a list to one of a
    receiving county's hospital, titled by a department's post alone (no hospital, no word of the team, no 专家), works
    there too."""
    own = _JOINED.split(title)
    if len(own) < 2 or not _DEPARTMENT_POST.fullmatch(own[-1].strip()):
        return False
    reach = expert.start - len(title)
    joined_at = expert.start - len(own[-1])
    before = [a for a in actors if a.label is Label.HOSPITAL and reach <= a.start and a.end <= joined_at]
    # (a county's hospital: a province's that receives from afar may send its own people down within its province;
    # not one heading a roster's line, 某县人民医院：甲、乙, where its people go; nor one a word of sending goes to,
    # 向某县人民医院派出甲、乙, 某院派驻某县人民医院的甲、乙)
    return (
        bool(before)
        and sides.side(before[-1]) == RECIPIENT
        and gazetteer().is_county(before[-1].region)
        and not _HEADING_COLON.match(title, before[-1].end - reach)
        and not _RECEIVES_THEM.match(title, before[-1].end - reach)
        and sending_pattern().search(title, before[-1].end - reach) is None
        and not _text_before(before[-1], sentence).endswith(_SENT_TO)
    )


_HEADING_COLON = re.compile(r"\s*[:：]")


# a department's post alone: 内科医生, 护士, 心内科主治医师 (not 专家, 教授: a visitor's titles)
_DEPARTMENT_POST = re.compile(
    r"[\u4e00-\u9fff]{0,9}?(?:主治|主管|副主任|主任)?(?:医生|医师|护士|护师|护士长|技师|药师)"
)


# a county's hospital written by the level alone, opening a title
_COUNTY_HOSPITAL = re.compile(r"[县区旗](?:人民|中)?医院")
# a township's health centre by its kind alone in a title, no place's or town's name before it
_TOWN_CENTRE_ALONE = re.compile(r"(?:^|[由和与及、])(?:乡镇)?(?:中心)?卫生院")


def _county_hospital(hospital: Mention | None) -> bool:
    """Whether a hospital is a county's general or Chinese-medicine hospital (not a township's health centre)."""
    if hospital is None or not hospital.region or hospital.surface.endswith("卫生院"):
        return False
    return gazetteer().places[hospital.region].level is Label.COUNTY


def _respective_postings(
    sides: SideModel, experts: Sequence[Mention], actors_by_sent, sentences: Sequence[Sentence]
) -> dict[int, Mention]:
    """甲、乙分别担任丙医院院长、丁医院执行院长: people listed before 分别 go item by item to the hospitals listed
    after it (as many of each, two or more): id(expert) -> the hospital."""
    out: dict[int, Mention] = {}
    by_sent: dict[int, list[Mention]] = {}
    for expert in experts:
        by_sent.setdefault(expert.sent, []).append(expert)
    for i, people in by_sent.items():
        sentence = sentences[i]
        found = respectively(sentence.text)  # not 分别来自: where the people come from
        if found is None:
            continue
        at = sentence.start + found[0]
        listed = [e for e in people if e.end <= at]
        hospitals = [
            a for a in actors_by_sent[i] if a.start > at and a.label is Label.HOSPITAL and sides.side(a) != DONOR
        ]
        if len(listed) == len(hospitals) >= 2:
            out.update((id(e), h) for e, h in zip(listed, hospitals, strict=True))
    return out


def _sent_down(
    doc: Document, sides: SideModel, expert: Mention, experts: Sequence[Mention], actors_by_sent
) -> tuple[Mention, Mention] | None:
    """(sender, posting) of a person whose own hospital, of the receiving side and above the county level, the text
    posts them from to a hospital of a county of the same province (某自治区人民医院的副主任医师某某，派驻某县人民医院:
    aid within the receiving province, beside the aid the article is about), or whose county's hospital posts them
    to a township's health centre of that county (我院普外科医师某某常驻某镇卫生院); None for anyone else."""
    actors, sentence = actors_by_sent[expert.sent], doc.sentences[expert.sent]
    # (某镇卫生院：某某（县人民医院心内科副主任医师）: the bracket right after the name says whose the person is)
    own = (
        _own_bracket(expert, actors, sentence)
        or _own_hospital(expert, actors, sentence)
        or _profiled_hospital(expert, actors, sentence)
        or _copula_hospital(expert, actors, sentence)
        or _sending_hospital(expert, actors, sentence)
    )
    if own is None or own.region is None or sides.side(own) != RECIPIENT:
        return None
    others = [a for a in actors if a is not own]
    posted = (
        _row_head(expert, actors, sentence)
        or _posting(sides, expert, others, sentence)
        or _posted_by_pronoun(doc, sides, expert, experts, actors_by_sent)
    )
    if posted is None or posted.label is not Label.HOSPITAL or posted.region is None:
        return None
    gz = gazetteer()
    if gz.places[own.region].level is Label.COUNTY:
        return (own, posted) if over_its_township(own, posted) else None
    if gz.places[posted.region].level is not Label.COUNTY:
        return None
    if gz.lineage(own.region)[0].code != gz.lineage(posted.region)[0].code:
        return None
    return own, posted


def _of_a_giver_after(sides: SideModel, expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> bool:
    """Whether a copula after the name, across a comma too, opens with a giving hospital (某某，是甲医院派出的第二任
    驻院院长; 某某，是甲医院普外科主任医师)."""
    hospital = _copula_hospital(expert, actors, sentence)
    return hospital is not None and sides.side(hospital) == DONOR


def _copula_hospital(expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> Mention | None:
    """The hospital a copula right after the name, across a comma too, says the person is of (某某是某医院内分泌科的
    副主任医师, 某某，是某医院的护士长, 某某来自某医院; not 某某是派驻某医院的专家, where the hospital is where
    they were sent)."""
    copula = _COPULA_ACROSS.match(sentence.text, expert.end - sentence.start)
    if copula is None:
        return None
    at = sentence.start + copula.end()
    return next((a for a in actors if a.label is Label.HOSPITAL and a.start == at), None)


# (or across the clauses of who the person is: 某某，1966年出生，是某医院的护士长; or across the titled names a
# list joins, all of whom one copula speaks of: 巡回护士甲、器械护士乙均为某县人民医院手术室护士)
_COPULA_ACROSS = re.compile(
    rf"{BIO_CLAUSES}[，,]?\s*(?:也|生前)?(?:[{''.join(COPULAS)}]|来自)"
    r"|(?:[、和与及][\u4e00-\u9fff]{1,10}?)*(?:均|都|皆)(?:[为是系]|来自)"
)
_SAID_OF = re.compile(rf"(?:[和与及、][\u4e00-\u9fff]{{1,8}}?)?\s*(?:也|都|均)?[{''.join(COPULAS)}]")


def _dispatched_to_before(expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> Mention | None:
    """The hospital a word of sending sends the person to, named before the name (甲医院向乙卫生院派驻某科医师某某:
    乙), in the same clause."""
    base = sentence.start
    clause_start = base + clause_bounds(sentence.text, expert.start - base)[0]
    for a in reversed(actors):
        if a.label is not Label.HOSPITAL or a.end > expert.start or a.start < clause_start:
            continue
        if sentence.text[: a.start - base].endswith(_TOWARDS) and sending_pattern().search(
            sentence.text, a.end - base, expert.start - base
        ):
            return a
        # 正在乙院援疆的某医院医师某某: where the title says the person serves
        if sentence.text[: a.start - base].endswith("在") and _SERVING_THERE.match(sentence.text, a.end - base):
            return a
    return None


_TOWARDS = ("向", "给")
# an aid word, then 的 opening the rest of a title (在乙院援疆的…, 在乙院驻点帮扶的…)
_SERVING_THERE = re.compile(r"(?:援疆|援藏|援青|支医|驻点|挂职|坐诊|帮扶|驻点帮扶|对口帮扶)的")


def _sending_hospital(expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> Mention | None:
    """The hospital the sentence makes send the person (某医院按照某安排，派出主任医师某某驻点), not the one it
    sends them to (某医院向乙医院派驻某某)."""
    target = _dispatched_to_before(expert, actors, sentence)
    before = [a for a in actors if a.label is Label.HOSPITAL and a.end <= expert.start and a is not target]
    # (县医院选派张三到甲卫生院、李四到乙卫生院: past where the list's items before are posted)
    while len(before) > 1 and _text_before(before[-1], sentence).endswith(_posting_words()):
        before.pop()
    base = sentence.start
    if before and sending_pattern().search(sentence.text, before[-1].end - base, expert.start - base):
        return before[-1]
    return None


def _sender(doc: Document, sides: SideModel, expert: Mention, actors_by_sent, main) -> tuple[Mention | None, int]:
    """The donor hospital that sends this expert, and how the text states it: BESIDE the name (某医院张三,
    张三（某医院）), STATED by its sentence or paragraph, or not (0: the article's main donor)."""
    actors, sentence = actors_by_sent[expert.sent], doc.sentences[expert.sent]
    own = _own_hospital(expert, actors, sentence)
    if own is not None and sides.side(own) != RECIPIENT:
        return own, BESIDE
    bracketed = _bracketed_hospital(expert, actors, sentence)
    if bracketed is not None and sides.side(bracketed) != RECIPIENT:
        return bracketed, BESIDE
    # 领队：某某（某市卫生健康委员会）: a person of a body that is no hospital, which no hospital sends
    if sentence.text.startswith(_BRACKET_OPEN, expert.end - sentence.start) and any(
        a.label is Label.AGENCY and a.start == expert.end + 1 for a in actors
    ):
        return None, BESIDE
    profiled = _profiled_hospital(expert, actors, sentence)
    if profiled is not None and sides.side(profiled) != RECIPIENT:
        return profiled, BESIDE
    # 队长某某是甲医院普外科副主任医师: the hospital a copula right after the name says the person is of
    copula = _copula_hospital(expert, actors, sentence)
    if copula is not None and sides.side(copula) != RECIPIENT:
        return copula, BESIDE
    title = _whole_title(expert, actors, sentence)
    reach = expert.start - len(title)
    in_title = bool(_hospitals_in_title(expert, actors, reach))
    if not in_title and _unresolved_hospital(title):
        return None, 0  # the title names a hospital the article does not let us place: no guess
    donors = [a for a in actors if a.label is Label.HOSPITAL and sides.side(a) == DONOR]
    earlier = [a for a in donors if a.end <= expert.start]
    if earlier:
        return earlier[-1], STATED
    if donors:
        return donors[0], STATED
    # (sides the article leaves open, aid within one county: the hospital the sentence makes send the person)
    sending = _sending_hospital(expert, actors, sentence)
    if sending is not None and sides.side(sending) != RECIPIENT:
        return sending, STATED
    # 甲市派驻某院的医师某某: a place the sentence says sends them; a hospital named elsewhere sends them only from
    # within it
    base = sentence.start
    placed = [
        a.region
        for a in actors
        if a.label in PLACE_LABELS
        and a.region
        and sides.side(a) == DONOR
        and a.end <= expert.start
        and sending_pattern().search(sentence.text, a.end - base, expert.start - base) is not None
    ]

    def from_there(hospital: Mention | None) -> Mention | None:
        if hospital is None or not placed:
            return hospital
        return hospital if hospital.region and gazetteer().is_within(hospital.region, placed[-1]) else None

    # the paragraph's sentences before this one (a roster under its heading; 二、甲医院对口支援乙医院 over its lines)
    donors = _found_above(
        doc,
        expert.sent,
        lambda j: [a for a in actors_by_sent[j] if a.label is Label.HOSPITAL and sides.side(a) == DONOR],
    )
    if donors:
        return from_there(donors[-1]), STATED
    # 某院选派3名专家组成帮扶团队…。团队由某某带队: a sentence about the team the text formed just before
    formed = _team_formed_before(doc, sides, expert, actors_by_sent)
    if formed is not None:
        return formed, STATED
    return from_there(main.get(DONOR, hospital=True)), 0


def _team_formed_before(doc: Document, sides: SideModel, expert: Mention, actors_by_sent) -> Mention | None:
    """The hospital the sentence that formed the team sends it from, where the expert's sentence opens with the team
    (某院选派3名专家组成帮扶团队…。团队由某某带队)."""
    formed = _team_sentence(doc, expert)
    if formed is None:
        return None
    j, team = formed
    sentence = doc.sentences[j]
    senders = []
    for a in actors_by_sent[j]:
        at = a.end - sentence.start
        sending = sending_pattern().search(sentence.text, at, team) if at <= team else None
        # (a receiver of the article's aid that is the subject of the sending, 某县医院选派…: its own team)
        if a.label is Label.HOSPITAL and sending and (sides.side(a) != RECIPIENT or sending.start() - at <= 4):
            senders.append(a)
    return senders[-1] if senders else None


def _team_posted_before(doc: Document, sides: SideModel, expert: Mention, actors_by_sent) -> Mention | None:
    """Where the sentence that formed the team posts it (…组成帮扶团队进驻某镇中心卫生院), for a sentence opening with
    the team."""
    formed = _team_sentence(doc, expert)
    if formed is None:
        return None
    j, team = formed
    sentence = doc.sentences[j]
    return next(
        (
            a
            for a in actors_by_sent[j]
            if a.label is Label.HOSPITAL
            and a.start - sentence.start > team
            and sides.side(a) != DONOR
            and _text_before(a, sentence).endswith(_posting_words())
        ),
        None,
    )


def _team_sentence(doc: Document, expert: Mention) -> tuple[int, int] | None:
    """The sentence a few before the expert's that names a team, and where the team's word stands in it, where the
    expert's sentence opens with the team."""
    if _OPENS_WITH_THE_TEAM.match(doc.sentences[expert.sent].text) is None:
        return None
    for j in range(expert.sent - 1, max(-1, expert.sent - 1 - _TEAM_REACH), -1):
        team = any_of(team_nouns()).search(doc.sentences[j].text)
        if team is not None:
            return j, team.start()
    return None


# a sentence opening, after a short clause perhaps, with the team or its batch's members (团队由…, 该医疗队…, 这支
# 团队…, 本批队员中…)
_OPENS_WITH_THE_TEAM = re.compile(
    r"^(?:[^，,。；;]{0,12}[，,])?(?:(?:该|这支|此)?(?:团队|医疗队|工作队|专家组)|(?:本批|这批|该批)(?:队员|专家))"
)
# how many sentences back the team may have been formed
_TEAM_REACH = 3


@cache
def _lay_people() -> tuple[str, ...]:
    return read_lines("patient_words.txt") + read_lines("layperson_words.txt")


def _posting(sides: SideModel, expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> Mention | None:
    """Where the sentence says the expert is posted: the receiving hospital or place it names."""
    # a whole province is no posting (对某自治区领导的支持表示感谢); nor a hospital whose people the sentence names
    # (邀请某医院专家远程会诊: where other experts come from)
    actors = [a for a in actors if not followed_by_its_people(sentence.text, sentence.start, a)]
    # (让某县产妇用上…: a place that names its residents or patients is where they live, no posting)
    actors = [
        a
        for a in actors
        if a.label not in PLACE_LABELS or not sentence.text.startswith(_lay_people(), a.end - sentence.start)
    ]
    # (某门诊将延伸到甲镇卫生院: where a service reaches, no one's posting)
    actors = [a for a in actors if not _SPREADING.search(sentence.text, 0, a.start - sentence.start)]
    # (继某院为甲县义诊后，张三率队再赴…: not where the episode the sentence follows on from went)
    episode = sentence.start + earlier_episode_end(sentence.text)
    if expert.start >= episode:
        actors = [a for a in actors if a.start >= episode]
    moved = _moved_to(sides, actors, sentence, expert.end)
    if moved is not None:
        return moved
    recipients = [a for a in actors if sides.side(a) == RECIPIENT and a.label is not Label.PROVINCE]
    hospitals = [a for a in recipients if a.label is Label.HOSPITAL]
    # 赴某某医院: a hospital after the name that is not a donor, though its side may be unknown, before a place
    # (派驻某县人民医院: a county's hospital a word of dispatch names, though its region gives in the article)
    named = [
        a
        for a in actors
        if a.label is Label.HOSPITAL
        and a.start > expert.end
        and _text_before(a, sentence).endswith(_posting_words())
        # (or one a head's post is taken at: 挂任甲医院院长, though it gives to others, a division's hospital to its
        # regiments')
        and (
            sides.side(a) != DONOR
            or _dispatched_to(a, sentence)
            or head_post_taken_at(sentence.text, sentence.start, a)
        )
    ]
    head = _row_head(expert, actors, sentence) or _posted_by_cleft(expert, actors, sentence)
    if head is not None:
        return head
    # (某市卫健委副主任、某县副县长: the county's before its prefecture's, a finer place to work in)
    later = sorted((a for a in recipients if a.start > expert.end), key=lambda a: not gazetteer().is_county(a.region))
    after = [a for a in hospitals if a.start > expert.end] or named or later
    reach = expert.start - len(_title_text(expert, sentence))
    titled = [a for a in actors if a.label is Label.HOSPITAL and reach <= a.start < expert.start]
    # (来到某医院医师张三的诊桌前: where someone comes to the person, the hospital their own)
    if (
        titled
        and _posted_in_title(titled[-1], sentence)
        and not _BESIDE.match(sentence.text, expert.end - sentence.start)
    ):
        return titled[-1]
    return after[0] if after else _nearest(hospitals, expert) or _nearest(recipients, expert)


# (or to each of a list: 延伸到甲镇、乙镇卫生院)
_SPREADING = re.compile(r"(?:延伸|辐射|推广|覆盖|拓展|扩展)[到至](?:[\u4e00-\u9fff]{1,12}?[、和及])*$")
# a place by a person, after their name (某某的诊桌前, 某某面前, 某某身边)
_BESIDE = re.compile(r"的?(?:诊桌|诊台|桌|床)(?:前|旁)|的?(?:面前|身边|跟前)")


def _row_head(expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> Mention | None:
    """某镇卫生院：某某（县人民医院心内科副主任医师）、…: the hospital heading a row, before a colon, where the bracket
    right after the person's name names another hospital, their own: where the row posts them."""
    bracketed = _own_bracket(expert, actors, sentence)
    if bracketed is None:
        return None
    opening = len(sentence.text) - len(sentence.text.lstrip())
    head = next((a for a in actors if a.start == sentence.start + opening), None)
    if head is None or head.label is not Label.HOSPITAL or head.key == bracketed.key or head.end > expert.start:
        return None
    return head if sentence.text.startswith(("：", ":"), head.end - sentence.start) else None


def _posted_by_cleft(expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> Mention | None:
    """首批派驻甲卫生院的是某科医师某某，派驻乙卫生院的是…: the hospital a word of posting takes before 的是, in the
    person's clause, is where they are posted (not one a later clause names)."""
    base = sentence.start
    clause_start = base + clause_bounds(sentence.text, expert.start - base)[0]
    for a in reversed(actors):
        if a.label is not Label.HOSPITAL or a.end > expert.start or a.start < clause_start:
            continue
        if _text_before(a, sentence).endswith(_posting_words()) and _CLEFT.match(sentence.text, a.end - base):
            return a
    return None


_CLEFT = re.compile(r"的(?:[\u4e00-\u9fff]{1,4})?是")


def _dispatched_to(hospital: Mention, sentence: Sentence) -> bool:
    """Whether words of dispatch send people to a county's hospital: right before it (派驻某县人民医院), or right
    after it where 在 stands before (在某县人民医院驻点半年)."""
    if not gazetteer().is_county(hospital.region):
        return False
    before = _text_before(hospital, sentence)
    after = sentence.text[hospital.end - sentence.start :]
    return before.endswith(read_lines("dispatch_words.txt")) or (
        before.endswith("在") and after.startswith(read_lines("dispatch_words.txt"))
    )


def _posted_as_counted(
    doc: Document, sides: SideModel, expert: Mention, experts: Sequence[Mention], actors_by_sent
) -> Mention | None:
    """The hospital a clause counting the people listed before it posts them at (甲医院有张三、李四；乙医院有王五，
    这三个人都在某县人民医院): in the expert's sentence after the name, or the next where the list goes on across a
    semicolon, or a later sentence that lists the person again by name alone (根据安排，张三、李四、王五3人在某县
    人民医院开展工作), or one of the next few that counts as many people as the expert's sentence names (这5名专家
    是…在某县人民医院挂职的)."""
    sentences = doc.sentences
    for j in (expert.sent, expert.sent + 1):
        goes_on = j == expert.sent or sentences[j - 1].text.rstrip().endswith(("；", ";"))
        if j >= len(sentences) or not goes_on:
            break
        if found := _counted_at(sentences[j], max(0, expert.end - sentences[j].start), actors_by_sent[j]):
            return found
    for j in range(expert.sent + 1, len(sentences)):
        named = sentences[j].text.find(expert.surface)
        if named >= 0 and (found := _counted_at(sentences[j], named + len(expert.surface), actors_by_sent[j])):
            return found
    listed = len({e.surface for e in experts if e.sent == expert.sent})
    breaks = 0  # (in the expert's paragraph or the next)
    for j in range(expert.sent + 1, len(sentences)):
        breaks += "\n" in doc.text[sentences[j - 1].end : sentences[j].start]
        if breaks > 1:
            break
        these = _THESE_COUNTED.search(sentences[j].text)
        if these is None or count_in_words(these.group("count")) != listed:
            continue
        sentence = sentences[j]
        return next(
            (
                a
                for a in actors_by_sent[j]
                if a.label is Label.HOSPITAL
                and a.start >= sentence.start + these.end()
                and sides.side(a) != DONOR
                and _text_before(a, sentence).endswith(_posting_words())
            ),
            None,
        )
    return None


# 这5名专家, 上述三位医生: a later sentence counting the people listed before
_THESE_COUNTED = re.compile(
    r"(?:这|以上|上述)(?P<count>[\d一二三四五六七八九十两]+)(?:名|位|个)(?:专家|队员|医生|医师|医务人员|医疗人才|人)"
)


def _counted_at(sentence: Sentence, start: int, actors: Sequence[Mention]) -> Mention | None:
    """The hospital where a count after ``start`` posts the people listed before it."""
    counted = _COUNTED_POSTING.search(sentence.text, start)
    # (a count right after the list's last name counts the list the name is in, its clause unbroken)
    if counted is None or not counted.group("these") and _LIST_BREAK.search(sentence.text, start, counted.start()):
        return None
    at = sentence.start + counted.end()
    return next((a for a in actors if a.label is Label.HOSPITAL and a.start == at), None)


# 这六个人都在|某县人民医院, 以上5名专家均派驻|某院: a clause counting the people listed before it, where they are
# (or the count right after the list: 张三、李四、王五3人在|某县人民医院开展工作)
_COUNTED_POSTING = re.compile(
    r"(?:(?P<these>这|以上|上述)|(?<=[\u4e00-\u9fff]))[\d一二三四五六七八九十两]+"
    r"(?:个人|位专家|名专家|名队员|人|名|位)(?:都|均|全部|全都)?(?:派驻到|派驻在|派驻|前往|在|驻|到)"
)
_LIST_BREAK = re.compile(r"[，,。；;：:]")


def _posted_in_paragraph(doc: Document, sides: SideModel, expert: Mention, actors_by_sent) -> Mention | None:
    """The one receiving hospital the paragraph names before a sentence that names none (某医院派专家常驻
    某县医院。首批专家包括…), or the receiving place a roster's group is named for (（某县组）, the hospital there
    the article pairs with); the article's receiving place alone is too loose a guess: it was tried and added
    wrong postings."""

    def receivers(j: int) -> dict[str, Mention]:
        group = _GROUP_HEADING.fullmatch(doc.sentences[j].text.strip()) is not None
        return {
            a.key: a
            for a in actors_by_sent[j]
            if (a.label is Label.HOSPITAL or (group and a.label in PLACE_LABELS)) and sides.side(a) == RECIPIENT
        }

    hospitals = _found_above(doc, expert.sent, receivers)
    return next(iter(hospitals.values())) if hospitals and len(hospitals) == 1 else None


_Found = list[Mention] | dict[str, Mention]


def _found_above(doc: Document, sent: int, find: Callable[[int], _Found]) -> _Found | None:
    """What ``find`` finds in the nearest sentence before ``sent`` that has any: within its paragraph, or across
    lines in a numbered list item's heading line (二、某县人民医院（某市）), which heads the lines under it up to a
    blank line (the lines between naming what they will)."""
    crossed = False
    led = False  # (in the paragraph of the lead the list hangs from: 托管后，某某挂任某院院长…。目前在岗的专家有：)
    for j in range(sent - 1, -1, -1):
        gap = doc.text[doc.sentences[j].end : doc.sentences[j + 1].start]
        # (a lead ending in a colon heads the list after it, across a blank line too: 现将…公布如下：; so does a
        # heading over a blank line and a table's header: 一、甲医院—乙医院, a blank line, 姓名|科室|…)
        line = doc.sentences[j].text
        blank = gap.count("\n") > 1
        # (or a lead naming the others of a team, over the paragraph that names the first: 队长某某…挂职某院副院长。/
        # 医疗队其他5名队员分别是：)
        others = blank and _leads(doc.sentences[j + 1].text) and _OTHERS_OF_THE_TEAM.search(doc.sentences[j + 1].text)
        if (
            blank
            and not others
            and not _leads(line)
            and not (_heads_lines(line) and labels_names(doc.sentences[j + 1].text))
        ):
            return None
        crossed = crossed or "\n" in gap
        led = (led and "\n" not in gap) or (crossed and _leads(line)) or bool(others)
        found = find(j)
        if found:
            heads = _heads_lines(line) or _leads(line)
            if not crossed or heads or led:
                return found
            # (a line of the list above, not its heading: the heading above it heads this line too: 一、甲医院—乙
            # 医院 / 队长：张三（拟任乙医院院长） / 队员：李四)
        if blank and not _leads(line) and not others:
            return None
    return None


_OTHERS_OF_THE_TEAM = re.compile(r"(?:其他|其余|另外)[\d一二两三四五六七八九十]*名?(?:队员|成员|专家)")


def _leads(sentence: str) -> bool:
    """Whether a sentence ends in a colon, leading the lines after it (现将我院专家坐诊时间公布如下：)."""
    return sentence.rstrip().endswith(("：", ":"))


def _heads_lines(line: str) -> bool:
    """Whether a line is a short heading: a numbered list item's (二、某县人民医院（某市）), one in black brackets
    (【某县人民医院 × 某医院】), or one that says where the people below are posted (派驻某县人民医院), after a bullet
    perhaps (▍某县人民医院)."""
    line = _BULLET_MARK.sub("", line.strip())
    return (
        (
            LIST_ITEM.match(line) is not None
            or line.startswith(_posting_words())
            or (line.startswith("【") and line.endswith("】"))
            or _GROUP_HEADING.fullmatch(line) is not None
            or _HOSPITAL_HEADING.fullmatch(line) is not None
        )
        and len(line) <= _HEADING_LENGTH
        and not line.endswith(("。", "；"))
    )


_HEADING_LENGTH = 40
# a mark that opens a line as a bullet does (▍, ■, ★), not a bracket
_BULLET_MARK = re.compile(r"^[^\w\s（(【\[]{1,3}\s*")
# a line that is a hospital's name alone, perhaps with an aside on who sends its people (某县人民医院（某医院派驻）),
# or two hospitals' names joined by a dash, an arrow or a bar (甲医院——乙医院, 甲医院→乙医院, 乙医院｜甲医院)
_HOSPITAL_NAME = rf"[\u4e00-\u9fff]{{2,24}}?(?:{INSTITUTION_ENDING.pattern}|分院)"
_HOSPITAL_HEADING = re.compile(
    rf"{_HOSPITAL_NAME}(?:\s*(?:—{{1,2}}|－{{1,2}}|-{{1,2}}|→|->|⇒|[｜|/／×])\s*{_HOSPITAL_NAME})?"
    r"(?:[（(][^（）()]{2,20}[)）])?[:：]?"
)
# a roster's group, by the place or hospital it goes to: （某县组）, 某县分队：, 【某院小组】
_GROUP_HEADING = re.compile(r"[（(【]?[\u4e00-\u9fff]{2,16}?(?:小组|分队|组)[)）】]?[:：]?")


def _posted_by_pronoun(
    doc: Document, sides: SideModel, expert: Mention, experts: Sequence[Mention], actors_by_sent
) -> Mention | None:
    """The hospital the paragraph's next sentence, about the expert by a pronoun, with no subject or as a label of
    where the person works, and naming no other person, says they work at (某医院骨科主任医师张三第一次来到某地。此后，
    他在某县人民医院工作了四年; 1．张三，某医院骨科副主任医师。坐诊地点：某县人民医院)."""
    j = expert.sent + 1
    if j < len(doc.sentences) and "\n" in doc.text[doc.sentences[j - 1].end : doc.sentences[j].start]:
        j = _after_the_roster(doc, expert, experts)
    if j >= len(doc.sentences):
        return None
    sentence = doc.sentences[j]
    pronoun = _pronoun().match(sentence.text)
    if pronoun is None or any(e.sent == j for e in experts):
        return None
    moved = _moved_to(sides, actors_by_sent[j], sentence, sentence.start + pronoun.end())
    if moved is not None:
        return moved
    return next(
        (
            a
            for a in actors_by_sent[j]
            if a.label is Label.HOSPITAL
            and a.start - sentence.start >= pronoun.end()
            and sides.side(a) != DONOR
            and (
                _text_before(a, sentence).endswith(_posting_words())
                # (任某县人民医院副院长, in a sentence with no subject: the post the person took there)
                or (pronoun.group("bare") is not None and _text_before(a, sentence).endswith(_TAKING_A_POST))
                or (pronoun.group("label") is not None and a.start - sentence.start == pronoun.end())
                # (她所在的某县人民医院: where she is)
                or _WHERE_ONE_IS.fullmatch(sentence.text, pronoun.end(), a.start - sentence.start) is not None
            )
        ),
        None,
    )


def _after_the_roster(doc: Document, expert: Mention, experts: Sequence[Mention]) -> int:
    """The sentence after a roster of one person a line (本批队员名单： / 张三　心内科 / 李四　儿科), where the person
    is a row of it, for 他们 opening the paragraph after it (他们奔赴某市人民医院); past the end where there is none."""
    sentences, rows = doc.sentences, {e.sent for e in experts}
    last = expert.sent
    while last + 1 in rows and "\n" in doc.text[sentences[last].end : sentences[last + 1].start]:
        last += 1
    after = last + 1
    if after < len(sentences) and _PLURAL_OPENING.match(sentences[after].text):
        return after
    return len(sentences)


# 他们 opening a sentence, after a clause or two of time perhaps (一年前，他们作为…成员，奔赴…)
_PLURAL = r"^(?:[^，,。；;]{0,10}[，,]){0,2}\s*(?:他们|她们)"
_PLURAL_OPENING = re.compile(_PLURAL)


def _posted_by_label_above(doc: Document, sides: SideModel, expert: Mention, actors_by_sent) -> Mention | None:
    """地点：某镇卫生院 / 专家：张三　某医院　内科: the hospital a labelled line right above the expert's, in the same
    block, names as where the person sits (a schedule's entries)."""
    j = expert.sent - 1
    if j < 0 or doc.text.count("\n", doc.sentences[j].end, doc.sentences[expert.sent].start) != 1:
        return None
    sentence = doc.sentences[j]
    label = _PLACE_LABEL.match(sentence.text)
    if label is None:
        return None
    return next(
        (
            a
            for a in actors_by_sent[j]
            if a.label is Label.HOSPITAL and a.start - sentence.start == label.end() and sides.side(a) != DONOR
        ),
        None,
    )


# a line's label of where people sit or work (地点：, 坐诊地点：, 驻点单位：), one definition for the line above an
# expert's and the line after (_pronoun)
_WORK_WORDS = "坐诊|驻点|派驻|工作|帮扶"
_WORK_PLACE = r"(?:地点|单位|医院)\s*[:：]\s*"
_PLACE_LABEL = re.compile(rf"\s*(?:{_WORK_WORDS})?{_WORK_PLACE}")


def _posted_on_card(doc: Document, sides: SideModel, expert: Mention, actors_by_sent) -> Mention | None:
    """▍张三 / 某医院骨科医师。他被派驻到某县医院 / 此次援藏任某医院院长: for a card's name, the first receiving
    hospital a word of posting or a post puts the person at in the card's sentences (up to a blank line)."""
    sentences = doc.sentences
    at = sentences[expert.sent]
    last = len(sentences) - 1
    if bracketed_card(doc.text, at.start, at.end):
        first = expert.sent  # (【张三】某医院某科医师，任某院…: the card is on the name's line)
    elif opens_a_card(doc.text, at.start, at.end):
        first = expert.sent + 1
    elif _entry_goes_on(doc, expert):
        first = last = expert.sent + 1  # (张三　某医院 / 　　心内科　主任医师，挂任某院副院长: its second line)
    else:
        return None
    words = _posting_words() + post_verbs() + ("任",)
    for j in range(first, last + 1):
        if j > first and doc.text.count("\n", sentences[j - 1].end, sentences[j].start) > 1:
            return None
        sentence = sentences[j]
        for a in actors_by_sent[j]:
            # (or its field labelled by the word: 派驻：某县人民医院, 驻点单位：某卫生院)
            before = _FIELD_KIND.sub("", _text_before(a, sentence, 8).rstrip(" \u3000:："))
            if a.label is Label.HOSPITAL and sides.side(a) != DONOR and before.endswith(words):
                return a
    return None


# what a field's label names after its word of posting (驻点单位, 派驻医院, 帮扶地点)
_FIELD_KIND = re.compile(r"(?:单位|医院|地点|机构)$")


def _entry_goes_on(doc: Document, expert: Mention) -> bool:
    """Whether a roster's entry that opens its line with the person's name (张三　某医院) goes on on the next line,
    which opens with the person's department before a gap (　　心内科　主任医师…)."""
    sentences = doc.sentences
    at = sentences[expert.sent]
    if expert.start != at.start or expert.sent + 1 >= len(sentences):
        return False
    following = sentences[expert.sent + 1]
    return doc.text.count("\n", at.end, following.start) == 1 and _DEPARTMENT_CELL.match(following.text) is not None


# a department's name opening a line, a gap after it (心血管内科　主任医师)
_DEPARTMENT_CELL = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:科|部)[\u3000\t ]")


# the verbs of taking a post right before a hospital (任某院副院长, 挂任某院院长)
_TAKING_A_POST = ("任",)
# what stands between a pronoun and the hospital where the person is (她所在的某县人民医院)
_WHERE_ONE_IS = re.compile("所在的?")


@cache
def _pronoun() -> re.Pattern:
    """A pronoun opening a sentence for one person (people.PRONOUN_OPENING); or a sentence with no subject that opens,
    after its date and perhaps the programme the person went with, with a verb of posting or of taking a post (a
    profile's next sentence: 某某，女，某医院副主任医师。2023年1月派驻…; 第五批援疆，任某县人民医院副院长)."""
    programme = "|".join(map(re.escape, sorted(pairing_words(), key=len, reverse=True)))
    posts = "|".join(map(re.escape, read_lines("post_verbs.txt")))
    return re.compile(
        # (or the plural, about all the sentence before names: 2021年12月起，他们常驻某医院)
        rf"(?:{PRONOUN_OPENING})|{_PLURAL}|^(?:\d{{4}}年)?(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?起?[，,]?"
        rf"(?P<bare>(?:[^，,。；;]{{0,12}}?(?:{programme})[”\"」]?[，,])?)(?=派驻|进驻|支援|赴|前往|{posts}|任)"
        # (or a roster item's label of where the person works: 坐诊地点：某县人民医院)
        rf"|^(?P<label>(?:{_WORK_WORDS}){_WORK_PLACE})"
    )


def _title_text(expert: Mention, sentence: Sentence) -> str:
    """The text before a name that its title belongs to: back to the clause's start, or to the list comma after
    another person's name that opens a title of its own institution (甲院院长某某、乙院院长某某: the second's
    title is 乙院院长; not 甲院副院长、乙院院长某某, one person's titles)."""
    at = expert.start - sentence.start
    before = sentence.text[max(0, at - TITLE_REACH) : at]
    # 甲院内科主治医师乙、外科主治医师丙、儿科医师丁: a list of titled names goes on from the clause's start, past the
    # reach, where the list's items hold no clause's end
    if at > TITLE_REACH and "、" in before and not _CLAUSE_END.search(before):
        before = sentence.text[max(0, at - _TITLED_LIST_REACH) : at]
    # 某县人民医院　张三　某医院骨科主治医师: a row whose cell after the name (past cells of who the person is:
    # 某县人民医院  张三  男  某医院) gives the person's own hospital; the hospital's cell before it is where the row
    # posts them, no title of theirs
    row = _HOSPITAL_CELL_BEFORE.search(before) is not None
    if row and _own_hospital_cell_after(sentence.text, at, expert.end - sentence.start):
        return ""
    cuts = [m.end() for m in _CLAUSE_END.finditer(before)]
    # 支援甲院和乙院：产科主任医师某某: a colon before a title of the person's own ends what the lead said
    cuts += [m.end() for m in _COLON.finditer(before) if role_words().occurs_in(before[m.end() :])]
    cuts += [
        m.end()
        for m in _LIST_COMMA.finditer(before)
        if (_TITLED_BY.search(before, m.end()) and not before[: m.start()].endswith(_title_words()))
        # (甲（挂任某院副院长）、内科医师乙: a list's entry before, closed by its aside, ends there; not a photo's
        # positions, which a list of one title shares: 护士甲（左一）、乙（左二）)
        or (before[: m.start()].endswith(("）", ")")) and not _POSITION_ASIDE.search(before, 0, m.start()))
    ]
    # 我院医生甲是乙的徒弟: a titled name and its copula before this name say what another person is
    cuts += _after_another_said(before)
    # 甲与某院医师乙、丙与丁分别结为师徒: in a list of pairs the entry before the comma is another pair, no title of
    # this one's
    if _PAIRED_WITH.match(sentence.text, expert.end - sentence.start):
        cuts += [m.end() for m in _LIST_COMMA.finditer(before) if _PAIRED_WITH.search(before, 0, m.start())]
    return before[max(cuts) :] if cuts else before


_PAIRED_WITH = re.compile("[与和同]")


def _after_another_said(before: str) -> list[int]:
    """Where a title, a name of a known family name and 是 end in ``before`` (医生甲是|): what follows is said of
    that person, no title of the next name."""
    if "是" not in before:
        return []
    out = []
    for _, end, _ in role_words().find(before):
        said = _NAME_AND_COPULA.match(before, end)
        if said and (said.group(1)[0] in surnames() or said.group(1)[:2] in surnames()):
            out.append(said.end())
    return out


_NAME_AND_COPULA = re.compile(r"([\u4e00-\u9fff]{2,3}?)是")
# a cell of who the person is (男, 35岁, 藏族, 中共党员)
_PERSON_CELL = re.compile(PROFILE_FIELD)


def _own_hospital_cell_after(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a row's cell of its own whose next cell, past cells of who the person is, names a
    hospital (某县人民医院  张三  男  某医院  骨科)."""
    spans = cell_spans(text)
    at = next((k for k, span in enumerate(spans) if span == (start, end)), None)
    if at is None or len(spans) < 3:
        return False
    rest = [text[a:b] for a, b in spans[at + 1 :]]
    cell = next((c for c in rest if not _PERSON_CELL.fullmatch(c)), "")
    return INSTITUTION_ENDING.search(cell) is not None


# a row's cell ending with an institution's ending, then the break before the next cell (spaces, a tab, a bar)
_HOSPITAL_CELL_BEFORE = re.compile(rf"(?:医院|卫生院|保健院)[\s{CELL_BREAKS}]+$")


def _whole_title(expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> str:
    """The title before a name, from the start of a party's name its reach cut (…|县人民医院的专家为：), so that no
    cut name reads as a hospital the article does not place."""
    title = _title_text(expert, sentence)
    reach = expert.start - len(title)
    start = min((a.start for a in actors if a.start < reach < a.end), default=reach)
    return sentence.text[start - sentence.start : expert.start - sentence.start]


@cache
def _title_words() -> tuple[str, ...]:
    return tuple(role_words().words)


_LIST_COMMA = re.compile("、")
_COLON = re.compile("[:：]")


def _profiled_hospital(expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> Mention | None:
    """某某，某医院院长 / 3｜某某｜某医院｜主任医师 / 某某，女，某医院主任医师: the hospital a profile or a roster's
    row gives right after a name that opens it (a row's number and the person's cells aside)."""
    profiled = _PROFILED.match(sentence.text, expert.end - sentence.start)
    # (a label's colon before the name opens the profile all the same: 巡回护士：某某，某县人民医院手术室)
    title = _title_text(expert, sentence)
    if profiled is None or title[max(title.rfind("："), title.rfind(":")) + 1 :].strip(_ROW_NUMBER):
        return None
    first = next((a for a in actors if a.label is Label.HOSPITAL and a.start >= expert.end), None)
    # (某某，男，麻醉科，主治医师，派驻某院: where the row posts the person, not their own hospital)
    if first is None or _posted_in_title(first, sentence):
        return None
    # 张三：某医院底子相对好一些 (a speaker's label): after a colon, only a hospital the person's title follows
    title_after = sentence.text[first.end - sentence.start : first.end - sentence.start + _TITLE_REACH]
    spoken = ":" in profiled.group(0) or "：" in profiled.group(0)
    if spoken and not role_words().occurs_in(title_after):
        return None
    # 某某，女，藏族，中共党员，某医院副主任医师: cells of the person (sex, people, party) may come first
    if first.start - expert.end <= len(profiled.group(0)) + 2 or _PROFILE_CELL.match(sentence.text, profiled.start()):
        return first
    return None


# how far after a hospital a person's title may end (某医院心血管内科副主任医师)
_TITLE_REACH = 12


# (the first cell after the name: sex, age, party, people)
_PROFILE_CELL = re.compile(rf"\s*[,，]\s*(?:{PROFILE_FIELD})\s*[,，]")


def _own_hospital(expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> Mention | None:
    """The hospital written in the person's title (某某医院心内科主任张三), if any.

    Not one the title only leads from (某某医院院长与我院队员张三): a party word between them ends it."""
    reach = expert.start - len(_title_text(expert, sentence))
    before = _hospitals_in_title(expert, actors, reach)
    if not before:
        return None
    # (the short name a bracket declares for the hospital before it is that hospital: 某县人民医院（以下简称“某县
    # 医院”）院长张三)
    if len(before) > 1:
        declared_from = before[-2].end - sentence.start
        if before[-1].end - sentence.start <= declared_from + declared_short_name(sentence.text, declared_from):
            before = before[:-1]
    gap_start = before[-1].end - sentence.start
    # (某县人民医院（下称“某医”）院长张三: the hospital's declared short name is no break)
    gap = sentence.text[gap_start + declared_short_name(sentence.text, gap_start) : expert.start - sentence.start]
    # (乙医院由普外科主任医师张三负责, 乙医院此次迎来主任医师张三: the hospital receives the person)
    if _PARTY_BREAK.search(gap) or _RECEIVES_THEM.match(gap):
        return None
    # (县医院选派张三到甲卫生院、李四到乙卫生院: where the list's item before is posted)
    if gap.startswith("、") and _text_before(before[-1], sentence).endswith(_posting_words()):
        return None
    # (甲医院向乙卫生院派驻医师张三: where the person is sent, not their own)
    if _dispatched_to_before(expert, actors, sentence) is before[-1]:
        return None
    if _posted_in_title(before[-1], sentence):
        # 甲院派驻乙院的医师张三: the hospital right before the sending word sends the person
        sender = before[-2] if len(before) > 1 else None
        between = sentence.text[sender.end - sentence.start : before[-1].start - sentence.start] if sender else ""
        return sender if sender and between.endswith(_SENT_TO) and len(between) <= 3 else None
    return before[-1]


def _posted_in_title(hospital: Mention, sentence: Sentence) -> bool:
    """某院派驻某县医院的医师张三: a hospital after a sending word in a title is where the person is posted (or after
    a receiving side's label in a row: 张三，男，神经内科主任医师，受援单位：某县人民医院)."""
    before = _text_before(hospital, sentence, 3)
    return (
        before.endswith(_SENT_TO)
        or before.endswith("任")
        and not before.endswith(_HELD)
        or side_labelled_before(_text_before(hospital, sentence, _LONGEST_LABEL)) == RECIPIENT
    )


# a label, its colon and a space
_LONGEST_LABEL = 10


# words before the hospital a person is sent to, in their title (某院派驻某县医院的医师; 赴某县医院的医疗队由…带队)
_SENT_TO = ("派驻", "派往", "驻", "驻点", "驻守", "进驻", "挂职", "挂任", "拟任", "赴", "前往", "来到")
# (or a post taken there: 张三（妇产科），任某县人民医院妇产科主任; not one held, 现任某县人民医院副院长)
_HELD = ("现任", "原任", "曾任", "历任", "时任", "兼任")


def _bracket_after(expert: Mention, sentence: Sentence) -> int:
    """Where in the sentence a bracket right after the name opens (张三（, or past a form of address: 张三同志（),
    else -1."""
    at = expert.end - sentence.start
    if not sentence.text.startswith(_BRACKET_OPEN, at):
        at = next((at + end for start, end, _ in role_words().find(sentence.text[at : at + 4]) if start == 0), at)
    return at if sentence.text.startswith(_BRACKET_OPEN, at) else -1


def _bracketed_hospital(expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> Mention | None:
    at = _bracket_after(expert, sentence)
    if at < 0:
        return None
    close = min((i for i in (sentence.text.find(")", at), sentence.text.find("）", at)) if i >= 0), default=-1)
    if close < 0:
        return None
    end = sentence.start + close
    inside = [a for a in actors if a.label is Label.HOSPITAL and expert.end < a.start and a.end <= end]
    return inside[0] if inside else None


def _own_bracket(expert: Mention, actors: Sequence[Mention], sentence: Sentence) -> Mention | None:
    """The hospital that opens a bracket right after the name (某某（某医院骨科副主任医师）): the person's own."""
    bracketed = _bracketed_hospital(expert, actors, sentence)
    return (
        bracketed
        if bracketed is not None and bracketed.start == sentence.start + _bracket_after(expert, sentence) + 1
        else None
    )


def _hospitals_in_title(expert: Mention, actors: Sequence[Mention], reach: int) -> list[Mention]:
    """The hospitals written in the person's title, from ``reach`` up to the name."""
    return [a for a in actors if a.label is Label.HOSPITAL and reach <= a.start and a.end <= expert.start]


def _closes_bracket(sentence: Sentence, at: int) -> bool:
    """Whether a bracket closes at ``at`` of the document."""
    return sentence.text[at - sentence.start : at - sentence.start + 1] in ("）", ")")


def _unresolved_hospital(title: str) -> str:
    """The hospital a title names (青禾镇卫生院院长 -> 青禾镇卫生院) when no recognised actor covers it, else ''.

    Called only where no actor was found in the title."""
    ends = [m.end() for m in INSTITUTION_ENDING.finditer(title)]
    if not ends:
        return ""
    written = title[: ends[-1]]
    for word in _PARTY_WORDS:
        written = written.rsplit(word, 1)[-1]
    # 该院/我院: the article's own hospital, which the main actors stand for
    return written if len(written) >= 4 and not any(w in written for w in _ANAPHORA) else ""


def _text_before(actor: Mention, sentence: Sentence, chars: int = 4) -> str:
    """The few characters of the sentence right before a mention."""
    at = actor.start - sentence.start
    return sentence.text[max(0, at - chars) : at]


def _moved_to(sides: SideModel, actors: Sequence[Mention], sentence: Sentence, after: int) -> Mention | None:
    """The hospital after ``after`` that a word of moving sends the person to (起初在甲院，后调整到乙院)."""
    if not _moving().search(sentence.text):  # cheap: most sentences move no one
        return None
    moving = read_lines("moving_words.txt")
    return next(
        (
            a
            for a in actors
            if a.label is Label.HOSPITAL
            and a.start >= after
            and sides.side(a) != DONOR
            and _text_before(a, sentence).endswith(moving)
        ),
        None,
    )


@cache
def _moving() -> re.Pattern:
    return any_of(read_lines("moving_words.txt"))


@cache
def _posting_words() -> tuple[str, ...]:
    return read_lines("posting_words.txt")


_OUR_DEPARTMENT = re.compile(r"我们[\u4e00-\u9fff]{0,6}?科里?的")


def _local_words() -> tuple[str, ...]:
    return read_lines("local_staff_words.txt")


def _local_title(title: str) -> bool:
    """Whether words before a name make the person local staff (本地医生, 院里的医生); not words that hold a plural,
    the subject of what the sentence says of the person (院里的护士们都管某某叫…)."""
    return "们" not in title and any(word in title for word in _local_words())


def _local_origin_words() -> tuple[str, ...]:
    return read_lines("local_origin_words.txt")


def _from_the_giving_side(sides: SideModel, expert: Mention, actors: Sequence[Mention], title: str) -> bool:
    """Whether the title says the person comes from a place or party of the giving side (来自某地的医生某某)."""
    came = title.rfind("来自")
    if came < 0:
        return False
    reach = expert.start - len(title) + came
    return any(reach < a.start and a.end <= expert.start and sides.side(a) == DONOR for a in actors)


@cache
def _minority_people() -> re.Pattern:
    """A minority people's name not in an autonomous place's name (广西壮族自治区, 某布依族苗族自治州)."""
    groups = sorted((g for g in read_lines("ethnic_groups.txt") if g != "汉族"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(groups)})++(?!自治)")


def _inside(place: Mention, name: Mention) -> bool:
    """Whether a place's name lies within a person's name (刘|长春)."""
    return place.label in PLACE_LABELS and name.start <= place.start and place.end <= name.end


def _nearest(candidates: list[Mention], anchor: Mention) -> Mention | None:
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs(c.start - anchor.start))
