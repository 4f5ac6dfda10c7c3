"""Long-article benchmark: extraction time per character for articles from 10 KB to 5 MB.

Two kinds of article of each size: an ordinary one (generated aid articles run together, full stops and
paragraphs as usual) and one line of the same text with every punctuation mark and line break taken out. Each
is built alone into a new graph with ``graphaid.pipeline.build`` (read, cut into sentences and windows, extract
in parts) after one warm-up build; the table gives seconds, microseconds per character and that figure over the
10 KB article's. Target: flat within 2x from 10 KB to 5 MB.

    .venv/bin/python bench/bench_long.py [--sizes 10k,100k,1m,2m,5m]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import World, articles  # noqa: E402

from graphaid.pipeline import build  # noqa: E402

_PUNCTUATION = re.compile(r"[\s，。！？；：、,.!?;:“”‘’\"'（）()《》【】—…·]+")


def _size(text: str) -> int:
    return int(float(text[:-1]) * {"k": 1e3, "m": 1e6}[text[-1].lower()]) if text[-1].isalpha() else int(text)


def ordinary_text(size: int) -> str:
    """Generated aid articles (text ones, body only) run together until ``size`` bytes of UTF-8."""
    parts, total = [], 0
    for article, _ in articles(World(7), 7, 100_000):
        if not article.aid:
            continue
        body = "\n".join([article.title, *article.paragraphs]) + "\n"
        parts.append(body)
        total += len(body.encode("utf-8"))
        if total >= size:
            break
    return "".join(parts)


def time_build(text: str, folder: Path, max_seconds: float) -> tuple[float, int]:
    """Seconds to build one article of this text, and how many relationships it gave."""
    path = folder / "article.txt"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    graph, report = build([path], max_seconds=max_seconds)
    seconds = time.perf_counter() - started
    assert report.read, report.skipped
    return seconds, graph.number_of_edges()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1m,2m,5m", help="Article sizes in bytes (k, m suffixes).")
    args = parser.parse_args(argv)
    sizes = [_size(s) for s in args.sizes.split(",")]
    longest = ordinary_text(max(sizes))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        time_build(ordinary_text(10_000), Path(tmp), 1e9)  # warm-up: lexicons, models
        for kind in ("ordinary", "one line, no punctuation"):
            base = None
            for size in sizes:
                text = longest.encode("utf-8")[:size].decode("utf-8", "ignore")
                if kind != "ordinary":
                    text = _PUNCTUATION.sub("", text)
                seconds, edges = time_build(text, Path(tmp), 1e9)
                per_char = seconds / len(text) * 1e6
                base = base or per_char
                rows.append(
                    (
                        kind,
                        f"{size / 1e6:g} MB",
                        f"{len(text):,}",
                        f"{seconds:.2f}",
                        f"{per_char:.2f}",
                        f"{per_char / base:.2f}",
                        str(edges),
                    )
                )
                print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
    header = ("article", "size", "characters", "seconds", "µs/char", "× 10 KB", "relationships")
    print("| " + " | ".join(header) + " |")
    print("| " + " | ".join("---" for _ in header) + " |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
