import datetime as dt

import matplotlib as mpl
import pytest
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

import bilateral
from bilateral import (
    Country,
    Event,
    EventKind,
    Flow,
    InvalidValueError,
    Money,
    PartialDate,
    Relation,
    Status,
    TradePeriod,
)

mpl.use("Agg")  # headless, as in CI


@pytest.fixture(scope="module")
def relation():
    return bilateral.load_bundled().relation("AZ", "LT")


def _by_gid(ax):
    return {p.get_gid(): p for p in ax.patches if p.get_gid()}


def _markers(ax, marker):
    return [line for line in ax.lines if line.get_marker() == marker]


def test_timeline_draws_a_row_per_dated_item(relation):
    ax = bilateral.plot_timeline(relation).axes[0]

    labels = [t.get_text() for t in ax.get_yticklabels()]

    assert 9 == len(labels)
    assert "Diplomatic relations established" == labels[0]
    assert {
        "Embassy of Lithuania in Azerbaijan opened",
        "Embassy of Azerbaijan in Lithuania opened",
    } == set(labels[1:3])
    assert labels[-1].endswith("(planned)")
    assert "Azerbaijan–Lithuania: relations, missions and events" == ax.get_title()


def test_timeline_draws_partial_dates_as_the_span_they_cover(relation):
    ax = bilateral.plot_timeline(relation).axes[0]
    bars = _by_gid(ax)

    visit = bars["event:official-visit-2022"]
    embassy = bars["mission:AZ-embassy"]

    assert 7 == len(bars)
    assert all(isinstance(b, Rectangle) for b in bars.values())
    assert date2num(dt.date(2022, 1, 1)) == pytest.approx(visit.get_x())
    assert date2num(dt.date(2023, 1, 1)) == pytest.approx(visit.get_x() + visit.get_width())
    assert date2num(dt.date(2007, 9, 1)) == pytest.approx(embassy.get_x())
    assert 30 == pytest.approx(embassy.get_width())


def test_timeline_runs_open_ranges_to_the_edge_with_an_arrow(relation):
    ax = bilateral.plot_timeline(relation).axes[0]
    bars = _by_gid(ax)
    left, right = ax.get_xlim()

    forum = bars["event:business-forum"]
    planned = bars["event:commission-meeting-planned"]

    assert left == pytest.approx(forum.get_x())
    assert date2num(dt.date(2023, 2, 18)) == pytest.approx(forum.get_x() + forum.get_width())
    assert date2num(dt.date(2023, 2, 17)) == pytest.approx(planned.get_x())
    assert right == pytest.approx(planned.get_x() + planned.get_width())
    assert 4 == len(_markers(ax, "<"))
    assert 1 == len(_markers(ax, ">"))


def test_timeline_draws_planned_unlike_held(relation):
    ax = bilateral.plot_timeline(relation).axes[0]
    bars = _by_gid(ax)

    planned = bars["event:commission-meeting-planned"]
    held = bars["event:official-visit-2022"]

    assert "///" == planned.get_hatch()
    assert 0 == planned.get_facecolor()[3]  # no fill
    assert held.get_hatch() is None
    assert 1 == held.get_facecolor()[3]


def test_timeline_marks_missions_and_the_establishment(relation):
    ax = bilateral.plot_timeline(relation).axes[0]

    stars = _markers(ax, "*")
    diamonds = _markers(ax, "D")
    guides = [line for line in ax.lines if line.get_linestyle() == ":"]

    assert 1 == len(stars)
    assert [date2num(dt.date(1995, 11, 20))] == list(stars[0].get_xdata())
    assert 1 == len(diamonds)  # the Lithuanian embassy, opened on a known day
    assert [date2num(dt.date(2007, 4, 3))] == list(diamonds[0].get_xdata())
    assert 1 == len(guides)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert [
        "held event",
        "planned event",
        "mission opened",
        "relations established",
        "open end (no bound)",
    ] == legend


def test_timeline_labels_each_row_with_its_edtf(relation):
    ax = bilateral.plot_timeline(relation).axes[0]

    texts = [t.get_text() for t in ax.texts]

    assert {"1995-11-20", "2007-04-03", "2007-09", "2022", "../2023-02-17", "2023-02-17/.."} == set(
        texts
    )


def test_timeline_counts_what_it_cannot_place():
    relation = Relation(
        ("AZ", "LT"),
        established=PartialDate("1995-11-20"),
        events=[Event("e", EventKind.MEETING, Status.HELD, None, "Met")],
    )

    ax = bilateral.plot_timeline(relation).axes[0]

    assert 1 == len(ax.get_yticklabels())
    assert "1 item without a date not shown" in [t.get_text() for t in ax.texts]


def test_timeline_needs_something_dated():
    with pytest.raises(InvalidValueError, match="no dated establishment, mission or event"):
        bilateral.plot_timeline(Relation(("AZ", "LT")))


def test_plots_need_a_relation():
    with pytest.raises(InvalidValueError, match="relation: expected a Relation, got 'AZ'"):
        bilateral.plot_trade("AZ")  # type: ignore[arg-type]


def test_trade_bars_cover_their_periods(relation):
    ax = bilateral.plot_trade(relation).axes[0]
    bars = _by_gid(ax)

    year = bars["reported:turnover:2021"]
    half = bars["reported:turnover:2022-40"]
    estimate = bars["annualized:turnover:2022-40"]

    assert 3 == len(bars)
    assert (date2num(dt.date(2021, 1, 1)), 365, 42_000_000) == pytest.approx(
        (year.get_x(), year.get_width(), year.get_height())
    )
    assert (date2num(dt.date(2022, 1, 1)), 181, 14_400_000) == pytest.approx(
        (half.get_x(), half.get_width(), half.get_height())
    )
    assert (half.get_x(), half.get_width(), 28_800_000) == pytest.approx(
        (estimate.get_x(), estimate.get_width(), estimate.get_height())
    )


def test_trade_marks_annualized_values_as_estimates(relation):
    ax = bilateral.plot_trade(relation).axes[0]
    bars = _by_gid(ax)

    texts = [t.get_text() for t in ax.texts]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]

    assert "//" == bars["annualized:turnover:2022-40"].get_hatch()
    assert bars["reported:turnover:2022-40"].get_hatch() is None
    assert "≈ $28.8M a year\n(estimate from 6 months)" in texts
    assert "$14.4M\nJan\u2009–\u2009Jun 2022" in texts
    assert ["turnover (reported)", "annualized (estimate)"] == legend
    assert "Value (USD)" == ax.get_ylabel()


def test_trade_filters_by_flow_and_refuses_mixed_currencies():
    relation = Relation(
        ("AZ", "LT"),
        trade=[
            TradePeriod(Flow.TURNOVER, PartialDate("2021"), Money(5, "USD")),
            TradePeriod(
                Flow.EXPORTS, PartialDate("2021-33"), Money(1, "EUR"), reporter=Country("AZ")
            ),
        ],
    )

    ax = bilateral.plot_trade(relation, flow=Flow.EXPORTS).axes[0]

    assert {"reported:exports:2021-33", "annualized:exports:2021-33"} == set(_by_gid(ax))
    with pytest.raises(InvalidValueError, match="in EUR, USD; draw one currency at a time"):
        bilateral.plot_trade(relation)


def test_trade_names_a_bad_flow(relation):
    with pytest.raises(
        InvalidValueError, match=r"flow: expected one of 'turnover'.*got 'smuggling'"
    ):
        bilateral.plot_trade(relation, flow="smuggling")  # type: ignore[arg-type]


def test_plots_draw_on_given_axes_and_save(relation, tmp_path):
    figure = Figure()
    left, right = figure.subplots(1, 2)

    assert figure is bilateral.plot_timeline(relation, ax=left)
    assert figure is bilateral.plot_trade(relation, ax=right)
    figure.savefig(tmp_path / "both.png")
    figure.savefig(tmp_path / "both.svg")
    assert (tmp_path / "both.png").read_bytes().startswith(b"\x89PNG")
    assert "<svg" in (tmp_path / "both.svg").read_text()


def _drawn(figure):
    figure.canvas.draw()  # tick labels are made when drawn
    return figure.axes[0]


def _ticks(labels):
    return [t.get_text() for t in labels if t.get_text()]


def test_timeline_in_french(relation):
    ax = _drawn(bilateral.plot_timeline(relation, locale="fr"))
    rows = _ticks(ax.get_yticklabels())

    assert "Azerbaïdjan–Lituanie\xa0: relations, représentations et événements" == ax.get_title()
    assert "Établissement des relations diplomatiques" == rows[0]
    assert {
        "Ambassade de Lituanie en Azerbaïdjan\xa0: ouverture",
        "Ambassade d’Azerbaïdjan en Lituanie\xa0: ouverture",
    } == set(rows[1:3])
    assert rows[-1].endswith("(prévu)")
    assert "événement passé" == ax.get_legend().get_texts()[0].get_text()


def test_trade_in_russian_and_french_takes_cldrs_months_and_numbers(relation):
    ru = _drawn(bilateral.plot_trade(relation, locale="ru"))
    fr = _drawn(bilateral.plot_trade(relation, locale="fr"))

    assert "Торговля между Азербайджаном и Литвой по периодам" == ru.get_title()
    assert "Стоимость (USD)" == ru.get_ylabel()
    assert "10\xa0000\xa0000" in _ticks(ru.get_yticklabels())
    assert "янв. 2021\u202fг." in _ticks(ru.get_xticklabels())
    assert "≈ 28,8\xa0млн\xa0$ в год\n(оценка по 6 месяцам)" in [t.get_text() for t in ru.texts]
    assert ["товарооборот (по отчёту)", "в пересчёте на год (оценка)"] == [
        t.get_text() for t in ru.get_legend().get_texts()
    ]
    assert "Commerce entre l’Azerbaïdjan et la Lituanie, par période" == fr.get_title()
    assert "10\u202f000\u202f000" in _ticks(fr.get_yticklabels())
    assert "janv. 2021" in _ticks(fr.get_xticklabels())
    assert "14,4\xa0M\xa0$US\njanv.–juin 2022" in [t.get_text() for t in fr.texts]


def test_english_ticks_are_cldrs_too(relation):
    ax = _drawn(bilateral.plot_trade(relation))

    assert "10,000,000" in _ticks(ax.get_yticklabels())
    assert "Jan 2021" in _ticks(ax.get_xticklabels())


def test_a_locale_without_a_catalog_gets_a_wholly_english_picture(relation):
    with pytest.warns(bilateral.LocaleFallbackWarning):
        ax = _drawn(bilateral.plot_trade(relation, locale="pt_BR"))
    english = _drawn(bilateral.plot_trade(relation))

    assert english.get_title() == ax.get_title()
    assert _ticks(english.get_xticklabels()) == _ticks(ax.get_xticklabels())
    assert _ticks(english.get_yticklabels()) == _ticks(ax.get_yticklabels())
    assert [t.get_text() for t in english.texts] == [t.get_text() for t in ax.texts]


def test_an_unknown_locale_is_refused(relation):
    with pytest.raises(bilateral.UnknownLocaleError):
        bilateral.plot_timeline(relation, locale="xx")
