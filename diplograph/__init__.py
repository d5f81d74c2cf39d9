"""diplograph: knowledge graphs of countries, organisations, mechanisms and events
from diplomacy and security texts.

    >>> import diplograph
    >>> result = diplograph.build(["examples"], out="out/examples")
    >>> result.entities[0].label
"""
from diplograph.model import DocumentRecord, Entity, Event, FileProblem, Mention, Relation

__version__ = "0.1.0"

__all__ = [
    "DocumentRecord", "Entity", "Event", "FileProblem", "Mention", "Relation",
    "build", "BuildResult", "__version__",
]


def __getattr__(name):
    # The pipeline pulls in spaCy and rdflib: load it only when asked for.
    if name in ("build", "BuildResult"):
        from diplograph import pipeline
        return getattr(pipeline, name)
    raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
