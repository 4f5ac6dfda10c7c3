import pytest

from graphaid.lexicon import count_in_words


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("3", 3),
        ("五", 5),
        ("两", 2),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("二十三", 23),
        ("十几", 10),  # (the least it can be)
        ("几", None),
    ],
)
def test_counts_written_in_words(text, count):
    assert count_in_words(text) == count
