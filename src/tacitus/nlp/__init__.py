"""Loading the spaCy pipeline and splitting long texts into bounded pieces."""
