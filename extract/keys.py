"""Canonical keys for names found by patterns: same thing, same key, in every document."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Spelling variants folded to one form, so "Organization" and "Organisation" meet.
SPELLINGS = {
    "organization": "organisation", "organizations": "organisations", "center": "centre", "centers": "centres",
    "defense": "defence", "program": "programme", "programs": "programmes", "counterterrorism": "counterterrorism",
    "nuclearweapons": "nuclearweapon", "weapons-free": "weapon-free",
}
# Hyphenated prefixes written both ways ("Counter-terrorism", "Counterterrorism").
JOINED_PREFIXES = ("counter", "non", "anti", "co", "inter", "trans", "multi", "sub", "cyber", "pre", "post", "re")
DROPPED_WORDS = {"the", "a", "an"}


@lru_cache(maxsize=1 << 12)     # the same names recur in every document
def name_key(text: str) -> str:
    """'the Declaration on Conduct of Parties' and 'Declaration on the Conduct of Parties' -> one key."""
    text = re.sub(r"\s*\([A-Z][A-Za-z0-9&-]*\)", "", text)        # "Cooperation (LMC) Foreign Ministers' Meeting"
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)      # "Australia–Japan": a dash parts two words (not dropped)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()
    text = re.sub(r"['\"`]s\b", "s", text)
    text = re.sub(r"['\"`]", "", text)
    text = re.sub(r"\b(%s)-(?=[a-z])" % "|".join(JOINED_PREFIXES), r"\1", text)
    words = [SPELLINGS.get(w, w) for w in re.findall(r"[a-z0-9]+", text)]
    return "-".join(w for w in words if w not in DROPPED_WORDS) or "unnamed"


COUNTRY_BODY = re.compile(r"(.+)-of-([a-z]{3})")


def country_body_key(name: str, country: str) -> str:
    """The key of a country's own body with a name every country uses: ("Ministry of National
    Defence", "VNM") -> ``ministry-of-national-defence-of-vnm``."""
    return f"{name_key(name)}-of-{country.lower()}"


def split_country_body_key(key: str) -> tuple[str, str] | None:
    """The name's key and the country code of a :func:`country_body_key`
    (``("ministry-of-national-defence", "VNM")``), else ``None``."""
    match = COUNTRY_BODY.fullmatch(key)
    return (match.group(1), match.group(2).upper()) if match else None
