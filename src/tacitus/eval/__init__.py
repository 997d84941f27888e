"""Scoring extraction against gold files (SPEC §4)."""
