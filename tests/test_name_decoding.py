"""The person-name model's tag decoding: the pruned Viterbi gives the best path, exactly."""

import itertools

import numpy as np
import pytest

from graphaid.extract.people import _viterbi


def full_viterbi(emissions, transitions):
    """Textbook Viterbi over every tag (the reference)."""
    batch, steps, _ = emissions.shape
    score = emissions[:, 0, :]
    back = []
    for t in range(1, steps):
        total = score[:, :, None] + transitions[None, :, :]
        back.append(total.argmax(axis=1))
        score = total.max(axis=1) + emissions[:, t, :]
    best = score.argmax(axis=1)
    paths = [best]
    for pointers in reversed(back):
        best = pointers[np.arange(batch), best]
        paths.append(best)
    return np.stack(paths[::-1], axis=1)


def path_score(emissions, transitions, path):
    return sum(emissions[t, tag] for t, tag in enumerate(path)) + sum(
        transitions[a, b] for a, b in zip(path, path[1:], strict=False)
    )


def test_the_reference_finds_the_best_of_all_paths():
    rng = np.random.default_rng(0)
    transitions = rng.normal(size=(4, 4))
    emissions = rng.normal(size=(6, 5, 4))
    for text, path in zip(emissions, full_viterbi(emissions, transitions), strict=True):
        best = max(itertools.product(range(4), repeat=5), key=lambda p: path_score(text, transitions, p))
        assert tuple(path) == best


@pytest.mark.parametrize("spread", [0.1, 0.5, 3.0])
def test_pruned_decoding_gives_the_same_paths_as_full_decoding(spread):
    # small spreads make many positions undecided, the hard case for pruning; a wide transition span prunes little
    rng = np.random.default_rng(1)
    for span in (0.2, 2.0):
        transitions = rng.uniform(-span, span, size=(12, 12)).astype(np.float32)
        emissions = (rng.normal(size=(40, 25, 12)) * spread).astype(np.float32)
        assert (_viterbi(emissions, transitions) == full_viterbi(emissions, transitions)).all()


def test_a_transition_can_outweigh_a_slightly_better_emission():
    # position 1 prefers tag 1 on its own, but tag 0 -> 0 -> 0 is worth more than the difference
    transitions = np.array([[1.0, -1.0], [-1.0, 1.0]], dtype=np.float32)
    emissions = np.array([[[3.0, 0.0], [0.0, 0.5], [3.0, 0.0]]], dtype=np.float32)
    assert _viterbi(emissions, transitions).tolist() == [[0, 0, 0]]
