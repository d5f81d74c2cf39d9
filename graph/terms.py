"""Record fields to ontology terms: classes, relation predicates, event classes, dates."""
from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from diplograph.ontology.namespace import DG

CLASS_TERMS = {
    "Country": DG.Country, "Organisation": DG.Organisation, "Mechanism": DG.Mechanism,
    "Event": DG.Event, "Place": DG.Place, "Person": DG.Person,
    "Agreement": DG.Agreement, "Treaty": DG.Treaty, "Dialogue": DG.Dialogue, "Forum": DG.Forum,
    "Initiative": DG.Initiative, "Framework": DG.Framework,
}
EVENT_CLASSES = {
    "event": DG.Event, "meeting": DG.Meeting, "conference": DG.Conference, "seminar": DG.Conference,
    "workshop": DG.Conference, "symposium": DG.Conference, "summit": DG.Summit, "exercise": DG.Exercise,
    "drill": DG.Exercise, "operation": DG.Operation, "patrol": DG.Operation, "course": DG.Course,
    "training": DG.Course, "incident": DG.Incident,
}
RELATION_TERMS = {
    "hosted": DG.hosted, "coHosted": DG.coHosted, "participatedIn": DG.participatedIn, "signed": DG.signed,
    "initiated": DG.initiated, "memberOf": DG.memberOf, "establishedWith": DG.establishedWith,
    "partnerOf": DG.partnerOf, "supports": DG.supports, "heldIn": DG.heldIn, "partOf": DG.partOf,
}
ROLE_RELATIONS = {"host": DG.hosted, "co-host": DG.coHosted, "cohost": DG.coHosted}


def event_class_term(name: str | None) -> URIRef:
    """'Meeting', 'drill', 'Joint Exercise' -> the event subclass; anything else -> dg:Event."""
    words = re.findall(r"[a-z]+", (name or "").casefold())
    for word in reversed(words):
        if word in EVENT_CLASSES:
            return EVENT_CLASSES[word]
    return DG.Event


def relation_term(predicate: str) -> URIRef:
    """'co_hosted', 'co-hosted', 'coHosted', 'held in' -> the ontology property."""
    words = [w for w in re.split(r"[\s_\-]+", predicate.strip()) if w]
    name = (words[0][:1].lower() + words[0][1:] + "".join(w[:1].upper() + w[1:] for w in words[1:])) if words else ""
    try:
        return RELATION_TERMS[name]
    except KeyError:
        raise ValueError(f"unknown relation predicate {predicate!r}: expected one of "
                         f"{', '.join(RELATION_TERMS)}") from None


def date_literal(value: str) -> Literal | None:
    """'2013-09-01' -> xsd:date, '2013-09' -> xsd:gYearMonth, '2013' -> xsd:gYear; else None."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or ""):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value or ""):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value or ""):
        return Literal(value, datatype=XSD.gYear)
    return None
