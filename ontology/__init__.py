"""The diplograph vocabulary as data: the OWL ontology, SHACL shapes and the Python namespace."""
from pathlib import Path

ONTOLOGY_DIR = Path(__file__).parent
