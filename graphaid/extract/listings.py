"""PAIRS_WITH stated as a list rather than in sentences: 甲——乙 and 甲 × 乙 entries, the rows of a table under a header
that labels its columns by side (found by graphaid.extract.tables), and a form's labelled parties (支援医院：甲；
受援医院：乙)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from graphaid.documents import Sentence
from graphaid.extract.article import Article
from graphaid.extract.mentions import Mention, Relation
from graphaid.extract.sides import DONOR, RECIPIENT, labelled_parties, pairing_words, team_nouns
from graphaid.lexicon import read_lines
from graphaid.model import PLACE_LABELS, Label, Rel
from graphaid.places import gazetteer

# between the two names of an entry: an arrow states the direction outright, a dash leaves it to the sides
_ARROW = re.compile(r"^\s*[―—\-－]*\s*[→＞>]\s*$")
_DASHES = r"[—―]{1,2}|－{1,2}|-{1,2}"
_DASH = re.compile(rf"^\s*(?:{_DASHES}|[:：])\s*$")  # (or a colon: 某县人民医院：某市)
# 甲医院 × 乙医院, 甲医院 ⇄ 乙医院: a cross or a two-way arrow joins two partners, which gives to which is the sides'
# to say (the receiver may come first)
_CROSS = re.compile(r"^\s*[×✕╳⇄⇆↔⇔⟷]\s*$")
# 甲—乙东西部协作, 甲—乙协作号召: the two places name a programme, not an entry of a list
_PROGRAMME = re.compile(r"(?:东西部)?(?:扶贫|劳务)?(?:协作|合作)")


def entries(article: Article, sentence: Sentence, actors: list[Mention]) -> list[tuple[Mention, Mention]]:
    """The (giver, receiver) entries of a list in one sentence: 北京市→某县, 某医院——某县人民医院.

    A dash leaves the direction to the sides; in a list of such entries whose sides agree on givers first,
    entries the sides leave undecided (甲省—乙市, both on one side) are read the same way."""
    stated, dashed = _entries(article, sentence, actors)
    return sorted(stated + [(left, right) for left, right, _ in _dashed_pairs(dashed)], key=lambda pair: pair[0].start)


_Dashed = tuple[Mention, Mention, int, int, Sentence]


def _entries(
    article: Article, sentence: Sentence, actors: list[Mention]
) -> tuple[list[tuple[Mention, Mention]], list[_Dashed]]:
    """A sentence's entries that state their direction (arrows, team names), and those a dash joins, with the
    sides of their two parties."""
    out = []
    dashed = []
    for left, right in zip(actors, actors[1:], strict=False):
        between = sentence.text[left.end - sentence.start : right.start - sentence.start]
        if left.label in PLACE_LABELS:
            # 苏州工业园区—某区: a zone of the place stands for it in the entry
            between = between.removeprefix(next((z for z in _zone_words() if between.startswith(z)), ""))
        if _ARROW.match(between):
            out.append((left, right))
        elif _CROSS.match(between) and left.key != right.key:
            sides = (article.side(left), article.side(right))
            if sides == (RECIPIENT, DONOR):
                out.append((right, left))
            elif sides == (DONOR, RECIPIENT):
                out.append((left, right))
        elif between == "援" and sentence.text.startswith(team_nouns(), right.end - sentence.start):
            out.append((left, right))  # 甲市援乙县医疗队: a team's name states who gives to whom
        elif between.strip() in ("（", "(", "（由", "(由") and _aid_closing().match(
            sentence.text, right.end - sentence.start
        ):
            out.append((right, left))  # 甲县（乙医院帮扶）: a bracket names the giver of the party it follows
        elif (
            _DASH.match(between)
            and left.key != right.key
            and not _PROGRAMME.match(sentence.text, right.end - sentence.start)
            # 某市：某县人民医院、…: a place heading a list of its own institutions
            and not (between.strip() in ":：" and _nested(left, right))
            # “甲—乙—县”三级网络: a chain of levels, no entry
            and not (between.strip() not in ":：" and _in_a_chain(sentence, left, right))
        ):
            dashed.append((left, right, article.side(left), article.side(right), sentence))
    return out, dashed


_LINK_AFTER = re.compile(rf"\s*(?:{_DASHES})")
_LINK_BEFORE = re.compile(rf"(?:{_DASHES})\s*$")


def _in_a_chain(sentence: Sentence, left: Mention, right: Mention) -> bool:
    """Whether a dash links a third link to the entry's two (北京—拉萨—县, 省—市—县)."""
    text, base = sentence.text, sentence.start
    return (
        _LINK_AFTER.match(text, right.end - base) is not None
        or _LINK_BEFORE.search(text, 0, left.start - base) is not None
    )


def _nested(a: Mention, b: Mention) -> bool:
    """Whether one party lies within the other's place."""
    gz = gazetteer()
    return bool(a.region and b.region and (gz.is_within(a.region, b.region) or gz.is_within(b.region, a.region)))


def _dashed_pairs(dashed: list[_Dashed]) -> list[tuple[Mention, Mention, Sentence]]:
    """The (giver, receiver) entries of one list a dash joins: those the sides do not turn round, and all of them
    where the sides of two or more agree on givers first; all of them turned round where the sides of two or more
    agree on receivers first (乙县医院——甲医院 line after line) and none on givers first."""
    forward = sum(1 for _, _, a, b, _ in dashed if (a, b) == (DONOR, RECIPIENT))
    backward = sum(1 for _, _, a, b, _ in dashed if (a, b) == (RECIPIENT, DONOR))
    if len(dashed) >= 2 and backward >= 2 and not forward:
        return [(right, left, s) for left, right, a, b, s in dashed if a != DONOR and b != RECIPIENT]
    givers_first = len(dashed) >= 2 and forward > 0 and not backward
    out = []
    for left, right, a, b, s in dashed:
        if a == b == DONOR and not givers_first:
            # 广州—某县, both on the giving side (within the giving province): a city gives to a county of its own
            # province, whichever it writes first (not 某州—某县 among receivers: a network of theirs)
            if _outranks(left, right):
                out.append((left, right, s))
            elif _outranks(right, left):
                out.append((right, left, s))
        elif (a != RECIPIENT and b != DONOR) or givers_first:
            out.append((left, right, s))
    return out


def _outranks(a: Mention, b: Mention) -> bool:
    """Whether ``a`` is a province's or a city's party and ``b`` a county's of the same province."""
    gz = gazetteer()
    if not (a.region and b.region and gz.is_county(b.region)) or gz.is_county(a.region):
        return False
    return gz.lineage(a.region)[0].code == gz.lineage(b.region)[0].code


@cache
def _aid_closing() -> re.Pattern:
    """Words of aid closing a bracket (…对口帮扶）): the bracket says who gives to the party before it."""
    words = "|".join(map(re.escape, pairing_words()))
    return re.compile(rf"\s*(?:{words})+[）)]")


@cache
def _zone_words() -> tuple[str, ...]:
    return tuple(sorted(read_lines("zone_words.txt"), key=len, reverse=True))


def listed_pairs(article: Article) -> list[Relation]:
    """The pairs of table rows, and of list entries in sentences without aid words (those of sentences with aid
    words are the pairing rule's)."""
    out: list[Relation] = []
    aid = set(article.aid_sents)
    headers, rows = article.table_headers, article.table_rows
    givers: list[Mention] = []  # a line's labelled givers wait for the next line's receivers
    run: list[_Dashed] = []  # the dashed entries of the lines of a list so far
    for i, sentence in enumerate(article.sentences):
        actors = article.actors_by_sent[i]
        # 支援医院：甲；受援医院：乙 (on one line or two): a form's labels pair their parties
        labelled = labelled_parties(sentence.text, sentence.start, actors) if actors else []
        if labelled or givers:
            receivers = [a for a, side in labelled if side == RECIPIENT]
            givers = [a for a, side in labelled if side == DONOR] or (givers if receivers else [])
            out += [Relation(d, r, Rel.PAIRS_WITH, sentence) for d in givers for r in receivers]
            if receivers:
                givers = []
        if i in headers:
            continue
        if i in rows:
            out.append(Relation(*rows[i], Rel.PAIRS_WITH, sentence))
            continue
        if i not in aid:
            stated, dashed = _entries(article, sentence, actors)
            out += [Relation(d, r, Rel.PAIRS_WITH, sentence) for d, r in stated]
            if dashed:
                # 甲医院——乙县医院 line after line: one list, whose lines the sides judge together
                run += dashed
                continue
        out += _relations(_dashed_pairs(run))
        run = []
    return out + _relations(_dashed_pairs(run)) + _members_listed(article)


# a line that heads a list of an alliance's or a network's members (联盟成员单位名单, 二、首批成员单位（8家）,
# 首批接入协作网的县级医院共6家，分别是：)
_MEMBERS_HEADER = re.compile(r"成员(?:单位|医院)|接入[^，,。；;]{0,12}(?:医院|单位)")
# what a line of such a list holds besides the member's name: its number or mark, a closing stop
_ITEM_MARKS = re.compile(r"^[\s\d.．、)）(（一二三四五六七八九十—―\-－▲■●·•]*$")
_ITEM_END = re.compile(r"^[\s；;，,。]*$")
# what follows the hospital that leads an alliance or a network
_LEADS = ("牵头",)


def _members_listed(article: Article) -> list[Relation]:
    """The members an article lists line by line under a line that heads them (联盟成员单位名单 / 1. 甲县人民医院 /
    2. 乙县人民医院): each receives from the one hospital the article says leads (由某医院牵头)."""
    text = article.doc.text
    leads = {
        a.key: a
        for actors in article.actors_by_sent
        for a in actors
        if a.label is Label.HOSPITAL and text.startswith(_LEADS, a.end)
    }
    if len(leads) != 1:
        return []
    (lead,) = leads.values()
    out: list[Relation] = []
    sentences, actors_by_sent = article.sentences, article.actors_by_sent
    for i, sentence in enumerate(sentences):
        if actors_by_sent[i] or not _MEMBERS_HEADER.search(sentence.text):
            continue
        for k in range(i + 1, len(sentences)):
            item = _member_line(sentences[k], actors_by_sent[k])
            if item is None:
                break
            if item.key != lead.key:
                out.append(Relation(lead, item, Rel.PAIRS_WITH, sentences[k]))
    return out


def _member_line(sentence: Sentence, actors: list[Mention]) -> Mention | None:
    """The one hospital a list's line names with nothing but its number or mark, else None."""
    if len(actors) != 1 or actors[0].label is not Label.HOSPITAL:
        return None
    (item,) = actors
    before, after = sentence.text[: item.start - sentence.start], sentence.text[item.end - sentence.start :]
    return item if _ITEM_MARKS.match(before) and _ITEM_END.match(after) else None


def _relations(pairs: list[tuple[Mention, Mention, Sentence]]) -> list[Relation]:
    return [Relation(d, r, Rel.PAIRS_WITH, sentence) for d, r, sentence in pairs]


def network_members(article: Article, mentions: list[Mention], relations: list[Relation]) -> tuple[set[int], set[int]]:
    """The hospitals (their ids) named only as members of a network (甲、乙、丙等12家医院加入联盟): in a list of
    three or more, in a sentence with a word of membership, and in no relation the article reads but the pairs such a
    sentence makes of joining alone (no other aid word in it), which are dropped too (their ids)."""
    words, signing = read_lines("membership_words.txt"), (*read_lines("signing_words.txt"), *_AGREEING)
    text = article.doc.text
    # (members that sign, though, are parties: 甲、乙、丙作为首批成员单位签约)
    network = {
        i
        for i, s in enumerate(article.sentences)
        if any(w in s.text for w in words) and not any(w in s.text for w in signing)
    }
    joined_only = {
        article.sentences[i].start
        for i in network
        if article.triggers_by_sent[i] and all(t.kind == "join" for t in article.triggers_by_sent[i])
    }
    dropped = {id(r) for r in relations if r.type is Rel.PAIRS_WITH and r.sentence.start in joined_only}
    in_relations = {id(m) for r in relations if id(r) not in dropped for m in (r.source, r.target)}
    # (the hospitals of each such sentence that a list's comma joins to another)
    listed = Counter(
        m.sent
        for m in mentions
        if m.label is Label.HOSPITAL
        and m.sent in network
        and "、" in (text[m.end : m.end + 1], text[m.start - 1 : m.start])
    )
    members = {
        id(m)
        for m in mentions
        if m.label is Label.HOSPITAL and id(m) not in in_relations and listed[m.sent] >= _MEMBERS
    }
    return members, dropped


_MEMBERS = 3
_AGREEING = ("签约", "协议")
