"""A document with the spans its recognisers found: institutions, places, aid words, and the side of each actor.

The relation rules (pairing, experts, founding) read this and nothing else, so every recogniser runs once per
document and every rule sees the same actors.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from graphaid.documents import Document, Sentence
from graphaid.extract.abroad import aid_abroad_named, countries_named, country_in_clause
from graphaid.extract.coref import back_reference_words, complete_references
from graphaid.extract.departments import is_unit_name
from graphaid.extract.items import items_without_aid
from graphaid.extract.mentions import Mention
from graphaid.extract.orgs import find_orgs, is_township_centre, over_its_township
from graphaid.extract.place_actors import (
    a_past_station,
    find_place_actors,
    in_a_past_episode,
    names_the_scene,
    past_and_referral,
    went_to_learn_at,
)
from graphaid.extract.place_references import place_references
from graphaid.extract.sides import (
    DONOR,
    LABEL_WEIGHT,
    RECIPIENT,
    SideModel,
    Trigger,
    find_triggers,
    in_another_fields_clause,
    of_another_field,
    of_another_field_named,
    of_another_field_only,
    pairing_words,
    party_groups,
)
from graphaid.extract.tables import opens_a_side_label, read_tables
from graphaid.lexicon import read_lines
from graphaid.model import Label
from graphaid.places import gazetteer


@dataclass(slots=True)
class Article:
    doc: Document
    orgs: list[Mention]
    places: list[Mention]
    actors_by_sent: list[list[Mention]]  # institutions and places of each sentence, in text order
    triggers_by_sent: list[list[Trigger]]
    aid_sents: list[int]  # sentences with an aid word
    sides: SideModel
    main: MainActors
    # an article on a team sent abroad that states no act of aid at home (its members' hospitals, where they came
    # back to, are no parties)
    abroad_only: bool = False
    # the sentences that head a table labelling its columns by side, and the (giver, receiver) of each row
    table_headers: set[int] = field(default_factory=set)
    table_rows: dict[int, tuple[Mention, Mention]] = field(default_factory=dict)
    # whether each sentence tells of aid to another field and of no health care (援疆教师在当地学校任教)
    other_field: list[bool] = field(default_factory=list)
    # the sentences of a round-up's items that tell of no aid (a conference, an award beside the aid's item)
    quiet: frozenset[int] = frozenset()
    # the institutions the article names only as where people went to learn or for care: no parties
    learned_at: frozenset[str] = frozenset()

    @property
    def sentences(self) -> list[Sentence]:
        return self.doc.sentences

    def side(self, actor: Mention) -> int:
        return self.sides.side(actor)


def annotate(doc: Document) -> Article:
    """Run the recognisers over a document and settle who gives and who receives."""
    text, sentences = doc.text, doc.sentences
    # an institution of someone's past or a patient's referral is no party, nor what a short name stands for
    found = [find_orgs(text, s.start, s.end, i) for i, s in enumerate(sentences)]
    orgs_by_sent = [_inside_the_aid(text, orgs, s.start) for orgs, s in zip(found, sentences, strict=True)]
    places_by_sent = _parties(doc, find_place_actors(doc, orgs_by_sent, found))
    places_by_sent = _with_place_references(doc, places_by_sent, orgs_by_sent)
    before = {m.region for ms in places_by_sent for m in ms} | {o.region for ms in orgs_by_sent for o in ms}
    orgs = complete_references(doc, [m for ms in orgs_by_sent for m in ms], places_by_sent)
    # (nor is a short name read inside such an institution's: 转诊至某市|中心医院 names no 中心医院 of the aid)
    kept_ids = {id(m) for ms in orgs_by_sent for m in ms}
    left_out = [(m.start, m.end) for ms in found for m in ms if id(m) not in kept_ids]
    if left_out:
        orgs = [o for o in orgs if not any(a <= o.start and o.end <= b for a, b in left_out)]
    places_by_sent = _completed_places(doc, orgs, places_by_sent, orgs_by_sent, before)
    orgs_by_sent = [[] for _ in sentences]
    kept, learned_at = _learning_elsewhere_only(doc, orgs)
    for org in kept:
        orgs_by_sent[org.sent].append(org)
    # (nor a place that opens a side's label: 某省支援单位｜某州受援单位)
    actors_by_sent = [
        [
            a
            for a in _inside_the_aid(text, sorted(o + p, key=lambda m: m.start))
            if not opens_a_side_label(s.text, s.start, a)
        ]
        for o, p, s in zip(orgs_by_sent, places_by_sent, sentences, strict=True)
    ]
    # a sentence about aid of another field (援疆教师, 援建的产业园) states no medical aid, nor votes for sides; nor
    # does any sentence of an article on such aid alone
    other_field = [of_another_field(s.text) for s in sentences]
    medical = [not other for other in other_field] if not of_another_field_only(text) else [False] * len(sentences)
    triggers_by_sent = [
        find_triggers(s.text, s.start) if keep else [] for s, keep in zip(sentences, medical, strict=True)
    ]
    countries = countries_named(text)
    triggers_by_sent = [
        _at_home_and_medical(s, ts, countries) if ts else ts for s, ts in zip(sentences, triggers_by_sent, strict=True)
    ]
    aid_sents = [i for i, t in enumerate(triggers_by_sent) if t]

    sides = SideModel(text)
    for i in aid_sents:
        s = sentences[i]
        for actors, triggers in party_groups(s.text, s.start, actors_by_sent[i], triggers_by_sent[i]):
            sides.vote_sentence(s.text, s.start, actors, triggers)
    for s, actors, keep in zip(sentences, actors_by_sent, medical, strict=True):
        if keep:
            sides.vote_slogans(s.text)
        sides.vote_labels(s.text, s.start, actors)
    # 序号 派出单位 受援单位: a table's header labels the side of each row's parties
    headers, rows = read_tables(sentences, actors_by_sent)
    for giver, receiver in rows.values():
        sides.vote(giver.region, LABEL_WEIGHT * DONOR)
        sides.vote(receiver.region, LABEL_WEIGHT * RECIPIENT)
    sides.settle([a for ms in actors_by_sent for a in ms])
    if aid_sents:
        hospitals = list({a.key: a for ms in actors_by_sent for a in ms if a.label is Label.HOSPITAL}.values())
        towns = [a for a in hospitals if is_township_centre(a)]
        sides.rank_within_counties([(u, c) for u in hospitals for c in towns if over_its_township(u, c)])
    places = [a for ms in places_by_sent for a in ms]
    main = MainActors(sides, actors_by_sent, aid_sents)
    abroad_only = (
        bool(countries)
        and aid_abroad_named(text, countries)
        and not any(t.kind == "active" for ts in triggers_by_sent for t in ts)
    )
    return Article(
        doc,
        orgs,
        places,
        actors_by_sent,
        triggers_by_sent,
        aid_sents,
        sides,
        main,
        abroad_only,
        headers,
        rows,
        other_field,
        items_without_aid(text, sentences, aid_sents),
        learned_at,
    )


def _at_home_and_medical(
    sentence: Sentence, triggers: list[Trigger], countries: tuple[tuple[int, int], ...]
) -> list[Trigger]:
    """The aid words of a sentence that state medical aid at home: not cooperation alone (该院还与甲医院建立了远程会诊
    合作关系, naming no word of pairing), not what a clause about another field alone says was built (这栋教学楼是
    某省援建的，与县人民医院只隔一条街), not aid in a country abroad (在某国开展医疗援助)."""
    text = sentence.text
    if all(t.word in read_lines("cooperation_words.txt") for t in triggers) and not any(
        w in text for w in pairing_words()
    ):
        return []
    if of_another_field_named(text):
        triggers = [
            t for t in triggers if t.word != "援建" or not in_another_fields_clause(text, t.start - sentence.start)
        ]
    if countries:
        triggers = [t for t in triggers if not country_in_clause(sentence, t.start, countries)]
    return triggers


def _learning_elsewhere_only(doc: Document, orgs: list[Mention]) -> tuple[list[Mention], frozenset[str]]:
    """The institutions' mentions, without those that name where people went to learn or for care (选派医生分批到
    甲医院、乙医院进修学习), nor any mention of an institution named only so (该院 resolved to it is no name):
    a hospital the article names as a party elsewhere (the giver that trains them) keeps its other mentions. And
    the keys of the institutions named only so."""
    learning = [went_to_learn_at(doc, o) for o in orgs]
    # (该院, which the text resolves to the hospital named last, names no party: a name does)
    references = {*back_reference_words(), "医院"}
    written = [doc.text[o.start : o.end] not in references for o in orgs]
    named = {o.key for o, learns, w in zip(orgs, learning, written, strict=True) if not learns and w}
    learned_at = {o.key for o, learns in zip(orgs, learning, strict=True) if learns} - named
    # (某县医院选派护士到甲医院进修: the county sends no one to give)
    kept = [o for o, learns in zip(orgs, learning, strict=True) if o.key not in learned_at and not learns]
    return kept, frozenset(learned_at)


def _completed_places(
    doc: Document,
    orgs: list[Mention],
    places_by_sent: list[list[Mention]],
    orgs_by_sent: list[list[Mention]],
    before: set[str | None],
) -> list[list[Mention]]:
    """县医院 completed from a bare county name (我到昭觉…在县医院上班): that county is a place of the article, so its
    bare name is a party wherever it stands (where nothing was read there before)."""
    new = {o.region for o in orgs if o.region and o.places and o.region not in before}
    if not new:
        return places_by_sent
    completed: list[list[Mention]] = [[] for _ in doc.sentences]
    for org in orgs:
        if 0 <= org.sent < len(completed):
            completed[org.sent].append(org)
    again = _parties(doc, find_place_actors(doc, completed))
    out = []
    for places, first_orgs, found in zip(places_by_sent, orgs_by_sent, again, strict=True):
        taken = places + first_orgs
        added = [m for m in found if m.region in new and not any(t.start < m.end and m.start < t.end for t in taken)]
        out.append(sorted(places + added, key=lambda m: m.start) if added else places)
    return out


def _with_place_references(
    doc: Document, parties_by_sent: list[list[Mention]], orgs_by_sent: list[list[Mention]]
) -> list[list[Mention]]:
    """Each sentence's parties with the places it names by a word (我县, 本市, 该县) that are parties too: for
    我县, the place of the page, else the one such place among the parties and institutions it names (not where
    a patient comes from)."""
    named = [p + o for p, o in zip(parties_by_sent, orgs_by_sent, strict=True)]
    inside = [
        [(o.start - s.start, o.end - s.start) for o in orgs]
        for s, orgs in zip(doc.sentences, orgs_by_sent, strict=True)
    ]
    references = place_references(doc, named, inside)
    if not any(references):  # nearly every article: no scene to judge again
        return parties_by_sent
    references = _parties(doc, references, frozenset(p.key for ps in parties_by_sent for p in ps))
    return [
        sorted(places + own, key=lambda m: m.start) if own else places
        for places, own in zip(parties_by_sent, references, strict=True)
    ]


def _parties(
    doc: Document, places_by_sent: list[list[Mention]], named_elsewhere: frozenset[str] = frozenset()
) -> list[list[Mention]]:
    """The places each sentence names as parties: not those only around the aid (a neighbour, where patients went
    for care), which neither take a side nor choose what a short name (市人民医院) stands for. ``named_elsewhere``:
    the keys of parties found before."""
    scenes = [
        [names_the_scene(s.text, p.start - s.start, p.end - s.start) for p in places]
        for s, places in zip(doc.sentences, places_by_sent, strict=True)
    ]
    named = {
        p.key
        for places, kinds in zip(places_by_sent, scenes, strict=True)
        for p, k in zip(places, kinds, strict=True)
        if not k
    } | named_elsewhere
    return [
        [p for p, kind in zip(places, kinds, strict=True) if not kind or (kind == "passing" and p.key in named)]
        for places, kinds in zip(places_by_sent, scenes, strict=True)
    ]


def _inside_the_aid(text: str, actors: list[Mention], sentence_start: int | None = None) -> list[Mention]:
    """The actors of one sentence (in text order) without those outside the aid: 毕业于某大学, 曾在某医院进修,
    转诊至某医院 (where a person studied or once worked, where a patient was sent for care), and the rest of a
    list such a word opens (转诊至甲医院或乙医院); with the sentence's start, institutions after a word of a past
    episode in it too (他曾作为某队队员在某医院工作)."""
    out = []
    previous: Mention | None = None
    previous_outside = False
    for actor in actors:
        outside = (
            text[max(0, actor.start - 5) : actor.start].endswith(past_and_referral())
            or (sentence_start is not None and in_a_past_episode(text, sentence_start, actor.start))
            or a_past_station(text, actor.end)
            or (previous_outside and previous is not None and text[previous.end : actor.start] in _JOINERS)
            or _after_a_listed_place(text, actor.start)
            or text[actor.start - 1 : actor.start] == "由"
            and _cares_for_the_referred(text, actor.start)
        )
        if not outside:
            out.append(actor)
        previous, previous_outside = actor, outside
    return out


_JOINERS = ("或", "、", "和", "及", "以及", "或者")


@cache
def _listed_after() -> re.Pattern:
    words = "|".join(map(re.escape, past_and_referral()))
    joiners = "|".join(sorted(_JOINERS, key=len, reverse=True))
    return re.compile(rf"(?:{words})[\u4e00-\u9fff]{{2,10}}?(?:{joiners})$")


@cache
def _referred_then_by() -> re.Pattern:
    words = "|".join(map(re.escape, past_and_referral()))
    return re.compile(rf"(?:{words})(?P<where>[\u4e00-\u9fff]{{1,12}}?)[，,]\s*由$")


def _cares_for_the_referred(text: str, at: int) -> bool:
    """患者要转往某市，由某医院进行治疗: the hospital that cares for those sent to a place is where they were sent
    (asked only right after 由); not where they were moved to a unit of the hospital they are in (转入重症监护室，
    由某医院援派护士…)."""
    referred = _referred_then_by().search(text, max(0, at - 24), at)
    return referred is not None and not is_unit_name(referred.group("where"))


def _after_a_listed_place(text: str, at: int) -> bool:
    """转往某市市区或某医院: a list such a word opens, whose items before are no institution (a place, a city area)."""
    return _listed_after().search(text, max(0, at - 20), at) is not None


class MainActors:
    """The document's most named donor and recipient, for sentences that leave one side unsaid."""

    def __init__(self, sides: SideModel, actors_by_sent: list[list[Mention]], aid_sents: list[int]):
        counts: dict[tuple[int, bool], Counter] = {}
        first: dict[str, Mention] = {}
        aid = set(aid_sents)
        # the receiving hospitals the sentences of aid name (有的去了地区医院: where trained doctors left for is none)
        receiving_in_aid: set[str] = set()
        for i, actors in enumerate(actors_by_sent):
            for actor in actors:
                side = sides.side(actor)
                if side == 0:
                    continue
                is_hospital = actor.label is Label.HOSPITAL
                counts.setdefault((side, is_hospital), Counter())[actor.key] += 2 if i in aid else 1
                first.setdefault(actor.key, actor)
                if is_hospital and side == RECIPIENT and i in aid:
                    receiving_in_aid.add(actor.key)
        self.single_recipient_hospital = len(receiving_in_aid) == 1
        receivers = [a for i in aid_sents for a in actors_by_sent[i] if sides.side(a) == RECIPIENT]
        self.single_recipient_county = _single_county(receivers)
        # (or, in an article of one receiving county, one named far more often than any other: 某县人民医院迎来医疗队…,
        # the county's other hospital named once in passing; the county named as a place or only in its hospitals')
        receiving = sorted((counts.get((RECIPIENT, True)) or Counter()).values(), reverse=True)
        self.one_main_recipient_hospital = self.single_recipient_hospital or (
            len(_counties(receivers)) == 1 and len(receiving) > 1 and receiving[0] >= _DOMINANT * receiving[1]
        )
        self._best: dict[tuple[int, bool], Mention] = {}
        self._count: dict[tuple[int, bool], int] = {}
        for (side, is_hospital), counter in counts.items():
            key = max(counter, key=lambda k: (counter[k], -first[k].start))
            self._best[(side, is_hospital)] = first[key]
            self._count[(side, is_hospital)] = counter[key]
        # (not where the most named receiving hospital stands above that county: 某市人民医院 beside one county's
        # hospital named in passing)
        main_hospital = self._best.get((RECIPIENT, True))
        county = self.single_recipient_county
        if (
            county is not None
            and main_hospital is not None
            and main_hospital.region
            and not gazetteer().is_within(main_hospital.region, county.region)
        ):
            self.single_recipient_county = None

    def get(self, side: int, hospital: bool | None = None) -> Mention | None:
        if hospital is None:
            place, institution = self._best.get((side, False)), self._best.get((side, True))
            # a place named less often than the side's main hospital, which does not lie in it, is no frame of
            # that hospital's aid (全国已有甲、乙等省份参与: named in passing)
            if (
                place is not None
                and institution is not None
                and place.region
                and not (institution.region and gazetteer().is_within(institution.region, place.region))
                and self._count[(side, False)] < self._count[(side, True)]
            ):
                return institution
            return place or institution
        return self._best.get((side, hospital))


# how many times more often than any other the main receiving hospital is named to be the one people are sent to
# where nothing else says
_DOMINANT = 4


def _counties(receivers: list[Mention]) -> set[str]:
    """The counties the receivers that lie in a county lie in."""
    gz = gazetteer()
    lineages = (gz.lineage(a.region) for a in receivers if a.region)
    return {next((p.code for p in lineage if p.level is Label.COUNTY), "") for lineage in lineages} - {""}


def _single_county(receivers: list[Mention]) -> Mention | None:
    """The county named where all receivers that lie in a county lie in that one (and one is named as a place)."""
    counties = _counties(receivers)
    if len(counties) != 1:
        return None
    (code,) = counties
    return next((a for a in receivers if a.label is Label.COUNTY and a.region == code), None)


__all__ = ["Article", "MainActors", "annotate", "DONOR", "RECIPIENT"]
