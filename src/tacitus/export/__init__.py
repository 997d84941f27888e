"""Writers that turn results into other formats (ACLED CSV, tables)."""
