"""The former names' generator follows each ended division to the divisions in use its area passed to."""

import json

from make_former_places import former_places

from graphaid.places import gazetteer


def code(name: str) -> int:
    (place,) = gazetteer().lookup(name)
    return int(place.code)


def write(tmp_path, records: list[dict]) -> str:
    path = tmp_path / "codes.json"
    path.write_text(json.dumps({"items": records}, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_a_former_name_follows_its_successors_to_the_division_in_use(tmp_path) -> None:
    now = code("湟源县")
    records = [
        # (an invented county renamed twice: the code it passed to ended too, then passed to one in use)
        {"code": 639901, "name": "甲乙县", "start": 1981, "end": 1990, "succ": [{"code": 639902, "desc": 0}]},
        {"code": 639902, "name": "甲乙区", "start": 1990, "end": 2000, "succ": [{"code": now, "desc": 0}]},
        {"code": now, "name": "湟源县", "start": 1981},
    ]
    rows = {name: where for name, where, _ in former_places(write(tmp_path, records))}
    assert rows == {"甲乙县": str(now), "甲乙区": str(now)}


def test_of_several_successors_the_one_whose_name_starts_like_the_former_name_takes_it(tmp_path) -> None:
    one, other = code("湟源县"), code("湟中区")
    records = [
        {
            "code": 639903,
            "name": "湟丙县",
            "start": 1981,
            "end": 2000,
            # (an earlier partial transfer, with its year, is no successor at the end)
            "succ": [{"code": one, "desc": 0}, {"code": other, "desc": 0}, {"time": 1990, "code": 630102, "desc": 1}],
        },
        {"code": 639904, "name": "西丁县", "start": 1981, "end": 2000, "succ": [{"code": one}, {"code": other}]},
        {"code": one, "name": "湟源县", "start": 1981},
        {"code": other, "name": "湟中区", "start": 1981},
    ]
    rows = {name for name, _, _ in former_places(write(tmp_path, records))}
    # (湟丙县 starts like both: no one takes it; 西丁县 like neither)
    assert rows == set()
    records[0]["succ"] = [{"code": one}, {"code": code("西宁市")}]
    records.append({"code": code("西宁市"), "name": "西宁市", "start": 1981})
    rows = {name: where for name, where, _ in former_places(write(tmp_path, records))}
    assert rows == {"湟丙县": str(one)}


def test_a_name_in_use_now_or_one_that_went_different_ways_is_left_out(tmp_path) -> None:
    one, other = code("湟源县"), code("湟中区")
    records = [
        {"code": 639905, "name": "湟源县", "start": 1981, "end": 1985, "succ": [{"code": one}]},
        {"code": 639906, "name": "丁戊区", "start": 1981, "end": 1985, "succ": [{"code": one}]},
        {"code": 639907, "name": "丁戊区", "start": 1981, "end": 1985, "succ": [{"code": other}]},
        {"code": one, "name": "湟源县", "start": 1981},
        {"code": other, "name": "湟中区", "start": 1981},
    ]
    assert former_places(write(tmp_path, records)) == []
