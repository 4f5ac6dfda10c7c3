from graphaid.questions import donors


def test_seeds_build_answers_which_donors_serve_which_counties(seeds_graph):
    rows = {(r.donor_region, r.recipient_region) for r in donors(seeds_graph)}
    assert ("宁海县", "晴隆县") in rows
    assert ("荔湾区", "七星关区") in rows
