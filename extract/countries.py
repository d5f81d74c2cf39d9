"""Country patterns generated from ISO 3166-1 (pycountry) plus curated aliases, the former
countries of ISO 3166-3 that texts still name ("the Soviet Union"), under their curated names, and the
states ISO 3166-1 leaves out but texts name as parties, under the user-assigned codes institutions
give them ("Kosovo", XKX).

The generated file ``data/countries.jsonl`` is committed so that the rules are
plain data; ``python -m diplograph.extract.countries`` regenerates it, and a
test checks that it is in sync with the installed pycountry.
"""
from __future__ import annotations

import json
from pathlib import Path

import pycountry

DATA_DIR = Path(__file__).parent / "data"
ALIASES_FILE = DATA_DIR / "country_aliases.jsonl"
TERRITORIES_FILE = DATA_DIR / "territories.txt"
FORMER_FILE = DATA_DIR / "former_countries.jsonl"
USER_ASSIGNED_FILE = DATA_DIR / "user_assigned_countries.jsonl"
COUNTRIES_FILE = DATA_DIR / "countries.jsonl"


def _uninverted(name: str) -> str:
    """'Korea, Republic of' -> 'Republic of Korea'; names without the inversion are kept."""
    if ", " in name and name.rstrip().endswith((" of", " of the")):
        head, tail = name.split(", ", 1)
        return f"{tail} {head}"
    return name


def _territories() -> set[str]:
    lines = TERRITORIES_FILE.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def country_patterns() -> list[dict]:
    """One pattern per surface form; ``id`` is the ISO 3166-1 alpha-3 code."""
    curated = {}
    for line in ALIASES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            curated[entry["alpha_3"]] = entry
    territories = _territories()
    patterns = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        code = country.alpha_3
        entry = curated.get(code, {})
        preferred = entry.get("name") or getattr(country, "common_name", None) or _uninverted(country.name)
        names = [preferred, *entry.get("aliases", [])]
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.append(_uninverted(value).removeprefix("the ").removeprefix("The "))
        label = "Place" if code in territories else "Country"
        seen = set()
        for surface in names:
            if (", " in surface and surface != preferred) or surface in seen:
                continue
            seen.add(surface)
            line = {"label": label, "pattern": surface, "id": code}
            if surface == preferred:
                line.update(name=preferred, alpha_2=country.alpha_2)
            if _is_acronym(surface):
                line["acronym"] = True
            patterns.append(line)
    return patterns + former_country_patterns() + user_assigned_country_patterns()


def _is_acronym(surface: str) -> bool:
    """"PRC", "U.S.S.R.": matched with their exact case."""
    letters = surface.replace(".", "")
    return letters.isupper() and len(letters) <= 5


def former_country_patterns() -> list[dict]:
    """The curated names of former countries (``data/former_countries.jsonl``), keyed by their ISO
    3166-3 alpha-3 code, with their former alpha-2 code; an unknown code is an error."""
    patterns = []
    for line in FORMER_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        former = pycountry.historic_countries.get(alpha_3=entry["alpha_3"])
        if former is None:
            raise ValueError(f"{FORMER_FILE}: {entry['alpha_3']} is no ISO 3166-3 former country")
        patterns.extend(_curated_country(former.alpha_3, entry["name"], entry["aliases"], alpha_2=former.alpha_2))
    return patterns


def _curated_country(code: str, preferred: str, aliases: list[str], **identifiers: str) -> list[dict]:
    """The patterns of a curated country: its preferred name (with its identifiers), then its aliases."""
    lines = [{"label": "Country", "pattern": preferred, "id": code, "name": preferred, **identifiers}]
    for surface in aliases:
        line = {"label": "Country", "pattern": surface, "id": code}
        if _is_acronym(surface):
            line["acronym"] = True
        lines.append(line)
    return lines


def user_assigned_country_patterns() -> list[dict]:
    """The states of ``data/user_assigned_countries.jsonl``: a user-assigned code (ISO 3166-1 reserves
    the X ranges for them), never one of ISO's own."""
    patterns = []
    for line in USER_ASSIGNED_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        if not entry["id"].startswith("X") or pycountry.countries.get(alpha_3=entry["id"]) is not None:
            raise ValueError(f"{USER_ASSIGNED_FILE}: {entry['id']} is no user-assigned code (X..)")
        patterns.extend(_curated_country(entry["id"], entry["name"], entry["aliases"], alpha_2=entry["alpha_2"],
                                         wikidata=entry["wikidata"]))
    return patterns


def write_country_patterns(path: Path = COUNTRIES_FILE) -> int:
    patterns = country_patterns()
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in patterns), encoding="utf-8")
    return len(patterns)


if __name__ == "__main__":
    print(f"wrote {write_country_patterns()} country patterns to {COUNTRIES_FILE}")
