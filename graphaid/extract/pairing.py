"""PAIRS_WITH: who pairs with whom, read from the sentences that state aid between two parties."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from graphaid.documents import Sentence
from graphaid.extract.article import Article
from graphaid.extract.listings import entries
from graphaid.extract.mentions import Mention, Relation
from graphaid.extract.orgs import over_its_township
from graphaid.extract.place_references import is_place_reference
from graphaid.extract.sides import (
    CLAUSE_BREAK,
    DONOR,
    RECIPIENT,
    UNKNOWN,
    Trigger,
    every_respectively,
    followed_by_its_people,
    helps_a_giver,
    list_chain,
    never_aided,
    objects_of_aid,
    of_another_field,
    opens_mutually,
    pairing_words,
    parties_around,
    party_groups,
    respectively,
    sending_pattern,
    sending_words,
    team_nouns,
)
from graphaid.lexicon import any_of, read_lines
from graphaid.model import PLACE_LABELS, Label, Rel
from graphaid.places import aid_to_province_words, gazetteer, urban_district


@cache
def _directing() -> tuple[re.Pattern, re.Pattern]:
    """在某卫健委的领导下 (a body that oversees the aid), 根据某卫健委的工作安排 (the source of instructions)."""
    words = "|".join(map(re.escape, read_lines("directing_words.txt")))
    # (anchored where they are matched: right after the body's name)
    return re.compile(rf"[^,，。；;:：、]{{0,12}}?的(?:{words})"), re.compile(rf"[^,，。；;:：、]{{0,14}}?(?:{words})")


@cache
def _informant() -> re.Pattern:
    words = "|".join(map(re.escape, read_lines("informant_words.txt")))
    return re.compile(rf"^(?:处|那里)?(?:{words})")


def pairing_relations(article: Article) -> list[Relation]:
    """The PAIRS_WITH relations of a document, each citing its sentence."""
    out: list[Relation] = []
    filled: list[Relation] = []
    crossed: list[Relation] = []
    given: list[Relation] = []
    sentences = article.sentences
    for i in article.aid_sents:
        s = sentences[i]
        for actors, triggers in party_groups(s.text, s.start, article.actors_by_sent[i], article.triggers_by_sent[i]):
            out += _pairings(article, actors, triggers, s, filled, crossed, given)
    for i in _continuations(article):
        # a sentence without aid words only carries on a region-to-region statement
        places = [a for a in article.actors_by_sent[i] if a.label in PLACE_LABELS]
        out += _pairings(article, places, article.triggers_by_sent[i - 1], sentences[i], None)
    for i, lead in _pairs_listed_on(article):
        out += _pairings(article, article.actors_by_sent[i], article.triggers_by_sent[lead], sentences[i], None)
    unstated = _unstated(crossed, out)
    out = [r for r in out if id(r) not in unstated]
    # 省人民医院、某市一院新一轮帮扶队员到岗 (a headline of givers alone): a giver the words pair only with other
    # receivers elsewhere gives nothing to the article's main one here
    receivers_of: dict[str, set[str | None]] = {}
    for r in out:
        receivers_of.setdefault(r.source.key, set()).update((r.target.key, r.target.region))
    kept = [r for r in given if {r.target.key, r.target.region} & receivers_of.get(r.source.key, {r.target.key})]
    out = sorted(out + kept, key=lambda r: r.sentence.start) if kept else out
    return out + _givers_for_the_filled(out, filled)


# what may stand between a hospital and its word of sending (某医院也派出…, 某医院先后选派…)
_BEFORE_SENDING = re.compile(r"(?:也|还|又|再|则|先后|陆续|同时|已)*")


def _sends_right_after(text: str, base: int, actor: Mention) -> bool:
    """Whether a word of sending people follows the actor, only a few adverbs between (某医院也派出了护理团队)."""
    return sending_pattern().match(text, _BEFORE_SENDING.match(text, actor.end - base).end()) is not None


def _unstated(crossed: list[Relation], stated: list[Relation]) -> set[int]:
    """甲、乙两地累计向丙、丁两县派出…: a list of givers and a list of receivers sum up pairs the article states
    one by one elsewhere (甲某区—丙, 乙某区—丁); a combination of two parties each stated with another is none (the
    ids of those)."""
    gz = gazetteer()

    def as_fine(a: Mention, b: Mention) -> bool:
        """Whether ``a`` is ``b`` or lies within it (甲—某省 picks none of a list's counties, nor 某市 its 某县级市);
        two institutions are one only by name (a city's two hospitals are two givers)."""
        if a.label not in PLACE_LABELS and b.label not in PLACE_LABELS:
            return a.key == b.key
        return gz.is_within(a.region, b.region) if a.region and b.region else a.key == b.key

    def institutions(s: Relation) -> bool:
        return s.source.label not in PLACE_LABELS and s.target.label not in PLACE_LABELS

    # (one list's combinations do not support another's: 甲、乙助力丙丁两县 in a headline, again in the body)
    crossing = {id(r) for r in crossed}
    stated = [s for s in stated if id(s) not in crossing]
    by_sentence: dict[int, list[Relation]] = {}
    for relation in crossed:
        by_sentence.setdefault(relation.sentence.start, []).append(relation)
    out: set[int] = set()
    for relations in by_sentence.values():
        elsewhere = [s for s in stated if s.sentence.start != relations[0].sentence.start]
        by_name = [s for s in elsewhere if institutions(s)]
        for r in relations:
            # (甲院、乙院与丙院、丁院组成联合医疗队 … 甲院帮扶丙院，乙院帮扶丁院: two institutions each paired by name
            # with another are no pair, whatever pair of their places the article states)
            if (
                institutions(r)
                and not any(s.source.key == r.source.key and s.target.key == r.target.key for s in by_name)
                and any(s.source.key == r.source.key for s in by_name)
                and any(s.target.key == r.target.key for s in by_name)
            ):
                out.add(id(r))
                continue
            if any(as_fine(s.source, r.source) and as_fine(s.target, r.target) for s in elsewhere):
                continue  # stated one by one
            # none only where both its parties have pairs of their own stated (a party stated with no one keeps
            # the list's)
            if any(as_fine(s.source, r.source) for s in elsewhere) and any(
                as_fine(s.target, r.target) for s in elsewhere
            ):
                out.add(id(r))
    return out


def _givers_for_the_filled(stated: list[Relation], filled: list[Relation]) -> list[Relation]:
    """A receiver a sentence names alone takes the giver the article's words give the receivers of its place
    elsewhere, where they give one (an article of two pairs: 甲帮扶乙, 丙帮扶丁 … 将在丁开展帮扶; a digest's
    heading naming one item's receiver), none where they give several; and a party the words make a giver
    elsewhere, or a party of a place they make one and make no receiver, is filled as no receiver."""
    givers = {r.source.key for r in stated}
    by_place: dict[str, dict[str, Mention]] = {}
    by_township: dict[str, dict[str, Mention]] = {}
    for r in stated:
        if over_its_township(r.source, r.target):
            by_township.setdefault(r.target.key, {})[r.source.key] = r.source
        if r.target.region:
            by_place.setdefault(r.target.region, {})[r.source.key] = r.source
    giving_places = {r.source.region for r in stated if r.source.region}
    out = []
    for r in filled:
        if r.target.key in givers:
            continue
        # (a hospital filled in for a township's centre gives way to the hospital of its county the words make its
        # giver: 县医院帮扶某镇卫生院 in an article where a city's hospital gives to the county; a region keeps its
        # pair)
        own = (by_township.get(r.target.key) if r.source.label is Label.HOSPITAL else None) or by_place.get(
            r.target.region or "", {}
        )
        # 某市妇幼保健院的医师在某县帮扶, in an article where 某市 gives to 某县 and nothing gives to 某市
        if not own and r.target.region in giving_places:
            continue
        # a receiver whose givers the words state is theirs, not the main giver's
        if own and r.source.key not in own:
            if len(own) > 1:
                continue
            (giver,) = own.values()
            r = Relation(giver, r.target, r.type, r.sentence)
        out.append(r)
    return out


def branch_pairs(article: Article) -> list[Relation]:
    """A known hospital pairs with the branch it runs in another place (某儿童医院某市医院), once."""
    out: dict[str, Relation] = {}
    for org in article.orgs:
        parent = org.affiliation
        if parent is not None and org.label is Label.HOSPITAL and org.key not in out:
            out[org.key] = Relation(parent, org, Rel.PAIRS_WITH, article.sentences[org.sent])
    return list(out.values())


def pairs_from_postings(relations: list[Relation]) -> list[Relation]:
    """A hospital that sends an expert to a hospital pairs with it (one act of aid, however it is told): the
    PAIRS_WITH relations the SENDS and POSTED_TO relations imply and the article does not state. A posting to a
    place implies no pair: the expert's hospital and the place are not parties of the same level (the place's
    own partner is a government or a hospital there)."""
    senders = {id(r.target): r for r in relations if r.type is Rel.SENDS}
    stated = {(r.source.key, r.target.key) for r in relations if r.type is Rel.PAIRS_WITH}
    out = []
    for posted in (r for r in relations if r.type is Rel.POSTED_TO):
        sent = senders.get(id(posted.source))
        if sent is None or sent.source.key == posted.target.key or posted.target.label is not Label.HOSPITAL:
            continue
        pair = (sent.source.key, posted.target.key)
        if pair not in stated:
            stated.add(pair)
            out.append(Relation(sent.source, posted.target, Rel.PAIRS_WITH, posted.sentence))
    return out


def without_pairs_crossing_postings(relations: list[Relation]) -> list[Relation]:
    """The relations without a sentence's pairs that cross its postings: where a sentence posts people one by one
    (甲院某某任乙院副院长，丙院某某任丁院副院长), a pair it joins of a giver posting people to another receiver
    there and a receiver taking people from another giver there is none (丙—乙). So too where a sentence pairs
    several givers with several receivers (从甲院和丙院选派…赴乙院和丁院) and the article's postings, wherever
    they stand, join each of the pair to another of them."""
    senders = {id(r.target): r.source.key for r in relations if r.type is Rel.SENDS}
    posted: dict[int, set[tuple[str, str]]] = {}
    for r in relations:
        if r.type is Rel.POSTED_TO and id(r.source) in senders and r.target.label is Label.HOSPITAL:
            posted.setdefault(r.sentence.start, set()).add((senders[id(r.source)], r.target.key))
    if not posted:
        return relations
    everywhere = set().union(*posted.values())
    joined: dict[int, set[tuple[str, str]]] = {}
    for r in relations:
        if r.type is Rel.PAIRS_WITH:
            joined.setdefault(r.sentence.start, set()).add((r.source.key, r.target.key))

    def crosses(r: Relation) -> bool:
        giver, receiver = r.source.key, r.target.key
        here = posted.get(r.sentence.start, set())
        if (giver, receiver) not in here and any(g == giver for g, _ in here) and any(t == receiver for _, t in here):
            return True
        # (every giver with every receiver: the sentence says not who pairs with whom, as 甲帮扶乙和丙，丁帮扶丙 does)
        pairs = joined[r.sentence.start]
        givers, receivers = {g for g, _ in pairs}, {t for _, t in pairs}
        return (
            len(givers) > 1
            and len(receivers) > 1
            and len(pairs) == len(givers) * len(receivers)
            and (giver, receiver) not in everywhere
            and any(g == giver and t in receivers for g, t in everywhere)
            and any(t == receiver and g in givers for g, t in everywhere)
        )

    return [r for r in relations if r.type is not Rel.PAIRS_WITH or not crosses(r)]


def team_owner_pairs(relations: list[Relation], article: Article) -> list[Relation]:
    """A place whose team the article names (某省第三批援藏医疗队) gives what the team gives: it pairs with each
    receiving hospital a party of that place pairs with or sends experts to (the province's team and its
    hospitals' people are one act of aid, the province its organiser)."""
    if not any(noun in article.doc.text for noun in team_nouns()):
        return []
    gz = gazetteer()
    owners: dict[str, tuple[Mention, Sentence]] = {}
    for i, sentence in enumerate(article.sentences):
        for actor in article.actors_by_sent[i]:
            if (
                actor.label in PLACE_LABELS
                and actor.region
                and _team_after_place().match(sentence.text, actor.end - sentence.start)
                and article.side(actor) == DONOR
            ):
                owners.setdefault(actor.key, (actor, sentence))
    if not owners:
        return []
    paired = [r for r in relations if r.type is Rel.PAIRS_WITH]
    stated = {(r.source.key, r.target.key) for r in paired}
    stated_places = {(r.source.key, r.target.region) for r in paired if r.target.label in PLACE_LABELS}
    senders = {id(r.target): r.source for r in relations if r.type is Rel.SENDS}
    given = [(r.source, r.target) for r in paired]
    posted = [r for r in relations if r.type is Rel.POSTED_TO and id(r.source) in senders]
    given += [(senders[id(r.source)], r.target) for r in posted]
    out = []
    for owner, sentence in owners.values():
        for giver, receiver in given:
            if (
                receiver.label is Label.HOSPITAL
                and article.side(receiver) == RECIPIENT
                and giver.region
                and gz.is_within(giver.region, owner.region)
                # its parties' aid at home is not what the place's team gives (援藏医疗队 serves elsewhere)
                and not (receiver.region and gz.is_within(receiver.region, owner.region))
                and (owner.key, receiver.key) not in stated
                # where the article pairs the place with the receiver's region (某省 -> 某县) it said what it gives
                and not any(key == owner.key and gz.is_within(receiver.region, place) for key, place in stated_places)
            ):
                stated.add((owner.key, receiver.key))
                out.append(Relation(owner, receiver, Rel.PAIRS_WITH, sentence))
    return out


def team_origin_pairs(relations: list[Relation], article: Article) -> list[Relation]:
    """专家们分别来自甲医院、乙医院等单位: the hospitals a team's members come from give where the team gives, in
    an article whose stated pairs have one receiving hospital."""
    receivers = {
        r.target.key: r.target for r in relations if r.type is Rel.PAIRS_WITH and r.target.label is Label.HOSPITAL
    }
    if len(receivers) != 1:
        return []
    (receiver,) = receivers.values()
    stated = {(r.source.key, r.target.key) for r in relations if r.type is Rel.PAIRS_WITH}
    out = []
    for i, sentence in enumerate(article.sentences):
        for m in _team_from().finditer(sentence.text):
            after = [a for a in article.actors_by_sent[i] if a.start >= sentence.start + m.end()]
            if not after or after[0].start != sentence.start + m.end():
                continue
            for giver in list_chain(sentence.text, sentence.start, after):
                if (
                    giver.label is Label.HOSPITAL
                    and article.side(giver) != RECIPIENT
                    and giver.key != receiver.key
                    and (giver.key, receiver.key) not in stated
                ):
                    stated.add((giver.key, receiver.key))
                    out.append(Relation(giver, receiver, Rel.PAIRS_WITH, sentence))
    return out


@cache
def _team_from() -> re.Pattern:
    """A team noun, then the word of where its members come from (医疗队队员分别来自, 专家们来自)."""
    teams = "|".join(map(re.escape, team_nouns()))
    origins = "|".join(map(re.escape, read_lines("origin_words.txt")))
    return re.compile(rf"(?:{teams})们?(?:分别)?(?:{origins})")


@cache
def _team_after_place() -> re.Pattern:
    """What follows a place that names a team of its own: 第三批, 援藏, “组团式”, then a team noun."""
    slogans = "|".join(map(re.escape, aid_to_province_words()))
    teams = "|".join(map(re.escape, team_nouns()))
    return re.compile(
        rf"(?:第[一二三四五六七八九十百\d]+批)?[“\"「]?(?:组团式)?[”\"」]?(?:{slogans})?(?:医疗人才)?(?:{teams})"
    )


def finest_pairs(relations: list[Relation]) -> list[Relation]:
    """A document's relations without the pairs it also states more finely: 某医院 -> 某市 gives way to
    某医院 -> 某市某县人民医院 (the same donor, a recipient inside that place); two places of one level keep
    their pair."""
    gz = gazetteer()
    pairs = [r for r in relations if r.type is Rel.PAIRS_WITH]

    def finer(coarse: Relation) -> bool:
        place = coarse.target.region
        # 某区 -> 某县, 某市 -> 某县 is a pairing of two local governments, stated in its own right; a place above
        # its giver's level (某区 -> 某市, two provinces) is only the frame of the finer places' pairs
        levels = (Label.CITY, Label.COUNTY)
        paired_places = (
            coarse.source.label in levels
            and coarse.target.label in levels
            and levels.index(coarse.target.label) >= levels.index(coarse.source.label)
        )
        # (a province's pair with a prefecture or a county stands beside its pairs with the place's own hospitals:
        # 某省对口支援某州, its teams serving 某州人民医院; not beside its pairs with the prefecture's counties or
        # theirs)
        province_over_place = coarse.source.label is Label.PROVINCE and coarse.target.label in levels
        return (
            coarse.target.label in PLACE_LABELS
            and not paired_places
            and any(
                other.source.key == coarse.source.key
                and other.target.key != coarse.target.key
                and other.target.region
                and gz.is_within(other.target.region, place)
                and (not province_over_place or other.target.label in PLACE_LABELS or other.target.region != place)
                for other in pairs
            )
        )

    return [r for r in relations if r.type is not Rel.PAIRS_WITH or not finer(r)]


def hospitals_for_places(relations: list[Relation], article: Article) -> list[Relation]:
    """某医院 -> 某县 where the article's one receiving hospital in that county is named: the hospital pairs with
    that hospital (a hospital's partner is a hospital; the county is where it stands)."""
    gz = gazetteer()
    out = []
    for r in relations:
        if r.type is Rel.PAIRS_WITH and r.source.label is Label.HOSPITAL and r.target.label in PLACE_LABELS:
            inside = {
                m.key: m
                for m in article.orgs
                if m.label is Label.HOSPITAL
                and article.side(m) == RECIPIENT
                and m.region
                and gz.is_within(m.region, r.target.region)
            }
            if len(inside) == 1:
                r = Relation(r.source, next(iter(inside.values())), r.type, r.sentence)
        out.append(r)
    return out


# 除甲医院外 / 除了甲、乙以外: the parties a sentence sets aside before what it says of others
_SET_ASIDE = re.compile(r"(?<![排消切清免解拆删去])除了?([^，,。；;除]{2,40}?)(?:以外|之外|外)[，,]?")


def _continuations(article: Article) -> list[int]:
    """Sentences with no aid word that go on about the party of the aid sentence before them
    (某市某区在组团式帮扶中… / 面对甲、乙…等县的医疗短板,某区…)."""
    actors_by_sent = article.actors_by_sent
    aid = set(article.aid_sents)
    out = []
    for i in range(1, len(actors_by_sent)):
        if i in aid or i - 1 not in aid or len(actors_by_sent[i]) < 2 or of_another_field(article.sentences[i].text):
            continue
        # (a place a word points at, 该县 or 我县, carries on the subject, not the statement)
        named = {a.key for a in actors_by_sent[i] if not is_place_reference(a)}
        if named & {a.key for a in actors_by_sent[i - 1]}:
            out.append(i)
    return out


def _pairs_listed_on(article: Article) -> list[tuple[int, int]]:
    """(item, the aid sentence whose list it carries on): 签约的医疗机构分别是：甲与乙；丙与丁；戊与己。 — each item
    after the first a sentence of its own (its semicolon ends one), with no aid word of its own, two parties alone."""
    out = []
    lead = None
    for i, sentence in enumerate(article.sentences):
        actors = article.actors_by_sent[i]
        if i in article.aid_sents:
            leads = "：" in sentence.text or ":" in sentence.text
            lead = i if leads and sentence.text.endswith(_ITEM_ENDS) else None
            continue
        text, base = sentence.text, sentence.start
        if (
            lead is None
            or len(actors) != 2
            or text[: actors[0].start - base].strip()
            or text[actors[0].end - base : actors[1].start - base].strip() not in _ITEM_JOINERS
            or text[actors[1].end - base :].strip("；;。 ")
        ):
            lead = None
            continue
        out.append((i, lead))
        if not sentence.text.endswith(_ITEM_ENDS):
            lead = None
    return out


# a list's lead (分别是：) before its first item, the items parted by semicolons, each two parties and what joins them
_ITEM_ENDS = ("；", ";")
_ITEM_JOINERS = frozenset(("与", "和", "同", "—", "——", "－", "-", "结对", "对口帮扶", "帮扶", "支援"))


def _pairings(
    article: Article,
    actors: list[Mention],
    triggers: list[Trigger],
    sentence: Sentence,
    filled: list[Relation] | None,
    crossed: list[Relation] | None = None,
    given: list[Relation] | None = None,
) -> list[Relation]:
    """The pairs a sentence states; the receivers it names alone with the article's main giver go to ``filled``
    (none where it is None), the givers it names alone with the article's main receiver to ``given``, the pairs
    of a list of givers with a list of receivers to ``crossed``."""
    fill = filled is not None
    by_fill: set[tuple[int, int]] = set()
    by_cross: set[tuple[int, int]] = set()
    by_giving: set[tuple[int, int]] = set()
    text, base = sentence.text, sentence.start
    overseer, instructed_by = _directing()
    set_aside = [m.span(1) for m in _SET_ASIDE.finditer(text)] if "除" in text else []
    # 在某市卫健委的领导下: a body that oversees the aid is not a party to it; 记者从某卫健局获悉: nor is the
    # reporter's informant

    def directs(a: Mention, pattern: re.Pattern) -> bool:
        directed = pattern.match(text, a.end - base)
        if directed is None:
            return False
        # (根据甲市对口帮扶乙市的安排: no body directing but the two parties of a pair the arrangement states, an aid
        # word between them within the clause)
        return not any(
            any(x <= t.start < y for t in triggers)
            for b in actors
            if b is not a and _clause(text, base, b) == _clause(text, base, a) and b.end <= base + directed.end()
            for x, y in ((a.end, b.start), (b.end, a.start))
        )

    actors = [
        a
        for a in actors
        if not directs(a, overseer)
        and not (
            text[max(0, a.start - base - 2) : a.start - base] in ("根据", "按照", "结合", "依据")
            and directs(a, instructed_by)
        )
        and not (text[a.start - base - 1 : a.start - base] in ("从", "据") and _informant().match(text[a.end - base :]))
        # 除甲医院外，乙医院也与丙医院结对: who the sentence sets aside is no party of what it states
        and not any(x <= a.start - base and a.end - base <= y for x, y in set_aside)
    ]
    listed = entries(article, sentence, actors) or _respective(text, base, actors, triggers, article)
    if listed:  # 北京市→某县, 某医院——某县人民医院: a list states its pairs entry by entry
        pairs = [Relation(donor, recipient, Rel.PAIRS_WITH, sentence) for donor, recipient in listed]
        # (甲区—乙县：甲医院 帮扶 乙县医院: after its entry, the line may state a pair of its own in words)
        after = max(party.end for pair in listed for party in pair)
        rest = [a for a in actors if a.start >= after]
        if len(rest) > 1 and any(t.start >= rest[0].end for t in triggers):
            pairs += _pairings(article, rest, [t for t in triggers if t.start >= after], sentence, None)
        return pairs
    sided = [(a, article.side(a)) for a in actors if article.side(a) != 0]
    sided = [(a, s) for a, s in sided if not (s == RECIPIENT and a.label is Label.AGENCY)]
    # (以及省内对口帮扶甲、乙两市: what an aid word takes gives no one in this sentence, whatever its region's side)
    objects = objects_of_aid(text, base, actors, triggers)
    sided = [(a, s) for a, s in sided if not (s == DONOR and id(a) in objects)]
    if not any(t.kind in ("active", "passive", "mutual", "join") for t in triggers):
        return []
    runs: list[list[tuple[Mention, int]]] = []
    for item in sided:
        if runs and runs[-1][-1][1] == item[1]:
            runs[-1].append(item)
        else:
            runs.append([item])
    outright = _stated_outright(text, base, actors, triggers, article, by_cross)
    # …，某县医院帮扶某镇卫生院: a receiver the words give a giver outright takes no other giver by sides
    taken = {id(r) for _, r in outright}
    complete = _complete_clauses(text, base, sided, triggers)
    # 甲帮扶乙，丙帮扶丁 where the words alone make 丙 give to a receiver: its clause states its own pair too
    complete |= {
        c
        for g, r in outright
        if (c := _clause(text, base, g)) == _clause(text, base, r) and article.side(r) == RECIPIENT
    }
    pairs = []
    word = respectively(text)
    for left, right in zip(runs, runs[1:], strict=False):
        # 甲帮扶乙,丙帮扶丁: a clause that states its own pair does not pair across its break (乙 and 丙)
        ends = {_clause(text, base, left[-1][0]), _clause(text, base, right[0][0])}
        if len(ends) == 2 and ends & complete:
            continue
        # 与甲医院、乙医院合作: names in one list play one part, whatever their regions suggest; so do those a
        # list of where people come from joins (来自甲和乙的专家)
        between = text[left[-1][0].end - base : right[0][0].start - base].strip()
        if between == "、" or (between in _JOINERS and _origins_listed(text, base, right[0][0])):
            continue
        # nor does a party of such a clause pair with one of another clause (甲帮扶乙，丙帮扶丁: not 甲 and 丙)
        clauses = {id(a): _clause(text, base, a) for a, _ in left + right}
        donors = [a for a, s in left + right if s == DONOR]
        recipients = [a for a, s in left + right if s == RECIPIENT and id(a) not in taken]
        if complete and len(set(clauses.values())) > 1:
            donor_clauses = {clauses[id(d)] for d in donors}
            recipients = [r for r in recipients if clauses[id(r)] not in complete or clauses[id(r)] in donor_clauses]
        # (甲、乙选派的专家抵达丙县，分别进驻丁和戊: the list 分别 opens pairs item by item; a receiver named before it
        # is where they all went)
        listed = recipients
        if (
            word is not None
            and len(recipients) > len(donors) > 1
            and all(text[d.end - base : e.start - base] in ("、", *_JOINERS) for d, e in pairwise(donors))
        ):
            listed = [r for r in recipients if r.start - base >= word[0]]
        if len(donors) == len(listed) > 1 and word is not None:
            pairs.extend(zip(donors, listed, strict=True))
            pairs.extend((d, r) for d in donors for r in recipients if not any(r is x for x in listed))
        elif (
            len(donors) > 1
            and len(recipients) > 1
            and (word is not None or _origins_listed(text, base, donors[0]))
            and _several_cities(donors)
        ):
            # 分别来自甲市、乙市的医院…，分别派驻丙、丁: givers of several cities, said to go respectively to a list
            # of another length, or said to be where a team's members come from (人才来自甲、乙三地，将分赴丙、丁),
            # pair no one (each went to some of them, which the sentence does not say)
            continue
        else:
            pairs.extend((d, r) for d in donors for r in recipients)
            if len(donors) > 1 and len(recipients) > 1:
                by_cross.update((id(d), id(r)) for d in donors for r in recipients)
    pairs += outright
    pairs = _one_way(article, _partner_not_giver(text, base, pairs))
    stating = pairing_words() + team_nouns()
    # a sentence that states its own pair outright (甲对口帮扶乙, both receiving in the article) needs no donor
    if (
        fill
        and not outright
        and len(runs) == 1
        and runs[0][0][1] == RECIPIENT
        and any(w in sentence.text for w in stating)
    ):
        donor = article.main.get(DONOR)
        # a whole province is too coarse a party to pair with a hospital the sentence does not tie to it; but
        # where it is the only giver an article names, it is the party of the places and hospitals its teams serve
        province_only = article.main.get(DONOR, hospital=True) is None
        for recipient, _ in runs[0]:
            # 某县人民医院医共体驻点帮扶工作在某镇卫生院启动: a township's centre after its county's hospital, an aid
            # word between them, takes that hospital's aid, whoever gives to the county (not a list of both: 资金用于
            # 县人民医院、某镇卫生院)
            upper = next(
                (
                    u
                    for u, _ in runs[0]
                    if over_its_township(u, recipient)
                    and any(u.end <= t.start and t.end <= recipient.start for t in triggers)
                ),
                None,
            )
            if upper is not None:
                pairs.append((upper, recipient))
                continue
            coarse = donor is not None and donor.label is Label.PROVINCE
            # 邀请某医院专家会诊: a hospital whose people the sentence names is where they come from
            if followed_by_its_people(text, base, recipient):
                continue
            # 某省已累计选派医疗人才支援边疆地区: the subject of a word of sending gives, whatever its side elsewhere
            if any(
                t.word in sending_words() and parties_around(t, actors, text, base)[0] is recipient for t in triggers
            ):
                continue
            if donor is not None and (not coarse or province_only):
                pairs.append((donor, recipient))
                by_fill.add((id(donor), id(recipient)))
    # 2021年起，某省人民医院接续开展帮扶: a hospital of the receivers' own province that the words alone make a giver
    # gives to the article's receiving hospital
    elif fill and not outright and len(runs) == 1 and runs[0][0][1] == DONOR:
        recipient = article.main.get(RECIPIENT, hospital=True)
        for donor, _ in runs[0]:
            if recipient is not None and article.sides.gives_locally(donor, recipient):
                pairs.append((donor, recipient))
                by_giving.add((id(donor), id(recipient)))
            elif (
                recipient is not None
                and article.main.single_recipient_hospital
                and donor.label is Label.HOSPITAL
                and _sends_right_after(text, base, donor)
            ):
                # 去年，某医院也派出了护理团队: a hospital sending people, naming no receiver, in an article of one
                # receiving hospital
                pairs.append((donor, recipient))
    out = []
    # (the pairs of a clause that states them, one giver's or one receiver's: not the pairs of two lists a clause
    # joins)
    by_clause: dict[int, list[tuple[int, int]]] = {}
    clause_of = {id(a): _clause(text, base, a) for a, _ in sided} if complete and len(pairs) > 1 else {}
    for d, r in pairs if clause_of else ():
        if (c := clause_of.get(id(d))) == clause_of.get(id(r)) and c in complete:
            by_clause.setdefault(c, []).append((id(d), id(r)))
    own_clause = {
        pair
        for ids in by_clause.values()
        if len({d for d, _ in ids}) == 1 or len({r for _, r in ids}) == 1
        for pair in ids
    }
    for donor, recipient in _prune(pairs, own_clause):
        relation = Relation(donor, recipient, Rel.PAIRS_WITH, sentence)
        if (id(donor), id(recipient)) in by_fill and filled is not None:
            filled.append(relation)
        elif (id(donor), id(recipient)) in by_giving and given is not None:
            given.append(relation)
        else:
            out.append(relation)
            if (id(donor), id(recipient)) in by_cross and crossed is not None:
                crossed.append(relation)
    return out


def _one_way(article: Article, pairs: list[tuple[Mention, Mention]]) -> list[tuple[Mention, Mention]]:
    """甲是乙的结对帮扶医院: where a sentence's words pair two parties both ways, the way the article's sides go
    (a pair whose giver receives, or whose receiver gives, goes where its reverse is also said)."""
    keys = {(d.key, r.key) for d, r in pairs}
    return [
        (d, r)
        for d, r in pairs
        if (r.key, d.key) not in keys or (article.side(d) != RECIPIENT and article.side(r) != DONOR)
    ]


def _partner_not_giver(text: str, base: int, pairs: list[tuple[Mention, Mention]]) -> list[tuple[Mention, Mention]]:
    """甲市与乙市开展东西部协作…帮扶乙市某县: the party joined to a giver of another province, over a receiver the
    giver serves, is the giver's partner, not a second giver to its own county."""
    gz = gazetteer()
    out = []
    for d, r in pairs:
        partner = next(
            (
                g
                for g, x in pairs
                if x is r
                and g is not d
                and g.end <= d.start
                and text[g.end - base : d.start - base] in _JOINERS
                and g.region
                and d.region
                and gz.lineage(g.region)[0].code != gz.lineage(d.region)[0].code
            ),
            None,
        )
        if partner is not None and _down_within(d, r):
            out.append((partner, d))
        else:
            out.append((d, r))
    return out


def _origins_listed(text: str, base: int, first: Mention) -> bool:
    """Whether a list whose first party is ``first`` (or any party: its items before it) says where people come
    from (分别来自甲、乙; 来自丙、甲、乙, where 丙 is no party; 来自甲和乙)."""
    clause = _CLAUSE_BREAK.split(text[max(0, first.start - base - 60) : first.start - base])[-1]
    origin = max((m.end() for m in any_of(read_lines("origin_words.txt")).finditer(clause)), default=None)
    return origin is not None and _ITEMS.fullmatch(clause, origin) is not None


_CLAUSE_BREAK = re.compile(r"[,，;；。:：]")
# the items of a list before one of its parties (丙、丁、), or none
_ITEMS = re.compile(r"(?:[^、和及与]{2,10}[、和及与])*")
_JOINERS = ("和", "及", "与")


def _several_cities(parties: list[Mention]) -> bool:
    """Whether placed parties lie in more than one city (a municipality counting as one)."""
    gz = gazetteer()

    def city(code: str) -> str:
        lineage = gz.lineage(code)
        return next((p.code for p in lineage if p.level is Label.CITY), lineage[0].code)

    return len({city(p.region) for p in parties if p.region}) > 1


def _stated_outright(
    text: str,
    base: int,
    actors: list[Mention],
    triggers: list[Trigger],
    article: Article,
    crosses: set[tuple[int, int]],
) -> list[tuple[Mention, Mention]]:
    """甲对口帮扶乙 where the article's sides put both on one side (an article about a province's aid inside it and
    outside it): the words right around a directed aid word give the pair. A list of givers with a list of
    receivers adds its pairs' ids to ``crosses``."""
    out = []
    for trig in triggers:
        if trig.kind == "mutual":
            out += _joined_by_level(text, base, actors, trig, article)
            continue
        if trig.kind not in ("active", "passive"):
            continue
        if trig.word in sending_words():
            # 甲向乙、丙等乡镇卫生院派驻医师: each party of the list 向 opens receives from the party before 向
            givers, receivers = _toward(text, base, actors, trig)
            subject = _earlier_subject(text, base, [a for a in actors if a.end <= trig.start]) if givers else None
            found = [
                (g, r)
                for g in givers
                for r in receivers
                if _words_may_give(g, r, article)
                # (in the sending word's own clause, or its subject opening an earlier one: 甲同步启动某工作，首批向
                # 乙、丙下派医师)
                or (
                    _down_within(g, r)
                    and (not CLAUSE_BREAK.search(text, g.end - base, trig.start - base) or g is subject)
                )
            ]
            out += found
            if len(givers) > 1 and len(receivers) > 1:
                crosses.update((id(g), id(r)) for g, r in found)
        left, right = parties_around(trig, actors, text, base)
        if left is None and trig.kind == "active" and trig.subject_at is None:
            left = _subject(text, base, actors, trig)
        if right is None and trig.word in sending_words():
            right = _sent_to(text, base, actors, trig)
        if left is None or right is None:
            continue
        giver, receiver = (left, right) if trig.kind == "active" else (right, left)
        if helps_a_giver(text, base, trig, [a for a in actors if a.start >= receiver.start], triggers):
            continue
        # 对口支援新疆：派驻某县人民医院: what an earlier aid word takes gives nothing to the next one's object (在甲的
        # 帮扶下，乙派出…: a clause's end between the two, the one helped acts on its own)
        if any(
            t.kind == "active"
            and t.end <= giver.start
            and t.start < trig.start
            and not text[t.end - base : giver.start - base]
            and not CLAUSE_BREAK.search(t.word)
            for t in triggers
        ):
            continue
        # 援助西藏医疗队赴某市: the receiver an aid word names inside a team's name gives nothing here
        if any(t.end == giver.start and t.kind == "active" for t in triggers) and text.startswith(
            team_nouns(), giver.end - base
        ):
            continue
        if _both_given_one_side(giver, receiver, article):
            out.append((giver, receiver))
            # 甲选派专家赴乙、丙: every party of the list the receiver opens
            if trig.kind == "active":
                mates = list_chain(text, base, [a for a in actors if a.start >= receiver.start])[1:]
                out += [(giver, mate) for mate in mates if _both_given_one_side(giver, mate, article)]
    return out + _named_its_giver(text, base, actors)


def _named_its_giver(text: str, base: int, actors: list[Mention]) -> list[tuple[Mention, Mention]]:
    """甲作为乙的对口帮扶单位 / 甲是乙的支援医院 / 乙的帮扶单位是甲: 甲 is named 乙's giver, whatever the sides say of
    either (a hospital of the receiving province that gives to one of its counties); 甲把乙列为对口支援单位: the
    second is named the first's receiver."""
    named = [
        (giver, receiver)
        for giver, receiver in zip(actors, actors[1:], strict=False)
        if (
            (
                text[giver.end - base : receiver.start - base] in _NAMING_VERBS
                and _GIVER_NOUN.match(text, receiver.end - base)
            )
            or (
                _MAKING.fullmatch(text, giver.end - base, receiver.start - base)
                and _RECEIVER_NOUN.match(text, receiver.end - base)
            )
        )
        and _apart(giver, receiver)
    ]
    # 乙的帮扶单位是甲: the receiver first, its giver named after
    named += [
        (giver, receiver)
        for receiver, giver in zip(actors, actors[1:], strict=False)
        if _GIVER_NAMED_AFTER.fullmatch(text, receiver.end - base, giver.start - base) and _apart(giver, receiver)
    ]
    return named


_NAMING_VERBS = ("作为", "是", "系", "为", "成为")
# what names a party as another's giver after the other: 的对口帮扶单位, 的支援医院, 的帮扶方
_GIVER_NOUN = re.compile(r"的(?:对口|结对)?(?:帮扶|支援|援助)(?:牵头)?(?:单位|医院|方)")
# (乙的帮扶方来自甲: where the giver comes from names it too)
_GIVER_NAMED_AFTER = re.compile(_GIVER_NOUN.pattern + r"(?:就|则|也)?(?:是|为|系|来自)")
# 甲把乙列为对口支援单位, 甲将乙确定为结对帮扶医院: what makes the second the first's receiver
_MAKING = re.compile(r"(?:还|也|已|已经)?[把将]")
_RECEIVER_NOUN = re.compile(
    r"(?:列为|确定为|确定成|作为|定为|纳入)[^，,。；;]{0,6}?(?:对口|结对)?(?:帮扶|支援|援助)(?:单位|医院|对象|点)"
)


def _both_given_one_side(giver: Mention, receiver: Mention, article: Article) -> bool:
    """Whether the article's sides put a pair the words state on one side, or neither on any (某县人民医院派出专家
    到某镇卫生院坐诊, in an article of that county alone), so that only the words give it."""
    return article.side(giver) == article.side(receiver) and _apart(giver, receiver)


def _words_may_give(giver: Mention, receiver: Mention, article: Article) -> bool:
    """Whether the article's sides leave a pair the words state standing (neither is on the other's side)."""
    return article.side(giver) != RECIPIENT and article.side(receiver) != DONOR and _apart(giver, receiver)


def _apart(giver: Mention, receiver: Mention) -> bool:
    """Two placed parties in different places, or a township's health centre and a hospital over it."""
    return (
        bool(giver.region)
        and bool(receiver.region)
        and (giver.region != receiver.region or over_its_township(giver, receiver))
    )


def _down_within(giver: Mention, receiver: Mention) -> bool:
    """某州人民医院向某县人民医院派驻医生: a party that sends to one inside its own area gives to it, whichever side
    the article's aid puts both on (a county's hospital to a township's health centre in that county too)."""
    if not giver.region or not receiver.region:
        return False
    if giver.region == receiver.region:
        return over_its_township(giver, receiver)
    return gazetteer().is_within(receiver.region, giver.region)


def _toward(text: str, base: int, actors: list[Mention], trig: Trigger) -> tuple[list[Mention], list[Mention]]:
    """甲向乙、丙派驻医师: the party (or list of parties) before 向 and the list of parties 向 opens, in the
    sending word's clause."""
    clause = base + max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, trig.start - base)), default=0)
    toward = text.rfind("向", clause - base, trig.start - base)
    if toward < 0:
        return [], []
    listed = [a for a in actors if base + toward < a.start and a.end <= trig.start]
    if not listed or listed[0].start != base + toward + 1:
        return [], []
    # (甲、乙两地向丙派出: each party of the list that ends before 向)
    givers = list_chain(text, base, [a for a in actors if a.end <= base + toward][::-1])
    return givers[::-1], list_chain(text, base, listed)


def _earlier_subject(text: str, base: int, before: list[Mention]) -> Mention | None:
    """The one party of the clauses before that opens its own clause (after a lead such as 作为…医院，), if only one
    does."""
    opening = []
    for party in before:
        at = party.start - base
        clause = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, at)), default=0)
        if not text[clause:at].strip():
            opening.append(party)
    return opening[0] if len(opening) == 1 else None


def _respective(
    text: str, base: int, actors: list[Mention], triggers: list[Trigger], article: Article
) -> list[tuple[Mention, Mention]]:
    """甲、乙分别与丙、丁结对 / 甲、乙分别帮扶丙、丁: two lists of one length around 分别 pair item by item; an
    aid word between them gives the direction, else the sides, else the levels (a county's party receives).
    甲与乙、丙与丁分别签订协议: each couple is one pair, directed the same way. A sentence may hold several such
    statements (…，戊、己则分别与庚、辛结对)."""
    out = []
    for at, word in every_respectively(text):
        out += _respective_at(text, base, actors, triggers, article, base + at, word)
    return out


def _respective_at(
    text: str, base: int, actors: list[Mention], triggers: list[Trigger], article: Article, at: int, word: str
) -> list[tuple[Mention, Mention]]:
    before = [a for a in actors if a.end <= at]
    after = [a for a in actors if a.start >= at + len(word)]
    if not before or (
        at - before[-1].end > 1 and not _INSTITUTIONS_OF_THE_LIST.fullmatch(text, before[-1].end - base, at - base)
    ):
        return []
    couples = _couples_before(text, base, before)
    if couples:
        directed = [(a, b, _gives(a, b, article)) for a, b in couples]
        return [(a, b) if gives else (b, a) for a, b, gives in directed if gives is not None]
    joined = _lists_joined_before(text, base, before)
    if joined is not None:
        return _by_sides(*joined, article)
    if not after or after[0].start - at - len(word) > 6:
        return []
    left, right = list_chain(text, base, before[::-1])[::-1], list_chain(text, base, after)
    if len(left) != len(right) or len(left) < 2:
        return []
    between = [t for t in triggers if at <= t.start < right[0].start and t.kind in ("active", "passive")]
    if between:
        return (
            list(zip(left, right, strict=True)) if between[0].kind == "active" else list(zip(right, left, strict=True))
        )
    return _by_sides(left, right, article)


def _lists_joined_before(text: str, base: int, before: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """甲、乙与丙、丁|一一对应签订协议: two lists of one length joined by 与 right before the word (the word after
    them both), else None."""
    right = list_chain(text, base, before[::-1])[::-1]
    rest = before[: len(before) - len(right)]
    opens = right[0].start
    # (与某市甲区、乙县: the place the list's first item is written in)
    if rest and rest[-1].end == opens:
        opens, rest = rest[-1].start, rest[:-1]
    if len(right) < 2 or not rest or text[rest[-1].end - base : opens - base] not in ("与", "和", "同"):
        return None
    left = list_chain(text, base, rest[::-1])[::-1]
    return (left, right) if len(left) == len(right) else None


def _by_sides(left: list[Mention], right: list[Mention], article: Article) -> list[tuple[Mention, Mention]]:
    """Two lists paired item by item, directed by the article's sides, else by the levels (a county's party
    receives); [] where neither tells."""
    sides = {article.side(a) for a in left}, {article.side(a) for a in right}
    by_level = {_level_direction(a, b) for a, b in zip(left, right, strict=True)}
    if sides == ({DONOR}, {RECIPIENT}) or by_level == {1}:
        return list(zip(left, right, strict=True))
    if sides == ({RECIPIENT}, {DONOR}) or by_level == {-1}:
        return list(zip(right, left, strict=True))
    return []


# 甲县、乙县“两县”人民医院，分别…: what the list's places' institutions are called, between the list and 分别
_INSTITUTIONS_OF_THE_LIST = re.compile(r"[“”\"\u4e00-\u9fff]{0,12}?(?:医院|卫生院|保健院|医疗机构)[，,]?")


def _couples_before(text: str, base: int, before: list[Mention]) -> list[tuple[Mention, Mention]]:
    """甲与乙、丙与丁 right before 分别: the couples of a list of couples (two or more), else []."""
    actors = before[-(len(before) // 2) * 2 :] if len(before) >= 4 else []
    couples = list(zip(actors[::2], actors[1::2], strict=True))

    def gap(a: Mention, b: Mention) -> str:
        return text[a.end - base : b.start - base]

    joined = all(gap(a, b) in ("与", "和", "同") for a, b in couples)
    listed = all(gap(b, c) in ("、", "，", ",", "；") for (_, b), (c, _) in zip(couples, couples[1:], strict=False))
    return couples if joined and listed else []


def _gives(a: Mention, b: Mention, article: Article) -> bool | None:
    """Whether ``a`` gives to ``b`` by the article's sides, else by the levels (a county's party receives);
    None where neither tells."""
    sides = article.side(a), article.side(b)
    if sides in ((DONOR, RECIPIENT), (RECIPIENT, DONOR)):
        return sides == (DONOR, RECIPIENT)
    direction = _level_direction(a, b)
    return None if direction == 0 else direction > 0


def _subject(text: str, base: int, actors: list[Mention], trig: Trigger) -> Mention | None:
    """The sentence's one party before an aid word, opening a clause of its own (2022年以来，甲牵头组建医共体，
    托管乙): the subject of the word in a later clause that names no party before it."""
    before = [a for a in actors if a.end <= trig.start]
    subject = _earlier_subject(text, base, before) if len(before) == 1 else None
    later = base + max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, trig.start - base)), default=0)
    return subject if subject is not None and later > subject.end else None


def _sent_to(text: str, base: int, actors: list[Mention], trig: Trigger) -> Mention | None:
    """甲派出骨干医生到乙坐诊: where a sending word's clause sends its people (the first party after a word of
    going there, posting_words.txt)."""
    clause_end = CLAUSE_BREAK.search(text, trig.end - base)
    # 选派6名医师，分别到甲、乙卫生院: the clause after the sending word's may say where they go
    if clause_end and _GOES_ON.match(text, clause_end.end()):
        clause_end = CLAUSE_BREAK.search(text, clause_end.end())
    end = base + (clause_end.start() if clause_end else len(text))
    going = read_lines("posting_words.txt")
    for actor in actors:
        if trig.end <= actor.start < end and text[max(0, actor.start - base - 2) : actor.start - base].endswith(going):
            return actor
    return None


# a clause that opens with where the people sent go (分别到, 并赴, 前往)
_GOES_ON = re.compile(r"\s*(?:并|将|分别|分批|先后|随后)*(?:到|赴|前往|奔赴|进驻|派驻)")


def _joined_by_level(
    text: str, base: int, actors: list[Mention], trig: Trigger, article: Article
) -> list[tuple[Mention, Mention]]:
    """甲与乙结对 (甲也与乙…) where the article's sides put both on one side: a province's or a city's party gives to
    a county's (the words give no direction, the levels do). 甲与乙、丙组建医联体: each party of the list 与 opens
    pairs with 甲, by the sides where they part them (the sides' runs take a list as one part)."""
    second, _ = parties_around(trig, actors, text, base)
    if second is None:
        # (甲与乙、丙等7家乡镇卫生院组建医共体: the list's count and kind between its last party and the word)
        before = [a for a in actors if a.end <= trig.start]
        if not before or not _COUNT_AND_KIND.fullmatch(text, before[-1].end - base, trig.start - base):
            return []
        second = before[-1]
    members = [second]
    earlier = [a for a in actors if a.end <= second.start]
    while earlier and text[earlier[-1].end - base : members[0].start - base] == "、":
        members.insert(0, earlier.pop())
    if earlier and _JOINED_BY_WORD.fullmatch(text, earlier[-1].end - base, members[0].start - base):
        first = earlier[-1]
    # 甲作为牵头医院，与乙、丙签订协议: the party opening the clause before, where 与 opens this one
    elif (opener := _opener_before_joiner(text, base, earlier, members[0])) is not None:
        first = opener
    else:
        return []
    # 甲和乙是我们的结对医院: both are paired with another, not with each other
    if _PAIRED_WITH_ANOTHER.match(text, second.end - base, trig.start - base):
        return []
    out = []
    for member in members:
        if not first.region or not member.region:
            out += _unplaced_to_a_county(first, member, article)
        elif article.side(first) == article.side(member):
            direction = _level_direction(first, member)
            out += [(first, member)] if direction > 0 else [(member, first)] if direction < 0 else []
        elif len(members) > 1 and {article.side(first), article.side(member)} == {DONOR, RECIPIENT}:
            out.append((first, member) if article.side(first) == DONOR else (member, first))
    return out


def _opener_before_joiner(text: str, base: int, earlier: list[Mention], joined: Mention) -> Mention | None:
    """The party that opens the clause right before a clause 与 opens (甲作为牵头医院，与乙…: 甲), if any, and is the
    one party there (not a list's first: 甲、乙、丙3家医院，与丁、戊分别签订…)."""
    before = text[: joined.start - base]
    if not before.endswith(("，与", ",与")):
        return None
    start = max((m.end() for m in CLAUSE_BREAK.finditer(before, 0, len(before) - 2)), default=0)
    there = [a for a in earlier if a.start - base >= start]
    if len(there) != 1 or before[start : there[0].start - base].strip():
        return None
    return there[0]


_COUNT_AND_KIND = re.compile(r"等(?:[\d一二三四五六七八九十两几]+[家个所])?[\u4e00-\u9fff]{0,8}?(?:共同|一起|一道)?")


def _unplaced_to_a_county(a: Mention, b: Mention, article: Article) -> list[tuple[Mention, Mention]]:
    """甲与乙开展共建 where one is a hospital no place names (an army's general hospital, a university's) and the
    other a county's party, neither given a side: no county's hospital goes without its county's name, so the
    unplaced one gives."""
    unplaced, placed = (a, b) if not a.region else (b, a)
    if unplaced.region or unplaced.label is not Label.HOSPITAL or not placed.region:
        return []
    if gazetteer().places[placed.region].level is not Label.COUNTY:
        return []
    if article.side(unplaced) != UNKNOWN or article.side(placed) == DONOR:
        return []
    return [(unplaced, placed)]


# (an adverb may stand before the joining word: 甲也与乙签订协议, 甲则与乙建立专科联盟)
_JOINED_BY_WORD = re.compile(r"(?:也|还|则|又|已|已经|均|先后|率先|正式)?[与和同]")
_PAIRED_WITH_ANOTHER = re.compile(r"(?:都|均|也)?是[\u4e00-\u9fff]{1,10}的")


def _level_direction(a: Mention, b: Mention) -> int:
    """1 where the levels say ``a`` gives to ``b`` (a province's or a city's party to a county's; a city's urban
    district's to a county's), -1 where they say ``b`` gives to ``a``, 0 where they say nothing."""
    gz = gazetteer()
    # (a county's hospital and a township's health centre of that county: the hospital over it gives)
    if over_its_township(a, b) or over_its_township(b, a):
        return 1 if over_its_township(a, b) else -1
    a_county, b_county = (bool(m.region) and gz.places[m.region].level is Label.COUNTY for m in (a, b))
    if a_county and b_county:
        a_urban, b_urban = (urban_district(gz.places[m.region].name) for m in (a, b))
        a_rural, b_rural = (gz.places[m.region].name.endswith(_RURAL_ENDINGS) for m in (a, b))
        return 1 if a_urban and b_rural else -1 if b_urban and a_rural else 0
    return 1 if b_county and not a_county else -1 if a_county and not b_county else 0


# a county and a banner (县, 自治县, 旗): rural units of the county level
_RURAL_ENDINGS = ("县", "旗")


_JOINED = re.compile(r"[与和同]")


def _clause(text: str, base: int, actor: Mention) -> int:
    """Which clause of the sentence an actor stands in (clauses end at commas and semicolons)."""
    return len(CLAUSE_BREAK.findall(text, 0, actor.start - base))


def _complete_clauses(text: str, base: int, sided: list[tuple[Mention, int]], triggers: list[Trigger]) -> set[int]:
    """The clauses that name a giver and a receiver and hold an aid word between the first and the last of them:
    each states its own pair."""
    by_clause: dict[int, list[tuple[Mention, int]]] = {}
    for actor, side in sided:
        by_clause.setdefault(_clause(text, base, actor), []).append((actor, side))
    out = set()
    for clause, members in by_clause.items():
        if {side for _, side in members} != {DONOR, RECIPIENT}:
            continue
        first, last = members[0][0].end, members[-1][0].start
        if any(
            first <= t.start and t.end <= last for t in triggers if t.kind in ("active", "passive", "mutual", "join")
        ):
            out.add(clause)
        # 甲与乙签署合作协议: two parties joined by 与, then in the same clause what they do together; 乙则由甲对口
        # 帮扶: the receiver, 由 and its giver, then the aid word
        clause_end = CLAUSE_BREAK.search(text, last - base)
        end = base + (clause_end.start() if clause_end else len(text))
        after = [t for t in triggers if last <= t.start and t.end <= end]
        # (or an aid word that opens with one they do together: 甲与乙两市结对帮扶)
        if _JOINED.search(text, first - base, last - base) and any(
            t.kind == "mutual" or opens_mutually(t.word) for t in after
        ):
            out.add(clause)
        if (
            [side for _, side in members] == [RECIPIENT, DONOR]
            and "由" in text[first - base : last - base]
            and any(t.kind == "active" for t in after)
        ):
            out.add(clause)
    # 协议：甲与乙，丙与丁: clauses that are each an item of a list of pairs
    items = {
        clause
        for clause, members in by_clause.items()
        if [side for _, side in members] in ([DONOR, RECIPIENT], [RECIPIENT, DONOR])
        and _pair_item(text, base, members[0][0], members[1][0])
    }
    return out | items if len(items) > 1 else out


def _pair_item(text: str, base: int, first: Mention, second: Mention) -> bool:
    """Whether two parties and what joins them (甲与乙, 甲—乙) are their clause alone."""
    return (
        text[first.end - base : second.start - base] in _ITEM_JOINERS
        and not text[_clause_start(text, first.start - base) : first.start - base].strip()
        and not text[second.end - base : _clause_end(text, second.end - base)].strip("。 ")
    )


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts in ``text`` (after a comma, a semicolon or a colon)."""
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)


def _clause_end(text: str, at: int) -> int:
    found = _CLAUSE_BREAK.search(text, at)
    return found.start() if found else len(text)


def _prune(pairs: list[tuple[Mention, Mention]], own_clause: set[tuple[int, int]]) -> list[tuple[Mention, Mention]]:
    """Keep the pairs a sentence states at its finest: institutions over places, counties over provinces; but a
    pair a clause states on its own (``own_clause``: ids) stands however fine the sentence's other parties are
    (甲院帮扶乙院，丙院则由甲省某医疗队帮扶)."""
    gz = gazetteer()
    pairs = [(d, r) for d, r in pairs if d.key != r.key]
    pairs = [(d, r) for d, r in pairs if not (d.label is Label.AGENCY and r.label is Label.AGENCY)]
    # (某市帮扶医疗队和香港义诊团在某县: two givers side by side)
    pairs = [(d, r) for d, r in pairs if not never_aided(r.region)]
    # a place's pair with a hospital that a hospital's pair names (甲市和甲市医院帮扶乙院): the hospitals' pair; not
    # another hospital's (甲院帮扶乙院，丙院则由甲省某医疗队帮扶: the province and 丙院)
    givers = {d.key for d, r in pairs if d.label is Label.HOSPITAL and r.label is Label.HOSPITAL}
    receivers = {r.key for d, r in pairs if d.label is Label.HOSPITAL and r.label is Label.HOSPITAL}
    pairs = [
        (d, r)
        for d, r in pairs
        if not (d.label in PLACE_LABELS and r.key in receivers) and not (r.label in PLACE_LABELS and d.key in givers)
    ]
    donors = {d.key: d for d, _ in pairs}
    recipients = {r.key: r for _, r in pairs}

    def coarse(actor: Mention, same_side: dict[str, Mention]) -> bool:
        return actor.label in PLACE_LABELS and any(
            o.key != actor.key and o.region and o.region != actor.region and gz.is_within(o.region, actor.region)
            for o in same_side.values()
        )

    seen = set()
    out = []
    for d, r in pairs:
        if (id(d), id(r)) not in own_clause and (coarse(d, donors) or coarse(r, recipients)) or (d.key, r.key) in seen:
            continue
        seen.add((d.key, r.key))
        out.append((d, r))
    return out
