import pytest

from graphaid.coords import division_coordinates, locate, project, unproject
from graphaid.model import Label
from graphaid.places import gazetteer, is_regiment


@pytest.mark.parametrize(
    ("code", "lon", "lat"),
    [("522324", 105.2, 25.8), ("330226", 121.4, 29.3), ("540324", 95.6, 31.4), ("110000", 116.4, 39.9)],
)
def test_counties_and_provinces_are_where_they_are_on_the_ground(code, lon, lat):
    where = locate(code)
    assert where.exact
    assert where.lon == pytest.approx(lon, abs=0.5)
    assert where.lat == pytest.approx(lat, abs=0.5)


def test_every_province_and_nearly_every_division_has_coordinates():
    gz = gazetteer()
    table = division_coordinates()
    provinces = [p.code for p in gz.places.values() if p.level is Label.PROVINCE]
    assert all(code in table for code in provinces)
    divisions = {code for code in gz.places if not is_regiment(code)}
    assert len(divisions & set(table)) / len(divisions) > 0.95


def test_a_corps_regiment_is_placed_where_its_division_is():
    gz = gazetteer()
    division, regiment = gz.scan("第八师一四三团")
    code = gz.resolve(regiment, set(division.codes))
    where, of_division = locate(code), locate(division.codes[0])
    assert where is not None and of_division is not None and not where.exact
    assert (where.lon, where.lat, where.code) == (of_division.lon, of_division.lat, of_division.code)


def test_a_division_without_coordinates_is_placed_at_its_nearest_ancestor():
    gz = gazetteer()
    missing = next(c for c, p in sorted(gz.places.items()) if c not in division_coordinates() and p.city)
    where = locate(missing)
    assert not where.exact
    assert where.code in {p.code for p in gz.lineage(missing)[:-1]}


def test_unknown_code_has_no_location():
    assert locate("999999") is None
    assert locate(None) is None


def test_projection_puts_east_right_and_north_up_and_inverts():
    beijing, guangzhou, lhasa = project(116.4, 39.9), project(113.3, 23.1), project(91.1, 29.6)
    assert lhasa[0] < guangzhou[0] < beijing[0]
    assert beijing[1] < lhasa[1] < guangzhou[1]
    assert unproject(*beijing) == pytest.approx((116.4, 39.9))
