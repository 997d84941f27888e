"""Every command through click's CliRunner, including bad input."""
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from tacitus.cli.main import cli

from .conftest import ROOT, SHARED

ARTICLE = ("Gunmen attacked a village near Gusau in Nigeria's Zamfara state on Monday, killing 12 villagers, "
           "police said. Residents said the attackers arrived on motorcycles and fired on people in the market.")


@pytest.fixture
def runner():
    return CliRunner()


def test_schema(runner):
    r = runner.invoke(cli, ["schema"])
    assert r.exit_code == 0
    assert "sub_event_type" in json.loads(r.output)["$defs"]["Event"]["properties"]


def test_extract_text_file(runner, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    r = runner.invoke(cli, ["extract", str(f), "--published", "2023-07-04", "--format", "json"])
    assert r.exit_code == 0, r.output
    res = json.loads(r.output)
    assert res["document"]["published"].startswith("2023-07-04")
    ev = res["events"][0]
    assert ev["event_date"] == "2023-07-03"
    for e in ev["evidence"]:
        assert ARTICLE[e["start"]:e["end"]] == e["text"]


def test_extract_stdin_table(runner):
    r = runner.invoke(cli, ["extract", "-", "--published", "2023-07-04", "--format", "table"], input=ARTICLE,
                      env={"COLUMNS": "200"})
    assert r.exit_code == 0
    assert "Violence against civilians" in r.output and "Unidentified Armed Group" in r.output


def test_extract_acled_csv(runner, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    r = runner.invoke(cli, ["extract", str(f), "--published", "2023-07-04", "--format", "acled-csv"])
    header = r.output.splitlines()[0].split(",")
    assert header[0] == "event_id_cnty" and len(header) == 31


@pytest.mark.parametrize("content,message", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("Frappes sur la ville".encode("latin-1") + b"\xe9\xe8", "UTF-8"),
])
def test_bad_files_get_one_clear_line(runner, tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    r = runner.invoke(cli, ["extract", str(f)])
    assert r.exit_code == 1
    assert message in r.output
    assert len(r.output.strip().splitlines()) == 1


def test_missing_file(runner):
    r = runner.invoke(cli, ["extract", "/nonexistent/file.txt"])
    assert r.exit_code == 1 and "no such file" in r.output


def test_bad_published(runner, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    r = runner.invoke(cli, ["extract", str(f), "--published", "yesterday-ish"])
    assert r.exit_code == 1 and "publication date" in r.output


def test_jsonl_batch_skips_bad_lines(runner, tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "a", "text": ARTICLE, "published": "2023-07-04"}),
        '{"text": "broken',
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": ARTICLE, "published": "not a date"}),
        json.dumps({"id": "e", "text": ARTICLE, "published": "2023-07-05"}),
    ]) + "\n")
    r = runner.invoke(cli, ["extract", str(f), "--format", "jsonl"])
    assert r.exit_code == 0
    out = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    assert [o["document"]["id"] for o in out] == ["a", "e"]
    assert ":2: malformed JSON" in r.stderr and ":3: empty text" in r.stderr and ":4:" in r.stderr


def test_huge_document_is_processed_in_pieces(runner, tmp_path):
    f = tmp_path / "big.txt"
    f.write_text((ARTICLE + "\n\n") * 3000)  # ~0.6 MB
    r = runner.invoke(cli, ["extract", str(f), "--published", "2023-07-04", "--format", "jsonl"])
    assert r.exit_code == 0
    assert json.loads(r.output)["events"]


def test_non_english_gets_a_warning_not_events(runner):
    text = ("Des hommes armés ont attaqué un village dans le nord du pays et ont tué douze personnes, "
            "selon la police. Les habitants ont fui vers la ville voisine pour se mettre à l'abri.")
    r = runner.invoke(cli, ["extract", "-", "--published", "2023-07-04", "--format", "json"], input=text)
    res = json.loads(r.output)
    assert res["document"]["language"] == "fr" and res["events"] == [] and res["warnings"]


def test_eval_prints_metrics(runner):
    r = runner.invoke(cli, ["eval", str(ROOT / "corpus" / "test.jsonl"), "--format", "json"])
    assert r.exit_code == 0, r.output
    report = json.loads(r.output)
    assert set(report) == {"events", "interactions", "accuracy", "scored", "counts"}
    assert report["interactions"]["documents"] >= 3 and 0 <= report["interactions"]["precision"] <= 1
    assert report["counts"]["documents"] == len((ROOT / "corpus" / "test.jsonl").read_text().splitlines())


def test_eval_rejects_bad_gold(runner, tmp_path):
    f = tmp_path / "gold.jsonl"
    f.write_text('{"text": "x"}\n')
    r = runner.invoke(cli, ["eval", str(f)])
    assert r.exit_code == 1 and "gold" in r.output


def test_demo_builds_a_database_and_merges_outlets(runner, tmp_path):
    from tacitus.store import Store

    for _ in range(2):  # a second run starts from a fresh database, with the same outcome
        r = runner.invoke(cli, ["demo", "--out", str(tmp_path)])
        assert r.exit_code == 0, r.output
    assert (tmp_path / "events.csv").read_text().startswith("event_id_cnty")
    assert json.loads((tmp_path / "events.geojson").read_text())["type"] == "FeatureCollection"
    samples = (ROOT / "src" / "tacitus" / "data" / "samples" / "articles.jsonl").read_text().count("\n")
    with Store(f"sqlite:///{tmp_path / 'demo.db'}") as store:
        counts = store.counts()
        assert counts["documents"] == samples
        assert counts["events"] < counts["mentions"]  # reports of one event from several outlets merged
        assert any(e.mention_count >= 3 for e in store.events())


@pytest.mark.skipif(not (SHARED / "checks" / "check_seed.py").exists(), reason="../shared not present")
def test_seed_schema_checks_pass():
    p = subprocess.run([sys.executable, str(SHARED / "checks" / "check_seed.py"), "--only", "schema"],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout + p.stderr
