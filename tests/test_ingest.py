"""`ingest`: files, folders, JSON lines, pages and feeds into the store; idempotent, resumable."""
import http.server
import json
import threading

import pytest

from tacitus.errors import FetchError
from tacitus.ingest.fetch import Fetcher, check_url
from tacitus.ingest.runner import ingest
from tacitus.store import Store

pytestmark = pytest.mark.model

REPORTS = [
    "Gunmen attacked a village near Gusau in Nigeria's Zamfara state on Monday, killing 12 villagers, police said. "
    "Residents said the attackers arrived on motorcycles and fired on people in the market.",
    "M23 rebels clashed with the Congolese army near Sake on Tuesday, killing seven soldiers, a military source "
    "in North Kivu said. Residents fled towards Goma.",
    "A suicide bomber killed eight people at a cafe in Mogadishu on Thursday, police said. The al-Shabaab group "
    "said it carried out the attack.",
    "Police fired tear gas at protesters in Nairobi on Monday as thousands marched against new taxes, witnesses "
    "said. Dozens of people were arrested.",
]
PAGE = ("<html><head><title>{title}</title><meta property='article:published_time' content='{date}'></head>"
        "<body><nav>Home | World | Sport</nav><article><h1>{title}</h1><p>{text}</p></article>"
        "<footer>All rights reserved</footer></body></html>")


def _page(i: int, date: str = "2025-03-12") -> str:
    return PAGE.format(title=f"Report {i}", date=date, text=REPORTS[i])


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    yield s
    s.close()


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "in"
    (f / "sub").mkdir(parents=True)
    (f / "a.txt").write_text("Published March 12, 2025\n" + REPORTS[0])
    (f / "sub" / "b.html").write_text(_page(1))
    lines = [json.dumps({"text": REPORTS[2], "published": "2025-05-23", "source": "Horn Wire"}),
             "{not json",
             json.dumps({"text": REPORTS[3], "published": "2025-07-08"}),
             json.dumps({"text": "   "})]
    (f / "docs.jsonl").write_text("\n".join(lines) + "\n")
    (f / ".hidden.txt").write_text(REPORTS[1])
    (f / "notes.pdf").write_bytes(b"%PDF-1.4")
    return f


def test_folder_twice_changes_nothing_and_bad_lines_are_named(store, folder):
    first = ingest([str(folder)], store)
    assert (first.stored, first.failed) == (4, 2)
    assert any("docs.jsonl:2" in e and "malformed JSON" in e for e in first.errors)
    assert any("docs.jsonl:4" in e and "empty" in e for e in first.errors)
    counts = store.counts()
    events = [e.model_dump(exclude={"reports"}) for e in store.events()]
    assert counts["events"] >= 3
    second = ingest([str(folder)], store)
    assert (second.stored, second.unchanged) == (0, 4)
    assert store.counts() == counts
    assert [e.model_dump(exclude={"reports"}) for e in store.events()] == events
    outlets = {r.outlet for e in store.events() for r in e.reports}
    assert "Horn Wire" in outlets and "a.txt" in outlets


def test_html_gives_title_date_and_main_text(store, tmp_path):
    page = tmp_path / "p.html"
    page.write_text(_page(1, "2025-03-12"))
    assert ingest([str(page)], store).stored == 1
    (result,) = store.results()
    assert result.document.title == "Report 1" and result.document.published.startswith("2025-03-12")
    assert [e.event_date for e in result.events] == ["2025-03-11"]


def test_an_interrupted_ingest_keeps_what_it_stored_and_resumes(store, folder):
    def stop_after_two(summary, where):
        if summary.stored == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest([str(folder)], store, on_progress=stop_after_two)
    assert store.counts()["documents"] == 2
    rest = ingest([str(folder)], store)
    assert (rest.stored, rest.unchanged) == (2, 2)
    assert store.counts()["documents"] == 4


def test_two_workers_store_the_same_as_one(tmp_path, folder):
    one, two = Store(f"sqlite:///{tmp_path / '1.db'}"), Store(f"sqlite:///{tmp_path / '2.db'}")
    ingest([str(folder)], one, jobs=1)
    ingest([str(folder)], two, jobs=2)
    strip = lambda s: sorted(e.model_dump_json(exclude={"reports", "event_id", "sources"}) for e in s.events())
    assert strip(one) == strip(two)
    one.close(), two.close()


class _Site(http.server.BaseHTTPRequestHandler):
    pages: dict = {}
    hits: list = []

    def do_GET(self):  # noqa: N802
        self.hits.append(self.path)
        body = self.pages.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "application/rss+xml" if self.path.endswith(".xml") else "text/html")
        self.end_headers()
        if body:
            self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    base = f"http://127.0.0.1:{server.server_port}"
    items = "".join(f"<item><title>Report {i}</title><link>{base}/a/{i}</link>"
                    f"<pubDate>Wed, 12 Mar 2025 08:00:00 GMT</pubDate></item>" for i in range(3))
    items += f"<item><title>gone</title><link>{base}/a/missing</link></item>"
    _Site.pages = {"/feed.xml": f"<?xml version='1.0'?><rss version='2.0'><channel><title>Test Wire</title>"
                                f"{items}</channel></rss>", **{f"/a/{i}": _page(i) for i in range(3)}}
    _Site.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


def test_feed_by_url_fetches_each_article_once(store, site):
    first = ingest([f"{site}/feed.xml"], store, allow_private=True)
    assert first.stored == 3 and first.failed == 1 and "HTTP 404" in first.errors[0]
    assert {r.outlet for e in store.events() for r in e.reports} == {"Test Wire"}
    _Site.hits.clear()
    again = ingest([f"{site}/feed.xml"], store, allow_private=True)
    assert again.stored == 0 and _Site.hits == ["/feed.xml", "/a/missing"]


def test_loopback_is_refused_unless_allowed(store, site):
    summary = ingest([f"{site}/feed.xml"], store)
    assert summary.stored == 0 and "private or loopback" in summary.errors[0]


def test_fetch_rules():
    with pytest.raises(FetchError, match="only http"):
        check_url("file:///etc/passwd")
    with pytest.raises(FetchError, match="private or loopback"):
        check_url("http://10.1.2.3/feed.xml")
    check_url("http://10.1.2.3/feed.xml", allow_private=True)


def test_fetch_size_limit(site):
    f = Fetcher(allow_private=True, max_bytes=100)
    with pytest.raises(FetchError, match="larger than"):
        f.get(f"{site}/feed.xml")
    f.close()


def test_the_summary_survives_an_interruption(store, folder):
    from tacitus.ingest.runner import Summary

    summary = Summary()

    def stop_after_one(s, where):
        if s.stored == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest([str(folder)], store, on_progress=stop_after_one, summary=summary)
    assert summary.stored == 1 == store.counts()["documents"]
