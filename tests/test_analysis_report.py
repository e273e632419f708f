from __future__ import annotations

from datetime import date

import pytest
from test_analysis_support import SCRIPT_TITLE, build_store

from detente.analysis.report import build_report, dyad_plot, write_report
from detente.analysis.series import dyad_series
from detente.errors import UsageError
from detente.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("report"))
    with Store(db, read_only=True) as s:
        yield s


@pytest.fixture(scope="module")
def page(store, tmp_path_factory):
    path = write_report(store, tmp_path_factory.mktemp("out") / "report.html")
    return path.read_text("utf-8")


def test_analysis_report_escapes_article_text(page):
    assert SCRIPT_TITLE not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>a deal</b>" not in page  # sentence markup is shown as text
    assert "&lt;b&gt;a deal&lt;/b&gt; &amp; more" in page


def test_analysis_report_is_self_contained(page):
    assert "<script src=" not in page
    assert "Plotly.newPlot" in page or "newPlot" in page
    assert page.count("plotly.js v") <= 2  # plotly.js inlined once


@pytest.mark.parametrize("section", ["Net cooperation and events", "Events by quad class",
                                     "Drivers", "Planned meetings, visits and talks",
                                     "Calibration of the probability model",
                                     "Example answers"])
def test_analysis_report_sections(page, section):
    assert section in page


def test_analysis_report_as_of_shows_open_plan(store):
    page = build_report(store, "USA", "CHN", as_of=date(2023, 4, 1))
    assert "upcoming" in page and "confirmation" in page
    assert "Will it take place" in page
    assert SCRIPT_TITLE not in page


def test_analysis_report_missing_folder(store, tmp_path):
    with pytest.raises(UsageError):
        write_report(store, tmp_path / "nope" / "r.html")


def test_analysis_report_dyad_plot_html_and_png(store, tmp_path):
    series = dyad_series(store, "USA", "CHN")
    out = dyad_plot(series, tmp_path / "plot.html")
    assert "<script src=" not in out.read_text("utf-8")
    with pytest.raises(UsageError):
        dyad_plot(series, tmp_path / "plot.svg")
    try:
        import kaleido  # noqa: F401
        has_backend = True
    except ImportError:
        try:
            import matplotlib  # noqa: F401
            has_backend = True
        except ImportError:
            has_backend = False
    if has_backend:
        assert dyad_plot(series, tmp_path / "plot.png").stat().st_size > 0
    else:
        with pytest.raises(UsageError, match=".html"):
            dyad_plot(series, tmp_path / "plot.png")
