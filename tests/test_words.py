from graphaid.words import Words


def test_every_occurrence_with_character_offsets_overlapping_ones_too():
    words = Words(["县医院", "医院", "人民医院"])
    text = "某县人民医院和县医院"
    assert words.find(text) == [(2, 6, "人民医院"), (4, 6, "医院"), (7, 10, "县医院"), (8, 10, "医院")]
    assert all(text[a:b] == word for a, b, word in words.find(text))


def test_offsets_count_characters_beyond_the_basic_plane():
    # an emoji or a rare character outside the BMP takes one position, as in Python's own strings
    text = "😀𠀋县医院"
    assert [(a, b) for a, b, _ in Words(["县医院"]).find(text)] == [(2, 5)]


def test_occurs_in():
    words = Words(["主任医师", "专家"])
    assert words.occurs_in("副主任医师张三")
    assert not words.occurs_in("县委书记")
    assert not Words([]).occurs_in("专家")
