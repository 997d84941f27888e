"""Where tacitus keeps documents and merged events: SQLite by default, PostgreSQL for teams."""
from .database import Store, default_url, open_store

__all__ = ["Store", "default_url", "open_store"]
