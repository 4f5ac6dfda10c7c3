"""The wheel carries the lexicons: graphaid works installed, away from the checkout."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_NOT_SOURCE = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "target", "node_modules", "*.json.quick")


def test_installed_wheel_builds_a_graph_outside_the_checkout(tmp_path):
    # from the files a checkout holds: a build/ folder left by an earlier build would add what it kept
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*_NOT_SOURCE))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(source),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("graphaid-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "graphaid/data/hospital_suffixes.txt" in names
    # graphaid serve's templates and stylesheet, the map's province outlines and their licence
    assert {
        "graphaid/data/datasette/row-aid-entities.html",
        "graphaid/data/datasette/serve.css",
        "graphaid/data/province_outlines.json",
        "graphaid/data/province_outlines.LICENSE.txt",
    } <= set(names)
    # the tests' and benchmarks' helpers (tests/support) are no part of what users install
    assert not [name for name in names if name.startswith(("graphaid/testing/", "tests/", "support/"))]
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "work"
    work.mkdir()
    article = next((ROOT / "seeds").glob("002*"))
    env = {**os.environ, "PYTHONPATH": str(site), "GRAPHAID_SITE": str(site)}
    code = (
        "import os, graphaid; assert graphaid.__file__.startswith(os.environ['GRAPHAID_SITE']), graphaid.__file__; "
        "from graphaid.cli import main; main()"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, "build", str(article), "--graph", "g.json"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert (work / "g.json").exists()
