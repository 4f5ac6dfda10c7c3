"""From one document to mentions and relations, each relation citing the sentence it was read from.

A thin pipeline: the recognisers annotate the document (:mod:`graphaid.extract.article`), then each relation
rule reads the annotated article: pairing, experts, founding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from graphaid.documents import Document
from graphaid.extract.article import annotate
from graphaid.extract.experts import counted_among_locals, expert_relations
from graphaid.extract.founding import founding_relations
from graphaid.extract.items import briefs
from graphaid.extract.listings import listed_pairs, network_members
from graphaid.extract.mentions import Mention, Relation
from graphaid.extract.pairing import (
    branch_pairs,
    finest_pairs,
    hospitals_for_places,
    pairing_relations,
    pairs_from_postings,
    team_origin_pairs,
    team_owner_pairs,
    without_pairs_crossing_postings,
)
from graphaid.extract.people import (
    RUN_ON_ADVERBS,
    KnownNames,
    PersonFinder,
    default_finder,
    expert_windows,
    find_experts,
    is_tibetan_name,
    named_as_learner,
    post_verbs,
    role_words,
    travelling_words,
)
from graphaid.extract.sides import has_aid_words
from graphaid.lexicon import read_lines
from graphaid.model import Label, Rel
from graphaid.places import gazetteer

__all__ = ["Extraction", "Relation", "extract", "extract_many"]


@dataclass(slots=True)
class Extraction:
    doc: Document
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    has_aid: bool = True


def extract(doc: Document, finder: PersonFinder | None = None) -> Extraction:
    """Mentions and relations of one document (of each brief of a page of briefs, read as an article of its own)."""
    items = briefs(doc)
    if not items:
        return _extract(doc, finder)
    result = Extraction(doc, has_aid=False)
    # (the page's opening lines, in every item, name the programme; a brief that tells of no aid itself, nor of
    # anyone posted, names no party)
    opening = set.intersection(*map(set, items))
    for item in items:
        own = "".join(doc.sentences[i].text for i in item if i not in opening)
        if not has_aid_words(own) and not any(w in own for w in read_lines("dispatch_words.txt")):
            continue
        part = _extract(replace(doc, sentences=[doc.sentences[i] for i in item]), finder)
        result.has_aid |= part.has_aid
        result.mentions += part.mentions
        result.relations += part.relations
    return result


def _extract(doc: Document, finder: PersonFinder | None) -> Extraction:
    result = Extraction(doc)
    if not _tells_of_aid(doc):
        result.has_aid = False
        return result
    article = annotate(doc)
    if article.abroad_only:
        result.has_aid = False
        return result
    result.mentions.extend(o for o in article.orgs if o.key not in article.learned_at)
    result.mentions.extend(article.places)
    result.relations.extend(pairing_relations(article))
    result.relations.extend(branch_pairs(article))
    result.relations.extend(listed_pairs(article))
    sentences = article.sentences
    told = [(s.start, s.end, i) for i, s in enumerate(sentences) if i not in article.quiet]
    experts = find_experts(doc.text, told, finder)
    experts = _every_mention(doc, _written_longer(doc, experts, finder or default_finder()))
    stated = [(r.source, r.target) for r in result.relations if r.type is Rel.PAIRS_WITH]
    kept, expert_links = expert_relations(doc, article.sides, experts, article.actors_by_sent, article.main, stated)
    # 刘|长春: a place read inside a person's name is none, wherever the article names them
    people = {e.surface for e in kept}
    named = [(e.start, e.end) for e in experts if e.surface in people]
    inside = {id(m) for m in article.places if any(a <= m.start and m.end <= b for a, b in named)}
    if inside:
        result.mentions = [m for m in result.mentions if id(m) not in inside]
        result.relations = [r for r in result.relations if id(r.source) not in inside and id(r.target) not in inside]
        # (nor one who founds a unit: 某长春牵头组建了某科 names no city)
        article.places = [m for m in article.places if id(m) not in inside]
        article.actors_by_sent = [[m for m in ms if id(m) not in inside] for ms in article.actors_by_sent]
    result.mentions.extend(kept)
    result.relations.extend(Relation(*link) for link in expert_links)
    result.relations = without_pairs_crossing_postings(result.relations)
    result.relations.extend(pairs_from_postings(result.relations))
    result.relations.extend(team_owner_pairs(result.relations, article))
    result.relations.extend(team_origin_pairs(result.relations, article))
    result.relations = finest_pairs(hospitals_for_places(result.relations, article))
    if result.relations:  # units are only read as founded by aid in an article that tells of aid
        units, relations = founding_relations(article, experts, result.relations)
        result.mentions.extend(units)
        result.relations.extend(relations)
    # 甲、乙、丙等12家医院加入联盟: members of a network no act of aid names are no party
    members, joined_only = network_members(article, result.mentions, result.relations)
    if members or joined_only:
        result.mentions = [m for m in result.mentions if id(m) not in members]
        result.relations = [r for r in result.relations if id(r) not in joined_only]
    if article.quiet:
        # a round-up's items that tell of no aid name no party (a conference's hosts, an award's winners)
        related = {id(m) for r in result.relations for m in (r.source, r.target)}
        result.mentions = [m for m in result.mentions if m.sent not in article.quiet or id(m) in related]
    return result


def extract_many(
    docs: Sequence[Document], finder: PersonFinder | None = None, on_each: Callable[[], None] | None = None
) -> list[Extraction]:
    """:func:`extract` of each document, the same results, with the name recogniser called once for them all;
    ``on_each()`` after each document (progress)."""
    windows = [
        window
        for doc in docs
        if _tells_of_aid(doc)
        for window in expert_windows(doc.text, [(s.start, s.end, i) for i, s in enumerate(doc.sentences)])
    ]
    finder = finder or default_finder()
    if not isinstance(finder, KnownNames):
        finder = KnownNames(finder)
    if windows:
        finder.people(windows)
    extractions = []
    for doc in docs:
        extractions.append(extract(doc, finder))
        if on_each:
            on_each()
    return extractions


def _runs_into_going(text: str, name: str) -> bool:
    """Whether every time ``text`` writes ``name`` its last character opens a word of going (来到, 回到), and the
    text writes the name without it more often."""
    if text.count(name[:-1]) <= text.count(name):
        return False
    going = travelling_words()
    return all(text.startswith(going, m.end() - 1) for m in re.finditer(re.escape(name), text))


def _written_longer(doc: Document, experts: list[Mention], finder: PersonFinder) -> list[Mention]:
    """Experts whose name of two the article writes nowhere but before one same character, which the recogniser
    reads with that character as a name elsewhere in the article, by that longer name (某东|升任院长 and 某东升接受
    采访: the character opened a verb where the name was cut)."""
    text = doc.text
    longer = {}
    for name in {m.surface for m in experts if len(m.surface) == 2}:
        ends = [at + 2 for at in _starts(text, name)]
        following = {text[end : end + 1] for end in ends}
        if len(ends) < 2 or len(following) != 1 or not "\u4e00" <= (character := following.pop()) <= "\u9fff":
            continue
        whole = name + character
        holding = [s.text for s in doc.sentences if whole in s.text]
        if any(s[a:b] == whole for s, spans in zip(holding, finder.people(holding), strict=True) for a, b in spans):
            longer[name] = whole
    if not longer:
        return experts
    return [replace(m, surface=longer[m.surface], end=m.end + 1) if m.surface in longer else m for m in experts]


def _every_mention(doc: Document, experts: list[Mention]) -> list[Mention]:
    """The experts found next to a role, and every other place the article names them: 张三来到某医院 says
    where an expert works though no role word stands beside the name (and 张三等4名本地医生 that they are none)."""
    names = list(dict.fromkeys(m.surface for m in experts))
    # 赵思|远到岗, 应|海峰作为…: a name the article writes nowhere but as the start or the end of a longer one found is
    # that one cut short (not the end of one that a role's last character opens: 治疗|师易俊)
    cut = {
        short
        for short in names
        for name in names
        if name != short
        and (name.startswith(short) or (name.endswith(short) and not _opened_by_a_role(doc.text, name)))
        and doc.text.count(short) == doc.text.count(name)
    }
    if cut:
        experts = [m for m in experts if m.surface not in cut]
        names = [name for name in names if name not in cut]
    # 钟某|刚到某县: a name one adverb longer than one the article writes alone too (as a name found or not) is that
    # one run into the adverb (or into 家, a heading of the person's family: 某某家：; or into a joining word:
    # 某某和|队友们, 与某某同|在某院工作的)
    run_on = {
        name: name[:-1]
        for name in names
        if len(name) >= 3
        and (name[-1] in RUN_ON_ADVERBS or name[-1] in "家和与同")
        and doc.text.count(name[:-1]) > doc.text.count(name)
    }
    # (夏某来|到某县: so is a name of three whose last character opens a word of going wherever it stands, where the
    # article writes its first two alone too)
    run_on |= {name: name[:-1] for name in names if len(name) == 3 and _runs_into_going(doc.text, name)}
    # (孙某某长|舒了一口气, 欧阳某现|挂职: and a name of four whose first three the article gives as a name found
    # elsewhere, and more often)
    run_on |= {
        name: name[:-1]
        for name in names
        if len(name) == 4 and name[:-1] in names and doc.text.count(name[:-1]) > doc.text.count(name)
    }
    if run_on:
        experts = [
            Mention(Label.EXPERT, run_on[m.surface], m.start, m.end - 1, m.sent) if m.surface in run_on else m
            for m in experts
        ]
        names = [name for name in names if name not in run_on]
    # (索朗医生 after 索朗次仁: a Tibetan called by one part of the name the article gives whole)
    whole = {
        part: full[0]
        for part in names
        if len(full := [n for n in names if is_tibetan_name(n) and part in (n[:2], n[2:])]) == 1
    }
    if whole:
        experts = [
            Mention(Label.EXPERT, whole[m.surface], m.start, m.end, m.sent) if m.surface in whole else m
            for m in experts
        ]
        names = [name for name in names if name not in whole]
    # (扎西主任 after 扎西顿珠, whom the article tells of as one of its own: called by a part of one Tibetan name the
    # article writes whole and finds no expert, the person is none)
    part_of_another = {part for part in names if len(part) == 2 and _tibetan_names_holding(doc.text, part) - set(names)}
    if part_of_another:
        experts = [m for m in experts if m.surface not in part_of_another]
        names = [name for name in names if name not in part_of_another]
    # (带出某地“尖兵”: a "name" that is the bare name of a place the article writes with its level, 某地县, is the
    # place)
    places = gazetteer().by_keyword
    bare = {
        name
        for name in names
        if len(name) == 2 and name in places and any(name + level in doc.text for level in "省市县区州旗")
    }
    if bare:
        experts = [m for m in experts if m.surface not in bare]
        names = [name for name in names if name not in bare]
    # (同年，某某被选派到某医院进修, 同样受益的还有某某: one the article sends away to learn, or whom the aid benefits,
    # is the receiving side's own, in every sentence)
    learners = {
        name
        for name in names
        for s in doc.sentences
        for at in _starts(s.text, name)
        if named_as_learner(doc.text, s.start, s.text, at, at + len(name))
    }
    if learners:
        experts = [m for m in experts if m.surface not in learners]
        names = [name for name in names if name not in learners]
    taken = {(m.start, m.end) for m in experts}
    out = list(experts)
    for name in names:
        for i, s in enumerate(doc.sentences):
            at = s.text.find(name)
            while at >= 0:
                span = (s.start + at, s.start + at + len(name))
                after = _after_list_mates(s.text, at + len(name), names)
                # (or counted among the receiving side's own: 甲等4名本地医生 says they are none of the team)
                goes = _posted().match(s.text, after) or counted_among_locals(s.text, at + len(name))
                if span not in taken and goes:
                    taken.add(span)
                    out.append(Mention(Label.EXPERT, name, *span, i))
                at = s.text.find(name, at + len(name))
    return sorted(out, key=lambda m: m.start)


def _starts(text: str, word: str) -> Iterator[int]:
    """Where ``text`` writes ``word`` (a name differs in every article: a pattern compiled for each costs more)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _tibetan_names_holding(text: str, part: str) -> set[str]:
    """The Tibetan names of two parts ``text`` writes whole that ``part`` is one of."""
    found = set()
    for at in _starts(text, part):
        for start in (at - 2, at):
            if start >= 0 and is_tibetan_name(name := text[start : start + 4]):
                found.add(name)
    return found


def _opened_by_a_role(text: str, name: str) -> bool:
    """Whether a role word ends with the first character of ``name`` somewhere the text writes it (治疗师|易俊)."""
    roles = role_words()
    at = text.find(name)
    while at >= 0:
        left = max(0, at - _LONGEST_ROLE)
        if any(end == at + 1 - left and start < at - left for start, end, _ in roles.find(text[left : at + 1])):
            return True
        at = text.find(name, at + 1)
    return False


_LONGEST_ROLE = 8


def _after_list_mates(text: str, at: int, names: list[str]) -> int:
    """Where the list of these names that goes on at ``at`` ends: 张三、李四将在某医院工作 posts both."""
    while at < len(text) and text[at] in "、和及":
        mate = next((name for name in names if text.startswith(name, at + 1)), None)
        if mate is None:
            break
        at += 1 + len(mate)
    return at


@cache
def _posted() -> re.Pattern:
    """A name followed by where the person goes or works: 张三来到, 张三赴, 张三在某医院, 张三(被)派往某医院, or the
    post the person takes (张三目前挂职某医院副院长, 张三今年3月起挂职某医院副院长)."""
    posts = "|".join(map(re.escape, post_verbs()))
    return re.compile(
        rf"(?:[\u4e00-\u9fff]{{0,3}}?)(?:{_SINCE_A_DATE})?(?:来到|前往|赶赴|奔赴|赴|到|进驻|驻扎|派驻|派往|在|{posts})"
    )


_SINCE_A_DATE = r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:起|份|初|底)?"


def _tells_of_aid(doc: Document) -> bool:
    return has_aid_words("".join(s.text for s in doc.sentences))
