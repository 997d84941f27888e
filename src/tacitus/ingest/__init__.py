"""Getting documents in: files, folders, JSON lines, web pages and feeds (sources.py), fetched
safely (fetch.py), extracted in worker processes and stored (runner.py)."""
