"""From one document to mentions and relations, each relation citing the sentence it was read from."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from graphaid.documents import Document, Sentence
from graphaid.extract.departments import find_foundings
from graphaid.extract.experts import expert_relations
from graphaid.extract.mentions import Mention
from graphaid.extract.orgs import LEVEL_CHARS, find_orgs, normal_rest
from graphaid.extract.people import KnownNames, PersonFinder, default_finder, expert_windows, find_experts
from graphaid.extract.sides import DONOR, RECIPIENT, SideModel, find_triggers, has_aid_words
from graphaid.model import PLACE_LABELS, Label, Rel
from graphaid.places import gazetteer

# bare county names are read as places only when followed by one of these or already named in full
_BARE_PLACE_FOLLOW = re.compile(r"^(?:[、和与及等]|县|人民|地区|帮扶|医疗|卫生|妇幼|中医|$)")
_GROUP_TAIL = ("医疗健康集团", "医疗集团", "医院集团")
_ANAPHORA = ("该院", "我院", "本院", "该医院")
_OVERSEER = re.compile(r"^[^,，。；;:：、]{0,12}?的(?:领导|安排|指导|统筹|部署)")
# 根据湖州市卫健委东西部协作工作安排: a body named as the source of instructions, not as a party
_INSTRUCTED_BY = re.compile(r"^[^,，。；;:：、]{0,14}?(?:领导|安排|指导|统筹|部署|要求)")
# 北京市―→容城县: an arrow between two names states the pair outright
_ARROW = re.compile(r"^\s*[―—\-－]*\s*[→＞>]\s*$")
_PAIRING_WORDS = ("帮扶", "支援", "援助", "援建", "托管", "结对", "协作", "对口")


@dataclass(slots=True)
class Relation:
    source: Mention
    target: Mention
    type: Rel
    sentence: Sentence


@dataclass(slots=True)
class Extraction:
    doc: Document
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    has_aid: bool = True


def extract(doc: Document, finder: PersonFinder | None = None) -> Extraction:
    """Mentions and relations of one document."""
    result = Extraction(doc)
    if not _tells_of_aid(doc):
        result.has_aid = False
        return result
    text, sentences = doc.text, doc.sentences
    orgs_by_sent = [find_orgs(text, s.start, s.end, i) for i, s in enumerate(sentences)]
    places_by_sent = _place_actors(doc, orgs_by_sent)
    orgs = _resolve_org_aliases([m for ms in orgs_by_sent for m in ms])
    orgs_by_sent = [[m for m in orgs if m.sent == i] for i in range(len(sentences))]
    actors_by_sent = [sorted(o + p, key=lambda m: m.start) for o, p in zip(orgs_by_sent, places_by_sent, strict=True)]
    triggers_by_sent = [find_triggers(s.text, s.start) for s in sentences]

    sides = SideModel()
    aid_sents = [i for i, t in enumerate(triggers_by_sent) if t]
    continuing = _continuations(actors_by_sent, aid_sents)
    for i in aid_sents:
        sides.vote_sentence(sentences[i].text, sentences[i].start, actors_by_sent[i], triggers_by_sent[i])
    for s in sentences:
        sides._vote_slogans(s.text)
    sides.settle([a for ms in actors_by_sent for a in ms])

    result.mentions.extend(orgs)
    result.mentions.extend(a for ms in places_by_sent for a in ms)
    main = _MainActors(sides, actors_by_sent, aid_sents)

    for i in aid_sents:
        _pairings(result, sides, actors_by_sent[i], triggers_by_sent[i], sentences[i], main)
    for i in continuing:
        # a sentence without aid words only carries on a region-to-region statement
        places = [a for a in actors_by_sent[i] if a.label in PLACE_LABELS]
        _pairings(result, sides, places, triggers_by_sent[i - 1], sentences[i], main, fill=False)
    experts = find_experts(text, [(s.start, s.end, i) for i, s in enumerate(sentences)], finder)
    kept, expert_links = expert_relations(doc, sides, experts, actors_by_sent, main)
    result.mentions.extend(kept)
    result.relations.extend(Relation(*link) for link in expert_links)
    if result.relations:  # units are only read as founded by aid in an article that tells of aid
        for i, s in enumerate(sentences):
            for founding in find_foundings(text, s.start, s.end, i):
                _founding_relations(result, sides, founding, actors_by_sent, experts, s, main)
    return result


def extract_many(docs: Sequence[Document], finder: PersonFinder | None = None) -> list[Extraction]:
    """:func:`extract` of each document, the same results, with the name recogniser called once for them all."""
    windows = [
        window
        for doc in docs
        if _tells_of_aid(doc)
        for window in expert_windows(doc.text, [(s.start, s.end, i) for i, s in enumerate(doc.sentences)])
    ]
    if windows:
        finder = KnownNames(finder or default_finder(), windows)
    return [extract(doc, finder) for doc in docs]


def _tells_of_aid(doc: Document) -> bool:
    return has_aid_words("".join(s.text for s in doc.sentences))


def _place_actors(doc: Document, orgs_by_sent: list[list[Mention]]) -> list[list[Mention]]:
    """Places named on their own (not inside an institution's name), one actor per place phrase."""
    gz = gazetteer()
    scans = [gz.scan(s.text) for s in doc.sentences]
    context: set[str] = set()
    for scan in scans:
        for match in scan:
            if match.strong:
                code = gz.resolve(match, set())
                if code:
                    context.add(code)
    for orgs in orgs_by_sent:
        for org in orgs:
            context.update(org.places)
    out = []
    for i, (s, scan) in enumerate(zip(doc.sentences, scans, strict=True)):
        inside = [(o.start - s.start, o.end - s.start) for o in orgs_by_sent[i]]
        actors: list[Mention] = []
        last_end = -10
        for match in scan:
            if any(a <= match.start < b for a, b in inside):
                continue
            code = gz.resolve(match, context)
            if code is None:
                continue
            if not match.strong:
                follow = s.text[match.end : match.end + 2]
                known = code in context or any(p.code in context for p in gz.lineage(code)[:-1])
                if not (known and (_BARE_PLACE_FOLLOW.match(follow) or code in context)):
                    continue
            mention = Mention(
                gazetteer().places[code].level,
                match.surface,
                s.start + match.start,
                s.start + match.end,
                i,
                region=code,
                key=code,
                places=[code],
            )
            # 广州市番禺区: a phrase of places is one actor, the finest of them
            if actors and match.start == last_end and gz.is_within(code, actors[-1].region or ""):
                mention.start = actors[-1].start
                mention.surface = s.text[actors[-1].start - s.start : match.end]
                mention.places = actors[-1].places + [code]
                actors[-1] = mention
            else:
                actors.append(mention)
            last_end = match.end
        out.append(actors)
    return out


def _resolve_org_aliases(orgs: list[Mention]) -> list[Mention]:
    """Within a document: 县妇幼保健院 -> the county's one named before; 丁青医院 -> 丁青县人民医院; groups."""
    out = []
    full = [o for o in orgs if not o.abbreviated and o.places]
    for org in orgs:
        if org.label is Label.HOSPITAL:
            for tail in _GROUP_TAIL:
                head = org.rest[: -len(tail)] if org.rest.endswith(tail) else ""
                if head and head.endswith(("医院", "保健院", "卫生院")):
                    org.key = f"{org.region}|{head}"
                    org.rest = head
            if org.abbreviated:
                level, rest = org.surface[:1], normal_rest(org.surface[1:])
                same = [f for f in full if f.rest == rest and gazetteer().places[f.places[-1]].name.endswith(level)]
                earlier = [f for f in same if f.start < org.start]
                # the nearest full name before it, else the first one after it
                ref = earlier[-1] if earlier else (same[0] if same else None)
                if ref is None or level not in LEVEL_CHARS:
                    continue
                org.key, org.region, org.places, org.rest = ref.key, ref.region, ref.places, ref.rest
                org.abbreviated = False
            elif org.places and org.rest == "医院":
                own = [f for f in full if f.region == org.region and f.rest == "人民医院"]
                if own:
                    org.key = own[0].key
                    org.rest = own[0].rest
        out.append(org)
    return out


class _MainActors:
    """The document's most named donor and recipient, for sentences that leave one side unsaid."""

    def __init__(self, sides: SideModel, actors_by_sent: list[list[Mention]], aid_sents: list[int]):
        self.sides = sides
        counts: dict[tuple[int, bool], Counter] = {}
        first: dict[str, Mention] = {}
        for i, actors in enumerate(actors_by_sent):
            for actor in actors:
                side = sides.side(actor)
                if side == 0:
                    continue
                is_hospital = actor.label is Label.HOSPITAL
                counts.setdefault((side, is_hospital), Counter())[actor.key] += 2 if i in aid_sents else 1
                first.setdefault(actor.key, actor)
        recipient_hospitals = counts.get((RECIPIENT, True), Counter())
        self.single_recipient_hospital = len(recipient_hospitals) == 1
        self._best = {}
        for (side, is_hospital), counter in counts.items():
            key = max(counter, key=lambda k: (counter[k], -first[k].start))
            self._best[(side, is_hospital)] = first[key]

    def get(self, side: int, hospital: bool | None = None) -> Mention | None:
        if hospital is None:
            return self._best.get((side, False)) or self._best.get((side, True))
        return self._best.get((side, hospital))


def _continuations(actors_by_sent: list[list[Mention]], aid_sents: list[int]) -> list[int]:
    """Sentences with no aid word that go on about the party of the aid sentence before them
    (佛山市南海区在组团式帮扶中… / 面对榕江、丹寨…等县的医疗短板,南海区…)."""
    aid = set(aid_sents)
    out = []
    for i in range(1, len(actors_by_sent)):
        if i in aid or i - 1 not in aid or len(actors_by_sent[i]) < 2:
            continue
        if {a.key for a in actors_by_sent[i]} & {a.key for a in actors_by_sent[i - 1]}:
            out.append(i)
    return out


def _pairings(result, sides, actors, triggers, sentence, main, fill: bool = True) -> None:
    text, base = sentence.text, sentence.start
    # 在天津市卫健委的领导下: a body that oversees the aid is not a party to it
    actors = [
        a
        for a in actors
        if not _OVERSEER.match(text[a.end - base :])
        and not (
            text[max(0, a.start - base - 2) : a.start - base] in ("根据", "按照")
            and _INSTRUCTED_BY.match(text[a.end - base :])
        )
    ]
    arrows = [
        (a, b) for a, b in zip(actors, actors[1:], strict=False) if _ARROW.match(text[a.end - base : b.start - base])
    ]
    if arrows:
        for donor, recipient in arrows:
            result.relations.append(Relation(donor, recipient, Rel.PAIRS_WITH, sentence))
        return
    sided = [(a, sides.side(a)) for a in actors if sides.side(a) != 0]
    sided = [(a, s) for a, s in sided if not (s == RECIPIENT and a.label is Label.AGENCY)]
    if not any(t.kind in ("active", "passive", "mutual", "join") for t in triggers):
        return
    runs: list[list[tuple[Mention, int]]] = []
    for item in sided:
        if runs and runs[-1][-1][1] == item[1]:
            runs[-1].append(item)
        else:
            runs.append([item])
    pairs = []
    for left, right in zip(runs, runs[1:], strict=False):
        donors = [a for a, s in left + right if s == DONOR]
        recipients = [a for a, s in left + right if s == RECIPIENT]
        if len(donors) == len(recipients) > 1 and any(w in sentence.text for w in ("分别", "依次", "各自")):
            pairs.extend(zip(donors, recipients, strict=True))
        else:
            pairs.extend((d, r) for d in donors for r in recipients)
    if fill and len(runs) == 1 and runs[0][0][1] == RECIPIENT and any(w in sentence.text for w in _PAIRING_WORDS):
        donor = main.get(DONOR)
        # a whole province is too coarse a party to pair with a hospital the sentence does not tie to it
        if donor is not None and donor.label is not Label.PROVINCE:
            pairs.extend((donor, r) for r, _ in runs[0])
    for donor, recipient in _prune(pairs):
        result.relations.append(Relation(donor, recipient, Rel.PAIRS_WITH, sentence))


def _prune(pairs: list[tuple[Mention, Mention]]) -> list[tuple[Mention, Mention]]:
    """Keep the pairs a sentence states at its finest: institutions over places, counties over provinces."""
    gz = gazetteer()
    pairs = [(d, r) for d, r in pairs if d.key != r.key]
    pairs = [(d, r) for d, r in pairs if not (d.label is Label.AGENCY and r.label is Label.AGENCY)]
    if any(d.label is Label.HOSPITAL and r.label is Label.HOSPITAL for d, r in pairs):
        pairs = [(d, r) for d, r in pairs if (d.label in PLACE_LABELS) == (r.label in PLACE_LABELS)]
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
        if coarse(d, donors) or coarse(r, recipients) or (d.key, r.key) in seen:
            continue
        seen.add((d.key, r.key))
        out.append((d, r))
    return out


def _nearest(candidates: list[Mention], anchor: Mention) -> Mention | None:
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs(c.start - anchor.start))


def _founding_relations(result, sides, founding, actors_by_sent, experts, sentence, main) -> None:
    sent = founding.units[0].sent
    actors = actors_by_sent[sent]
    donors = [a for a in actors if sides.side(a) == DONOR]
    founders = donors if founding.heading else [a for a in donors if a.end <= founding.verb_start]
    founder_experts = [e for e in experts if e.sent == sent and e.key and e.end <= founding.verb_start]
    founder = (founders[-1] if founders and not founding.heading else founders[0] if founders else None) or (
        founder_experts[-1] if founder_experts else None
    )
    if founder is None:
        # the party of the sentences just before (干烨: …帮扶。 在…期间, 帮该院成立新生儿科)
        for j in (sent - 1, sent - 2):
            earlier = [a for a in actors_by_sent[j] if sides.side(a) == DONOR] if j >= 0 else []
            earlier += [e for e in experts if e.sent == j and e.key]
            if earlier:
                founder = max(earlier, key=lambda m: m.start)
                break
    founder = founder or main.get(DONOR, hospital=True) or main.get(DONOR)
    host = _host(sides, founding, actors_by_sent, main)
    if founder is None and host is None:
        return
    gz = gazetteer()
    for unit in founding.units:
        own = unit.surface
        for match in gz.scan(own):
            if match.start == 0 and len(own) > match.end:
                own = own[match.end :].lstrip("·")
        unit.key = f"{host.key if host else result.doc.doc_id}|{own}"
        unit.affiliation = host
        result.mentions.append(unit)
        if founder is not None:
            result.relations.append(Relation(founder, unit, Rel.FOUNDED, sentence))
        if host is not None:
            result.relations.append(Relation(unit, host, Rel.PART_OF, sentence))


def _host(sides, founding, actors_by_sent, main) -> Mention | None:
    """The receiving hospital a founded unit belongs to."""
    unit = founding.units[0]
    recipients = [a for ms in actors_by_sent for a in ms if a.label is Label.HOSPITAL and sides.side(a) == RECIPIENT]
    in_sentence = [a for a in recipients if a.sent == unit.sent]
    if in_sentence:
        return _nearest(in_sentence, unit)
    # 晴隆县疼痛康复诊疗中心: the main receiving hospital of the place the unit's name starts with
    gz = gazetteer()
    lead = next((m for m in gz.scan(unit.surface) if m.start == 0), None)
    code = unit.places[-1] if unit.places else gz.resolve(lead, set()) if lead else None
    if code:
        local = Counter(a.key for a in recipients if a.region == code)
        if local:
            best = local.most_common(1)[0][0]
            return next(a for a in recipients if a.key == best)
    earlier = [a for a in recipients if a.start < founding.verb_start]
    return earlier[-1] if earlier else main.get(RECIPIENT, hospital=True)
