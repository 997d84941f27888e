"""Pure functions from text (and its spaCy parse) to tacitus models."""
