import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "fixtures" / "seed" / "article.txt"


@pytest.fixture(scope="session")
def nlp():
    from tacitus.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text():
    if not SEED.exists():
        pytest.skip("../shared/fixtures/seed is not beside this checkout")
    return SEED.read_text("utf-8")
