import marshal

import pytest

from graphaid.extract import tokens


@pytest.fixture
def fresh_tokenizer(tmp_path, monkeypatch):
    """A tokenizer built anew, its dictionary kept in a directory of the test's own."""
    monkeypatch.setenv("GRAPHAID_CACHE", str(tmp_path))
    tokens._dictionary.cache_clear()
    tokens.tokenize.cache_clear()
    yield tmp_path
    tokens._dictionary.cache_clear()
    tokens.tokenize.cache_clear()


def _kept(directory):
    return sorted(directory.glob("words-*.marshal"))


def test_the_taught_dictionary_is_kept_and_read_back(fresh_tokenizer):
    first = tokens._tokenizer()
    words = tokens.tokenize("金华市中心医院帮扶湟源县人民医院")
    (kept,) = _kept(fresh_tokenizer)
    freq, total, common = marshal.loads(kept.read_bytes())
    assert (freq, total) == (first.FREQ, first.total)
    assert "湟源县" in words
    # (with the names taught that jieba's own dictionary counts as common words)
    assert "平安" in common and "湟源" not in common

    # a later run reads the kept dictionary, not jieba's: a word put only there is segmented as one
    freq["帮扶湟源"] = 10**9
    freq.setdefault("帮扶湟", 0)  # (jieba looks words up through their prefixes)
    kept.write_bytes(marshal.dumps((freq, total + 10**9, common)))
    tokens._dictionary.cache_clear()
    tokens.tokenize.cache_clear()
    assert "帮扶湟源" in tokens.tokenize("金华市中心医院帮扶湟源县人民医院")


def test_a_damaged_kept_dictionary_is_taught_again(fresh_tokenizer):
    tokens._tokenizer()
    (kept,) = _kept(fresh_tokenizer)
    good = kept.read_bytes()
    kept.write_bytes(good[: len(good) // 3])
    tokens._dictionary.cache_clear()
    assert "湟源县" in tokens._tokenizer().lcut("帮扶湟源县人民医院", HMM=False)
    assert kept.read_bytes() == good


def test_other_taught_words_keep_a_dictionary_of_their_own(fresh_tokenizer, monkeypatch):
    tokens._tokenizer()
    taught = tokens._taught_words()
    monkeypatch.setattr(tokens, "_taught_words", lambda: [*taught, ("钱国平诊室", 100_000)])
    tokens._dictionary.cache_clear()
    assert "钱国平诊室" in tokens._tokenizer().lcut("走进钱国平诊室", HMM=False)
    assert len(_kept(fresh_tokenizer)) == 2


def test_an_unwritable_cache_directory_costs_only_time(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("GRAPHAID_CACHE", str(blocked / "cache"))
    tokens._dictionary.cache_clear()
    try:
        assert "湟源县" in tokens._tokenizer().lcut("帮扶湟源县人民医院", HMM=False)
    finally:
        tokens._dictionary.cache_clear()


def test_words_from_a_stretch_are_keyed_by_their_offset_in_the_whole_text():
    text = "记者报道：金华市中心医院帮扶湟源县人民医院。"
    start, end = text.index("金"), text.index("。")
    words = tokens.words_from(text, start, end)
    assert min(words) == start
    assert all(text.startswith(word, at) for at, word in words.items())
    assert "".join(words.values()) == text[start:end]
    assert words[text.index("湟源县")] == "湟源县"


def test_a_place_name_is_a_common_word_too_where_jieba_counts_it_often():
    assert tokens.is_word_too("平安") and tokens.is_word_too("大方")
    assert not tokens.is_word_too("湟源") and not tokens.is_word_too("古丈")


def test_the_words_the_dictionary_tags_as_names_are_kept_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHAID_CACHE", str(tmp_path))
    tokens._name_words.cache_clear()
    try:
        assert tokens.is_name_word("田野") and not tokens.is_name_word("陆续") and not tokens.is_name_word("计划")
        (kept,) = tmp_path.glob("names-*.marshal")
        # a later run reads the kept list, not jieba's dictionary; a damaged one is read from the dictionary again
        kept.write_bytes(marshal.dumps(["陆续"]))
        tokens._name_words.cache_clear()
        assert tokens.is_name_word("陆续") and not tokens.is_name_word("田野")
        kept.write_bytes(b"\x00")
        tokens._name_words.cache_clear()
        assert tokens.is_name_word("田野")
    finally:
        tokens._name_words.cache_clear()
