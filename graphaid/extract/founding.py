"""FOUNDED and PART_OF: who founded a unit the aid created, and the receiving hospital it belongs to."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from graphaid.documents import Sentence
from graphaid.extract.article import Article
from graphaid.extract.departments import Founding, find_foundings, is_unit_name
from graphaid.extract.mentions import Mention, Relation
from graphaid.extract.sides import (
    CLAUSE_BREAK,
    DONOR,
    RECIPIENT,
    clause_bounds,
    in_another_fields_clause,
    parties_around,
    team_nouns,
)
from graphaid.extract.tables import founded_cells
from graphaid.lexicon import any_of
from graphaid.model import PLACE_LABELS, Label, Rel
from graphaid.places import gazetteer


def founding_relations(
    article: Article, experts: list[Mention], pairs: list[Relation]
) -> tuple[list[Mention], list[Relation]]:
    """The units founded in a document (with their identity set) and their FOUNDED / PART_OF relations; ``pairs``
    are the document's PAIRS_WITH relations (a unit belongs to a hospital its founder aids)."""
    units: list[Mention] = []
    relations: list[Relation] = []
    recipients = [a for a in article.orgs if a.label is Label.HOSPITAL and article.side(a) == RECIPIENT]
    partners: dict[str, set[str]] = {}
    for pair in pairs:
        if pair.type is Rel.PAIRS_WITH and pair.target.label is Label.HOSPITAL:
            partners.setdefault(pair.source.key, set()).add(pair.target.key)
            if pair.source.region:  # a place founding (两地医院建立…): the partners of its givers
                partners.setdefault(pair.source.region, set()).add(pair.target.key)
    text = article.doc.text
    for i, s in enumerate(article.sentences):
        # a school's or a farm's new room (为学校建起了创客实验室, 两地共建劳务工作站) is no unit of health care
        if article.other_field[i]:
            continue
        for founding in find_foundings(text, s.start, s.end, i):
            if in_another_fields_clause(s.text, founding.units[0].start - s.start):
                continue
            _relations(article, founding, experts, recipients, partners, s, units, relations)
    _table_foundings(article, units, relations)
    # 建成核酸检测实验室。…去年11月实验室正式启用: the end of a unit's name written after it is that unit again (not a
    # department's: 新生儿科 founded, then 儿科, is another)
    again = {
        id(u)
        for u in units
        if not u.surface.endswith("科")
        and any(o.sent < u.sent and o.surface != u.surface and o.surface.endswith(u.surface) for o in units)
        # (新生儿重症监护室（NICU）…这间NICU: the short name the text gives another unit in brackets, before or after)
        or any(o.surface != u.surface and _short_name_given(text, o.surface, u.surface) for o in units)
    }
    if again:
        units = [u for u in units if id(u) not in again]
        relations = [r for r in relations if id(r.source) not in again and id(r.target) not in again]
    return units, relations


def _short_name_given(text: str, name: str, short: str) -> bool:
    """Whether the text gives ``short`` in brackets right after ``name`` (新生儿重症监护室（NICU）)."""
    return f"{name}（{short}）" in text or f"{name}({short})" in text


def _table_foundings(article: Article, units: list[Mention], relations: list[Relation]) -> None:
    """The units a table's column of founded units names (序号 帮扶医院 受援医院 新建科室): each founded by its row's
    giver at its row's receiver."""
    cells = founded_cells(article.sentences, article.table_headers, article.table_rows)
    for i, (a, b) in cells.items():
        sentence = article.sentences[i]
        giver, receiver = article.table_rows[i]
        for piece in re.finditer(r"[^、，,；;和及]+", sentence.text[a:b]):
            name = piece.group().strip()
            if not is_unit_name(name):
                continue
            start = sentence.start + a + piece.start()
            unit = Mention(Label.DEPARTMENT, name, start, start + len(name), i)
            _found(unit, giver, receiver, sentence, article.doc.doc_id, units, relations)


def _relations(
    article, founding: Founding, experts, recipients, partners, sentence: Sentence, units, relations
) -> None:
    sent = founding.units[0].sent
    actors = article.actors_by_sent[sent]
    if not founding.heading and _at_a_givers_own(article, sentence, founding.verb_start):
        return
    donors = [a for a in actors if article.side(a) == DONOR] or _givers_by_words(article, sent)
    founders = donors if founding.heading else [a for a in donors if a.end <= founding.verb_start]
    founder_experts = [e for e in experts if e.sent == sent and e.key and e.end <= founding.verb_start] or _named_again(
        experts, sentence.text[: founding.verb_start - sentence.start]
    )
    founder = (founders[-1] if founders and not founding.heading else founders[0] if founders else None) or (
        founder_experts[-1] if founder_experts else None
    )
    # (a founder the sentence does not name, where its units lie at several hospitals: each unit's is the one
    # hospital the article pairs with its host, 新建科室3个，包括：甲院某科，乙院某室)
    unstated = founder is None or founder.sent != sent
    # (前两批队员已帮助某院建成…: a team that builds it, no one the sentences before name, is the giver's)
    verb_at = founding.verb_start - sentence.start
    clause = sentence.text[clause_bounds(sentence.text, verb_at)[0] : verb_at]
    # (两年来，他们帮助医院建成了…，成立了…: a plural pronoun for the people named before, earlier in the sentence,
    # is their team too)
    by_team = founder is None and (
        any_of(team_nouns()).search(clause) is not None or _THEY.search(sentence.text, 0, verb_at) is not None
    )
    # (帮扶团队进驻以来，推动医院成立了…: a team the sentence opens with is the subject of its later clauses)
    by_team = by_team or (founder is None and _team_subject().match(sentence.text) is not None)
    if (
        (founder is None or founder.label in PLACE_LABELS)
        and not by_team
        and _ONE_PERSON.search(sentence.text, 0, verb_at)
    ):
        # (在他的帮助下，某院开设了骨科病区: he is the expert named last, in this sentence or the two before; not a
        # place the unit's own words name: 在他的协调下，连接甲地与乙地的远程会诊中心投入使用)
        window = article.doc.text[article.sentences[max(0, sent - 2)].start : founding.verb_start]
        named = {e.surface: e for e in experts if e.key and e.surface in window}
        founder = max(named.values(), key=lambda e: window.rfind(e.surface)) if named else founder
    if founder is None and not by_team:
        # the party of the sentences just before (…帮扶。 在…期间, 帮该院成立新生儿科)
        for j in (sent - 1, sent - 2):
            earlier = [a for a in article.actors_by_sent[j] if article.side(a) == DONOR] if j >= 0 else []
            earlier += [e for e in experts if e.sent == j and e.key]
            if earlier:
                # (甲帮扶乙，丙帮扶丁。…走进乙，看到新建成的…: the one of them that aids the receiver named here)
                here = {a.key for a in actors if article.side(a) == RECIPIENT}
                paired = [d for d in earlier if partners.get(d.key, set()) & here]
                founder = max(paired or earlier, key=lambda m: m.start)
                break
    if founder is None and by_team:
        founder = _team_giver(article, experts)
    founder = founder or article.main.get(DONOR, hospital=True) or article.main.get(DONOR)
    # (在聊城专家的帮助下，某县医院眼科成立: a place standing for its people, where the article names one giving
    # hospital of it, paired with a receiving hospital of the sentence, is that hospital)
    # (or, where it names several, the one of them paired with that receiving hospital; where the sentence names
    # none, as a title may not, the one of them paired with any: 某省专家驻诊某县：某科开科)
    if founder is not None and founder.label in PLACE_LABELS:
        here = {a.key for a in actors if a.label is Label.HOSPITAL and article.side(a) == RECIPIENT}
        paired = [
            h
            for h in _its_hospitals(article, founder)
            if partners.get(h.key, set()) & here or not here and partners.get(h.key)
        ]
        if len(paired) == 1:
            founder = paired[0]
    place_founder = founder is not None and founder.label in PLACE_LABELS
    key = founder.region if place_founder else founder.key if founder else ""
    own = [r for r in recipients if r.key in partners.get(key, ())]
    host = _host(article, founding, recipients, own, place_founder)
    if founder is None and host is None:
        return
    givers = [a for a in donors if a.label is Label.HOSPITAL]
    respective = _respectively(founding, recipients, sentence)
    hosts = [
        respective[n] if respective else _named_before(recipients, sentence, u) or host
        for n, u in enumerate(founding.units)
    ]
    several = len({h.key for h in hosts if h is not None}) > 1
    for unit, unit_host in zip(founding.units, hosts, strict=True):
        unit_founder = (
            _paired_giver(article, partners, unit_host) if unstated and several and unit_host else None
        ) or founder
        _found(
            unit,
            # (甲医院“某工作室”和乙医院“某中心”同日揭牌: a unit in quotes right after a giver's name is that giver's)
            _owner(givers, sentence, unit) or unit_founder,
            unit_host,
            sentence,
            article.doc.doc_id,
            units,
            relations,
        )


def _paired_giver(article, partners: dict[str, set[str]], host: Mention) -> Mention | None:
    """The one hospital the article pairs with ``host`` as its giver, if one."""
    givers = {o.key: o for o in article.orgs if o.label is Label.HOSPITAL and host.key in partners.get(o.key, ())}
    return next(iter(givers.values())) if len(givers) == 1 else None


def _named_before(recipients: list[Mention], sentence: Sentence, unit: Mention) -> Mention | None:
    """甲医院某科、某科以及乙卫生院某堂同日揭牌: the receiving hospital whose name a unit's clause gives last before
    the unit itself."""
    clause_start = sentence.start + clause_bounds(sentence.text, unit.start - sentence.start)[0]
    return max(
        (a for a in recipients if a.sent == unit.sent and clause_start <= a.start and a.end <= unit.start),
        key=lambda a: a.end,
        default=None,
    )


def _owner(givers: list[Mention], sentence: Sentence, unit: Mention) -> Mention | None:
    """The giver whose name stands right before a unit's name in quotes (甲医院“某工作室”)."""
    before = sentence.text[: unit.start - sentence.start]
    if not before.endswith(("“", "「", "『", '"')):
        return None
    return next((g for g in givers if g.end - sentence.start == len(before) - 1), None)


def _respectively(founding: Founding, recipients: list[Mention], sentence: Sentence) -> list[Mention]:
    """甲中心和乙中心分别在丙医院和丁医院揭牌: the receiving hospitals 分别 lists after the units, one for each in
    their order; none where the counts differ."""
    last = founding.units[-1].end
    if "分别" not in sentence.text[last - sentence.start : founding.verb_start - sentence.start]:
        return []
    named = sorted((a for a in recipients if last <= a.start and a.end <= founding.verb_start), key=lambda a: a.start)
    return named if len(founding.units) > 1 and len(named) == len(founding.units) else []


# a pronoun for one person (not 其他, 他们)
_ONE_PERSON = re.compile(r"(?<!其)[他她](?!们)")
_THEY = re.compile("他们|她们|专家们|队员们")


def _its_hospitals(article: Article, place: Mention) -> list[Mention]:
    """The giving hospitals of ``place`` the article names, one mention each."""
    gz = gazetteer()
    found = {
        a.key: a
        for a in article.orgs
        if a.label is Label.HOSPITAL
        and a.region
        and place.region
        and gz.is_within(a.region, place.region)
        and article.side(a) == DONOR
    }
    return list(found.values())


def _team_giver(article: Article, experts: list[Mention]) -> Mention | None:
    """Who gives a team: the one hospital that sends all the people the article names, where it names no other
    giving hospital, else the article's main giver, a place where that is one (a province's team of people from
    several hospitals is the province's)."""
    senders = {e.affiliation.key: e.affiliation for e in experts if e.key and e.affiliation is not None}
    givers = {a.key for a in article.orgs if a.label is Label.HOSPITAL and article.side(a) == DONOR}
    sender = next(iter(senders.values())) if len(senders) == 1 else None
    if sender is not None and sender.label is Label.HOSPITAL and givers <= {sender.key}:
        return sender
    return article.main.get(DONOR)


@cache
def _team_subject() -> re.Pattern:
    """A team noun as the subject a sentence opens with, after a short opening clause and a few words of its own
    (据统计，前五批援宁队员…, 帮扶团队进驻以来…)."""
    return re.compile(r"^(?:[^，,。；;]{0,8}[，,])?[^，,。；;]{0,8}?(?:" + any_of(team_nouns()).pattern + ")")


def _named_again(experts: list[Mention], before_verb: str) -> list[Mention]:
    """在某某牵头下，医院新建眼科: the experts the article names elsewhere whose names stand again before the verb (by
    name alone, which the recogniser reads only beside a role), in text order."""
    at = {}
    for expert in experts:
        if expert.key and (found := before_verb.rfind(expert.surface)) >= 0:
            at.setdefault(expert.key, (found, expert))
    return [expert for _, expert in sorted(at.values(), key=lambda item: item[0])]


def _found(
    unit: Mention,
    founder: Mention | None,
    host: Mention | None,
    sentence: Sentence,
    doc_id: str,
    units: list[Mention],
    relations: list[Relation],
) -> None:
    """A unit founded by ``founder`` at ``host``: its identity (the host's, or the document's where none, and its own
    name without the places it was written with), its FOUNDED and PART_OF."""
    own = unit.surface
    for match in gazetteer().scan(own):
        if match.start == 0 and len(own) > match.end:
            own = own[match.end :].lstrip("·")
    unit.key = f"{host.key if host else doc_id}|{own}"
    unit.affiliation = host
    written = _places_written_before(unit, sentence)
    if written:
        # (某县危重孕产妇救治中心: the name as written keeps its place, the same unit as the one named without it)
        unit.surface, unit.start = written + unit.surface, unit.start - len(written)
    units.append(unit)
    if founder is not None:
        relations.append(Relation(founder, unit, Rel.FOUNDED, sentence))
    if host is not None:
        relations.append(Relation(unit, host, Rel.PART_OF, sentence))


def _places_written_before(unit: Mention, sentence: Sentence) -> str:
    """The place names written right before a unit's own name, as part of its name (湟源县|危重孕产妇救治中心), or
    ''; only where its name was read with them (not 某县首个|某中心, nor 某县三个乡镇|血透室), and not for a
    clinical department, which a place before only locates (某县|新生儿科)."""
    if not unit.places or unit.surface.endswith("科"):
        return ""
    before = sentence.text[: unit.start - sentence.start]
    tail = before[-_LONGEST_PLACES:]
    at = len(tail)
    for match in reversed(gazetteer().scan(tail)):
        if match.end != at or not match.strong:
            break
        at = match.start
    return tail[at:]


# (a province, a prefecture and a county, each written with its level)
_LONGEST_PLACES = 24


# a giver setting a unit up at its own house (某医院专门在本院成立了某办公室; 在某医院本部设立了某基地): what stands
# between the giver, or 在, and the verb
_THEN = "(?:还|也|已|又|并|则|专门|同时|特意|特地|率先|随后|已经)*"
_AT_HOME = re.compile(_THEN + "在(?:本院|本部|院本部|医院本部)")
_POINTER = re.compile(r"[该我本此其]院$")
_HOME_PART = re.compile("(?:本部|院本部|总部|院内)?" + _THEN)


def _at_a_givers_own(article: Article, sentence: Sentence, verb_start: int) -> bool:
    """Whether the founding verb's unit is set up at a giver's own hospital, none the aid founded: a giving
    institution then 在本院 right before the verb, or 在 and a giving institution there."""
    text, base = sentence.text, sentence.start
    for actor in article.orgs:
        # (a giver named, not one pointed back to: 已在该院建成… speaks of where the team works)
        if (
            not base <= actor.start < actor.end <= verb_start
            or article.side(actor) != DONOR
            or _POINTER.match(text, actor.start - base, actor.end - base)
        ):
            continue
        after = text[actor.end - base : verb_start - base]
        if _AT_HOME.fullmatch(after) or (text.endswith("在", 0, actor.start - base) and _HOME_PART.fullmatch(after)):
            return True
    return False


def _givers_by_words(article: Article, sent: int) -> list[Mention]:
    """The parties right before an aid word of the sentence (某区人民医院对口帮扶某县中藏医院，帮助建成某科), where
    the article's sides put no giver in it (aid inside a province the article's other aid comes to)."""
    text, base = article.sentences[sent].text, article.sentences[sent].start
    actors = article.actors_by_sent[sent]
    givers = [parties_around(t, actors, text, base)[0] for t in article.triggers_by_sent[sent] if t.kind == "active"]
    # (在某县人民医院帮助建成…: where the aid was, not who gave it; but 在某省帮扶团队的努力下: whose work it was)
    return [
        g
        for g in givers
        if g is not None and (not text.endswith("在", 0, g.start - base) or _UNDER.match(text, g.end - base))
    ]


_UNDER = re.compile(r"[^，,。；;]{0,12}?的[\u4e00-\u9fff]{0,4}下")


def _host(
    article: Article, founding: Founding, recipients: list[Mention], partners: list[Mention], founder_is_region: bool
) -> Mention | None:
    """The receiving hospital a founded unit belongs to; where its sentence and its name do not say, one its founder
    aids (``partners``: an article of several pairs), else the one named last before."""
    unit = founding.units[0]
    in_sentence = [a for a in recipients if a.sent == unit.sent]
    # 帮助甲医院新建某科，帮助乙医院新建某科: the hospital its own clause names before the verb
    text, base = article.sentences[unit.sent].text, article.sentences[unit.sent].start
    clause_start = base + max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, founding.verb_start - base)), default=0)
    own_clause = [a for a in in_sentence if clause_start <= a.start and a.end <= founding.verb_start]
    if own_clause:
        return own_clause[-1]
    if in_sentence:
        return _nearest(in_sentence, unit)
    # 某县疼痛康复诊疗中心: the main receiving hospital of the place the unit's name starts with
    gz = gazetteer()
    lead = next((m for m in gz.scan(unit.surface) if m.start == 0), None)
    code = unit.places[-1] if unit.places else gz.resolve(lead, set()) if lead else None
    if code:
        local = Counter(a.key for a in recipients if a.region == code)
        if local:
            best = local.most_common(1)[0][0]
            return next(a for a in recipients if a.key == best)
    earlier = [a for a in recipients if a.start < founding.verb_start]
    before = [p for p in partners if p.start < founding.verb_start]
    among = before if partners else earlier
    if founder_is_region and len({h.region for h in among if gz.is_county(h.region)}) > 1:
        # a region aiding several counties (两地医院建立…, 帮助受援地区建成…): the article's main receiver where it is
        # one of them, else no one hospital's unit
        main = article.main.get(RECIPIENT, hospital=True)
        return main if main is not None and main.key in {a.key for a in among} else None
    if partners and (not earlier or earlier[-1].key not in {p.key for p in partners}):
        return before[-1] if before else partners[0]
    return earlier[-1] if earlier else article.main.get(RECIPIENT, hospital=True)


def _nearest(candidates: list[Mention], anchor: Mention) -> Mention | None:
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs(c.start - anchor.start))
