"""Records to RDF, stores, queries, analytics and the viewer. Never imports spaCy."""
