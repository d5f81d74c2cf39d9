"""Identifiers the rest of the world uses: ISO 3166-1 codes and Wikidata items.

``identifiers/countries.csv`` holds one row per ISO 3166-1 entry in pycountry:
``alpha_3,alpha_2,wikidata``. The Wikidata column is curated and may be empty
where no item was confirmed. The table is read offline; a test checks it
against pycountry.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

COUNTRIES_FILE = Path(__file__).parent / "identifiers" / "countries.csv"


@lru_cache(maxsize=1)
def country_identifiers() -> dict[str, dict[str, str]]:
    """alpha-3 -> {"alpha_2", "alpha_3", "wikidata"?} for every ISO 3166-1 entry."""
    table = {}
    with COUNTRIES_FILE.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            entry = {"alpha_3": row["alpha_3"], "alpha_2": row["alpha_2"]}
            if row["wikidata"]:
                entry["wikidata"] = row["wikidata"]
            table[row["alpha_3"]] = entry
    return table


def identifiers_for(key: str, cls: str, known: dict[str, str]) -> dict[str, str]:
    """The identifiers of an entity: those it carries, completed from the country table.

    ISO codes apply to keys that are alpha-3 codes of the table (countries and
    the territories classed as places).
    """
    out = dict(known)
    row = country_identifiers().get(key)
    if row is not None and cls in ("Country", "Place"):
        for field, value in row.items():
            out.setdefault(field, value)
    return out
