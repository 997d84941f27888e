"""`ingest`, `events`, `export` and `eval --merge` through the command line."""
import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from tacitus import taxonomy
from tacitus.cli.main import cli

from .conftest import ROOT
from .test_ingest import REPORTS

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """A database with four reports, two of them from different outlets about one attack."""
    folder = tmp_path_factory.mktemp("in")
    docs = [{"text": REPORTS[0], "published": "2025-03-12", "source": "Lagos Ledger"},
            {"text": REPORTS[0].replace("12 villagers", "14 villagers").replace("police said", "residents said"),
             "published": "2025-03-12", "source": "Sahel Times"},
            {"text": REPORTS[1], "published": "2025-03-12"},
            {"text": REPORTS[2], "published": "2025-05-23"}]
    (folder / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    url = f"sqlite:///{folder / 'events.db'}"
    r = CliRunner().invoke(cli, ["ingest", str(folder / "docs.jsonl"), "--db", url])
    assert r.exit_code == 0, r.output
    assert "stored 4 documents" in r.output
    return url


def test_events_json_merges_the_two_outlets(db):
    r = CliRunner().invoke(cli, ["events", "--db", db, "--country", "NGA", "--format", "json"])
    assert r.exit_code == 0, r.output
    (ev,) = json.loads(r.output)
    assert ev["mention_count"] == 2 and ev["fatalities"] == 12 and ev["fatalities_high"] == 14
    assert {rep["outlet"] for rep in ev["reports"]} == {"Lagos Ledger", "Sahel Times"}


def test_events_filters_and_formats(db):
    run = lambda *a: CliRunner().invoke(cli, ["events", "--db", db, *a])
    assert len(run("--format", "jsonl", "--since", "2025-05-01").output.splitlines()) == 1
    rows = list(csv.DictReader(io.StringIO(run("--format", "csv").output)))
    assert len(rows) == 3 and "mention_count" in rows[0]
    acled = run("--format", "acled-csv").output.splitlines()[0].split(",")
    assert acled == list(taxonomy.export_columns())
    gj = json.loads(run("--format", "geojson").output)
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 3
    for f in gj["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert "Battles" in run("--type", "armed clash", "--format", "json").output


def test_events_bad_values_are_one_clear_line(db):
    r = CliRunner().invoke(cli, ["events", "--db", db, "--since", "yesterday"])
    assert r.exit_code != 0 and "not a date" in r.output
    r = CliRunner().invoke(cli, ["events", "--db", db, "--type", "Fisticuffs"])
    assert r.exit_code != 0 and "not an ACLED" in r.output
    r = CliRunner().invoke(cli, ["events", "--db", "oracle://x"])
    assert r.exit_code == 1 and "unsupported database" in r.output


def test_export_every_format(db, tmp_path):
    for fmt, name in (("acled-csv", "e.csv"), ("jsonl", "e.jsonl"), ("geojson", "e.geojson"), ("parquet", "e.parquet")):
        out = tmp_path / name
        r = CliRunner().invoke(cli, ["export", "--db", db, "--format", fmt, "-o", str(out)])
        assert r.exit_code == 0, r.output
        assert "wrote 3 events" in r.output
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 3 and "mention_count" in table.column_names
    assert len((tmp_path / "e.jsonl").read_text().splitlines()) == 3
    assert list(tmp_path.glob(".tacitus-export-*")) == []


def test_ingest_nothing_readable_fails(tmp_path):
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "nope.txt"), "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert r.exit_code == 1 and "no such file" in r.output


def test_eval_merge_on_our_multi_outlet_set(tmp_path):
    lines = (ROOT / "corpus" / "multi.jsonl").read_text().splitlines()
    subset = [l for l in lines if json.loads(l)["story"] in ("s02", "s05")]
    gold = tmp_path / "multi.jsonl"
    gold.write_text("\n".join(subset) + "\n")
    r = CliRunner().invoke(cli, ["eval", "--merge", str(gold), "--format", "json"])
    assert r.exit_code == 0, r.output
    rep = json.loads(r.output)
    assert rep["reports"] == 5 and rep["gold_links"] == 4  # Sake: 1 link; Mogadishu: 3
    assert rep["precision"] == 1.0 and rep["true_links"] >= 2
