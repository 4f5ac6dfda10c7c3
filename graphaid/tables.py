"""Tables people open: CSV that Excel reads as UTF-8 (a BOM), XLSX sheets, JSON lines for pipelines."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from graphaid.graph import write_atomically

Table = tuple[Sequence[str], Iterable[Sequence]]  # header, rows

# Excel refuses a cell longer than this; a longer one (the sentences of a much-cited relationship) is cut, saying so
XLSX_CELL_CHARS = 32_767


def csv_text(header: Sequence[str], rows: Iterable[Sequence], bom: bool = False) -> str:
    """A CSV table; with ``bom`` it starts with U+FEFF, which is how Excel knows the file is UTF-8."""
    buffer = io.StringIO()
    if bom:
        buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def json_lines(records: Iterable[dict]) -> str:
    """One JSON object per line."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def write_xlsx(path: str | Path, sheets: dict[str, Table]) -> None:
    """An Excel workbook with one sheet per table (header row frozen), written atomically."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def cell(value):
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
            if len(value) > XLSX_CELL_CHARS:
                value = value[: XLSX_CELL_CHARS - 1] + "…"
        return value

    book = Workbook()
    book.remove(book.active)
    for title, (header, rows) in sheets.items():
        sheet = book.create_sheet(title)
        sheet.append(list(header))
        for row in rows:
            sheet.append([cell(value) for value in row])
        sheet.freeze_panes = "A2"
    write_atomically(path, book.save)
