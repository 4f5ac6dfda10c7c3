"""bench/run.py end to end on a tiny corpus: every row of its table gets a measured number."""

import subprocess
import sys
from pathlib import Path

import pytest
from support.browser import CHROMIUM

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"the map benchmark opens the map in {CHROMIUM}")
def test_the_benchmark_fills_every_row_of_its_table(tmp_path):
    args = ["--articles", "60", "--sample", "30", "--repeats", "1", "--queries", "10", "--query-budget", "5"]
    args += ["--one-worker-articles", "20"]
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), *args, "--out", str(tmp_path), "--quiet"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = {}
    for line in done.stdout.splitlines()[2:]:
        measure, result = (cell.strip() for cell in line.strip("|").split("|")[:2])
        rows[measure] = result
    expected = {
        "extraction, one core",
        "extraction / jieba",
        "whole build, one worker / jieba",
        "whole build, one worker / jieba, in CPU time",
        "graphaid build",
        "build peak memory",
        "donors of a county, embedded",
        "load into Neo4j, after warm-up",
        "donors of a county, Neo4j over Bolt",
        "map render, 5,000 nodes",
    }
    assert expected <= rows.keys()
    for measure in expected:
        assert any(ch.isdigit() for ch in rows[measure]), (measure, rows[measure])
        assert not rows[measure].startswith(("failed", "not ")), (measure, rows[measure])
