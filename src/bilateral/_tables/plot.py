"""Pictures of a relation: its timeline and its trade by period (matplotlib).

matplotlib is imported on first use; without it, :class:`MissingExtraError`
names ``pip install 'bilateral[plot]'``. The figures are plain
:class:`matplotlib.figure.Figure` objects, not pyplot's, so drawing many of
them holds no global state; notebooks display them, ``savefig`` writes PNG or
SVG.

Both take a ``locale`` (default ``"en"``): the titles, axis and row labels,
legend and notes are messages of the catalogs; month names on the date axis,
numbers and money on the value axis and on the bars come from CLDR. A locale
with no catalog, nor one of its language, gets a wholly English picture and a
:class:`~bilateral.LocaleFallbackWarning`, as the sentences do.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from bilateral._model import (
    Event,
    Flow,
    Mission,
    MissionKind,
    Relation,
    RepresentationLevel,
    Status,
    TimelineEntry,
    TimelineKind,
    TradePeriod,
)
from bilateral._text.catalog import text_locale, translations
from bilateral._text.format import format_country, format_money
from bilateral._text.grammar import CountryName, translate
from bilateral._values.country import Country
from bilateral._values.dates import PartialDate
from bilateral._values.errors import InvalidValueError
from bilateral._values.extras import require
from bilateral._values.i18n import Message, pgettext
from bilateral._values.locales import parse_locale

if TYPE_CHECKING:
    import gettext

    from babel import Locale
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

_HELD = "#1f77b4"
_PLANNED = "#ff7f0e"
_MISSION = "#2ca02c"
_ESTABLISHED = "#d62728"
_FLOWS = {
    Flow.TURNOVER: "#1f77b4",
    Flow.EXPORTS: "#2ca02c",
    Flow.IMPORTS: "#9467bd",
    Flow.RE_EXPORTS: "#8c564b",
    Flow.RE_IMPORTS: "#e377c2",
}
_BAR_HEIGHT = 0.6
_DRAWN = frozenset(
    {
        TimelineKind.ESTABLISHMENT,
        TimelineKind.MISSION,
        TimelineKind.MISSION_LEVEL,
        TimelineKind.MISSION_CLOSED,
        TimelineKind.EVENT,
    }
)
_LABEL_WIDTH = 58

# Translators: the title of a relation's timeline picture; {first} and {second} are the
# countries ({first:genitive} and the other cases, French {first:le}, give them in a form).
_TIMELINE_TITLE = pgettext("plot", "{first}–{second}: relations, missions and events")
# Translators: the title of a relation's trade picture; {first} and {second} as in the
# timeline's title ("Trade between {first:instrumental} and ...", French "{first:le}").
_TRADE_TITLE = pgettext("plot", "Trade between {first} and {second}, by period")
# Translators: the value axis of the trade picture; {currency} is the ISO 4217 code ("USD").
_VALUE_AXIS = pgettext("plot", "Value ({currency})")
# Translators: a row of the timeline: the establishment of diplomatic relations.
_ESTABLISHED_ROW = pgettext("plot", "Diplomatic relations established")
# Translators: a mission's row in the timeline; {mission} is the kind of mission
# ("Embassy", from the "plot: mission" messages), {sending} the country it represents,
# {receiving} the country it is in ({sending:genitive}, {receiving:locative}, French
# {sending:de} and {receiving:en} give them in a form).
_MISSION_OPENED_ROW = pgettext("plot", "{mission} of {sending} in {receiving} opened")
# Translators: as the "opened" row, for a mission that closed.
_MISSION_CLOSED_ROW = pgettext("plot", "{mission} of {sending} in {receiving} closed")
# Translators: as the "opened" row, for a mission's level of representation; {level} is the
# level ("ambassador", from the "plot: level" messages).
_MISSION_LEVEL_ROW = pgettext("plot", "{mission} of {sending} in {receiving}: level {level}")
_MISSIONS: dict[MissionKind, Message] = {
    # Translators: a kind of mission as a timeline row names it ("Embassy of ... opened").
    MissionKind.EMBASSY: pgettext("plot: mission", "Embassy"),
    MissionKind.CONSULATE_GENERAL: pgettext("plot: mission", "Consulate general"),
    MissionKind.CONSULATE: pgettext("plot: mission", "Consulate"),
    MissionKind.HONORARY_CONSULATE: pgettext("plot: mission", "Honorary consulate"),
}
_LEVELS: dict[RepresentationLevel, Message] = {
    # Translators: a level of representation after "level" in a timeline row.
    RepresentationLevel.CHARGE_D_AFFAIRES: pgettext("plot: level", "chargé d'affaires"),
    RepresentationLevel.MINISTER: pgettext("plot: level", "minister"),
    RepresentationLevel.AMBASSADOR: pgettext("plot: level", "ambassador"),
    RepresentationLevel.OTHER: pgettext("plot: level", "other"),
}
_STATUSES: dict[Status, Message] = {
    # Translators: an event's row in the timeline; {summary} is the event's summary as its
    # source gives it (in the source's language).
    Status.PLANNED: pgettext("plot", "{summary} (planned)"),
    Status.CANCELLED: pgettext("plot", "{summary} (cancelled)"),
    Status.POSTPONED: pgettext("plot", "{summary} (postponed)"),
}
# Translators: the legend of the timeline picture.
_HELD_LEGEND = pgettext("plot: legend", "held event")
_PLANNED_LEGEND = pgettext("plot: legend", "planned event")
_MISSION_LEGEND = pgettext("plot: legend", "mission opened")
_ESTABLISHED_LEGEND = pgettext("plot: legend", "relations established")
_OPEN_END_LEGEND = pgettext("plot: legend", "open end (no bound)")
_FLOW_LEGENDS: dict[Flow, Message] = {
    # Translators: the legend of the trade picture: bars of the figures as reported.
    Flow.TURNOVER: pgettext("plot: legend", "turnover (reported)"),
    Flow.EXPORTS: pgettext("plot: legend", "exports (reported)"),
    Flow.IMPORTS: pgettext("plot: legend", "imports (reported)"),
    Flow.RE_EXPORTS: pgettext("plot: legend", "re-exports (reported)"),
    Flow.RE_IMPORTS: pgettext("plot: legend", "re-imports (reported)"),
}
# Translators: the legend of the trade picture: hatched bars of annual rates estimated from a
# figure for less than a year.
_ANNUALIZED_LEGEND = pgettext("plot: legend", "annualized (estimate)")


class _Words:
    """What a picture writes in ``locale``: the catalog's messages, CLDR's names and numbers."""

    def __init__(self, locale: str) -> None:
        self.locale = text_locale(locale)
        self.loc: Locale = parse_locale(self.locale)
        self.t: gettext.NullTranslations = translations(self.loc)

    def __call__(self, message: Message, **values: object) -> str:
        return translate(message, self.t).format(**values)

    def country(self, country: Country) -> CountryName:
        name = format_country(country, self.locale)
        return CountryName(country.code, name, self.t, self.loc.language)

    def date_formatter(self, mpl: dict[str, Any], ax: Axes) -> Any:
        """Tick labels of a date axis in CLDR's words, as fine as the axis's span needs."""
        from babel import dates  # noqa: PLC0415 - locale data loads on first use

        def label(x: float, _pos: object = None) -> str:
            low, high = ax.get_xlim()
            day = mpl["dates"].num2date(x).date()
            span = abs(high - low)
            skeleton = "y" if span > 4 * 365 else "yMMM" if span > 90 else "yMMMd"
            return str(dates.format_skeleton(skeleton, day, locale=self.loc))

        return mpl["ticker"].FuncFormatter(label)

    def number_formatter(self, mpl: dict[str, Any]) -> Any:
        """Tick labels of a value axis: whole numbers grouped as CLDR groups them."""
        from babel import numbers  # noqa: PLC0415

        def label(x: float, _pos: object = None) -> str:
            return str(numbers.format_decimal(round(x), locale=self.loc))

        return mpl["ticker"].FuncFormatter(label)


def _matplotlib() -> dict[str, Any]:
    require("matplotlib", "plot")
    from matplotlib import dates, figure, lines, patches, ticker  # noqa: PLC0415 - optional extra

    return {
        "dates": dates,
        "figure": figure,
        "lines": lines,
        "patches": patches,
        "ticker": ticker,
    }


def _axes(mpl: dict[str, Any], ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    figure = mpl["figure"].Figure(figsize=size, layout="constrained")
    axes: Axes = figure.subplots()
    return axes


def _short(text: str) -> str:
    return text if len(text) <= _LABEL_WIDTH else text[: _LABEL_WIDTH - 1].rstrip() + "…"


def _limits(mpl: dict[str, Any], entries: list[TimelineEntry]) -> tuple[float, float]:
    bounds: list[dt.date] = []
    for entry in entries:
        assert entry.when is not None  # noqa: S101 - undated entries are filtered out
        bounds.extend(b for b in (entry.when.earliest, entry.when.latest) if b is not None)
    low, high = mpl["dates"].date2num(min(bounds)), mpl["dates"].date2num(max(bounds))
    pad = max((high - low) * 0.07, 90.0)
    # More room on the right: open-ended (planned) ranges and the date labels go there.
    return float(low - pad), float(high + 1 + 2 * pad)


def _style(entry: TimelineEntry) -> dict[str, Any]:
    if entry.kind is TimelineKind.ESTABLISHMENT:
        return {"color": _ESTABLISHED, "hatch": None, "fill": True, "marker": "*"}
    if isinstance(entry.item, Mission):
        return {"color": _MISSION, "hatch": None, "fill": True, "marker": "D"}
    if isinstance(entry.item, Event) and entry.item.status is Status.PLANNED:
        return {"color": _PLANNED, "hatch": "///", "fill": False, "marker": "o"}
    return {"color": _HELD, "hatch": None, "fill": True, "marker": "o"}


def _row_label(entry: TimelineEntry, words: _Words) -> str:
    item = entry.item
    if isinstance(item, Event):
        if item.status is Status.HELD:
            return _short(item.summary)
        return words(_STATUSES[item.status], summary=_short(item.summary))
    if isinstance(item, Mission):
        names = {
            "mission": words(_MISSIONS[item.kind]),
            "sending": words.country(item.sending),
            "receiving": words.country(item.receiving),
        }
        # The model's rows of a mission, by their kind (never by their English label).
        if entry.kind is TimelineKind.MISSION:
            return _short(words(_MISSION_OPENED_ROW, **names))
        if entry.kind is TimelineKind.MISSION_CLOSED:
            return _short(words(_MISSION_CLOSED_ROW, **names))
        level = next(c.level for c in item.level_changes if c.when == entry.when)
        return _short(words(_MISSION_LEVEL_ROW, level=words(_LEVELS[level]), **names))
    return _short(words(_ESTABLISHED_ROW))


def _gid(entry: TimelineEntry) -> str:
    if isinstance(entry.item, Event):
        return f"event:{entry.item.id}"
    if isinstance(entry.item, Mission):
        return f"mission:{entry.item.sending.code}-{entry.item.kind.value}"
    return entry.kind.value


def _draw_entry(
    mpl: dict[str, Any],
    ax: Axes,
    entry: TimelineEntry,
    *,
    row: int,
    limits: tuple[float, float],
    style: dict[str, Any],
) -> None:
    when = entry.when
    assert when is not None  # noqa: S101 - undated entries are filtered out
    to_num = mpl["dates"].date2num
    gid = _gid(entry)
    if isinstance(when, PartialDate) and when.is_exact:
        x = to_num(when.earliest)
        ax.plot(
            [x],
            [row],
            marker=style["marker"],
            markersize=13 if style["marker"] == "*" else 8,
            color=style["color"],
            markerfacecolor=style["color"] if style["fill"] else "white",
            linestyle="none",
            gid=gid,
        )
        label_x, align = x + (limits[1] - limits[0]) * 0.01, "left"
    else:
        earliest, latest = when.earliest, when.latest
        start = limits[0] if earliest is None else to_num(earliest)
        end = limits[1] if latest is None else to_num(latest) + 1  # to the end of the last day
        open_end = earliest is None or latest is None
        bar = mpl["patches"].Rectangle(
            (start, row - _BAR_HEIGHT / 2),
            end - start,
            _BAR_HEIGHT,
            facecolor=style["color"] if style["fill"] else "none",
            edgecolor=style["color"],
            hatch=style["hatch"],
            alpha=0.45 if open_end and style["fill"] else 1.0,
            linewidth=1.2,
            gid=gid,
        )
        ax.add_patch(bar)
        # An arrow head where the range runs off the picture: it has no bound there.
        if earliest is None:
            ax.plot([start], [row], marker="<", color=style["color"], markersize=9, clip_on=False)
        if latest is None:
            ax.plot([end], [row], marker=">", color=style["color"], markersize=9, clip_on=False)
        step = (limits[1] - limits[0]) * 0.01
        label_x, align = (end + step, "left") if latest is not None else (start - step, "right")
    ax.text(label_x, row, when.edtf, va="center", ha=align, fontsize=8, color="#333333")


def plot_timeline(relation: Relation, *, ax: Axes | None = None, locale: str = "en") -> Figure:
    """Draw a relation's establishment, missions and events along the calendar.

    Each item is a row, in :meth:`Relation.timeline` order from the top. A
    single day is a marker; a month, quarter, half-year, year or range is a
    bar over every day it may be; a range with an open end runs to the edge
    of the picture and ends in an arrow head there. Held events are filled
    blue, planned ones hatched orange outlines; missions are green and the
    establishment is a red star with a dotted line across the picture. Each
    row is labelled with its EDTF date. Items whose date is unknown are not
    drawn; a note in the corner counts them.

    Args:
        relation: The relation to draw.
        ax: Axes to draw on; by default a new figure is made.
        locale: The language of its words (see the module's docs); an
            event's summary stays in its source's language.

    Returns:
        The figure drawn on (``figure.axes[0]`` holds the timeline).

    Raises:
        InvalidValueError: ``relation`` is not a :class:`Relation`, or it has
            no dated establishment, mission or event to draw.
        MissingExtraError: matplotlib is not installed.
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    if not isinstance(relation, Relation):
        msg = f"expected a Relation, got {relation!r}"
        raise InvalidValueError(msg, path=("relation",))
    wanted = [e for e in relation.timeline() if e.kind in _DRAWN]
    entries = [e for e in wanted if e.when is not None]
    if not entries:
        msg = f"{relation.key} has no dated establishment, mission or event to draw"
        raise InvalidValueError(msg, path=("relation",))
    words = _Words(locale)
    mpl = _matplotlib()
    ax = _axes(mpl, ax, (11, 0.5 * len(entries) + 2.2))
    limits = _limits(mpl, entries)
    for row, entry in enumerate(entries):
        style = _style(entry)
        if entry.kind is TimelineKind.ESTABLISHMENT:
            assert entry.when is not None  # noqa: S101 - filtered above
            x = mpl["dates"].date2num(entry.when.earliest)
            ax.axvline(x, color=_ESTABLISHED, linestyle=":", linewidth=1, zorder=0)
        _draw_entry(mpl, ax, entry, row=row, limits=limits, style=style)
    ax.set_xlim(*limits)
    ax.set_ylim(len(entries) - 0.5, -0.5)
    ax.set_yticks(range(len(entries)), [_row_label(e, words) for e in entries], fontsize=9)
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(words.date_formatter(mpl, ax))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    first, second = (words.country(c) for c in relation.countries)
    ax.set_title(words(_TIMELINE_TITLE, first=first, second=second))
    _legend(mpl, ax, words)
    undated = len(wanted) - len(entries)
    if undated:
        # Translators: a note in the corner of the timeline; {count} is a number.
        note = words.t.ngettext(
            "{count} item without a date not shown",
            "{count} items without a date not shown",
            undated,
        )
        ax.text(
            0.99,
            0.01,
            note.format(count=undated),
            transform=ax.transAxes,
            ha="right",
            va="bottom",
            fontsize=8,
        )
    figure: Figure = ax.get_figure(root=True)  # type: ignore[assignment]
    return figure


def _legend(mpl: dict[str, Any], ax: Axes, words: _Words) -> None:
    patch, line = mpl["patches"].Patch, mpl["lines"].Line2D
    handles = [
        patch(facecolor=_HELD, edgecolor=_HELD, label=words(_HELD_LEGEND)),
        patch(facecolor="none", edgecolor=_PLANNED, hatch="///", label=words(_PLANNED_LEGEND)),
        patch(facecolor=_MISSION, edgecolor=_MISSION, label=words(_MISSION_LEGEND)),
        line(
            [],
            [],
            marker="*",
            color=_ESTABLISHED,
            linestyle=":",
            markersize=11,
            label=words(_ESTABLISHED_LEGEND),
        ),
        line([], [], marker=">", color="#555555", linestyle="none", label=words(_OPEN_END_LEGEND)),
    ]
    ax.legend(handles=handles, loc="upper right", fontsize=8, framealpha=0.9)


def _period_name(period: PartialDate, loc: Locale) -> str:
    """A period as a bar's label names it, in CLDR's words ("Q2 2022", "Jan – Jun 2022")."""
    from babel import dates  # noqa: PLC0415 - locale data loads on first use

    if period.quarter is not None:
        return str(dates.format_skeleton("yQQQ", period.earliest, locale=loc))
    if period.month is not None and period.precision.value == "month":
        return str(dates.format_skeleton("yMMM", period.earliest, locale=loc))
    if period.earliest.year == period.latest.year and (
        period.earliest.month != 1 or period.latest.month != 12
    ):
        return str(
            dates.format_interval(period.earliest, period.latest, skeleton="yMMM", locale=loc)
        )
    return str(dates.format_skeleton("y", period.earliest, locale=loc))


def _check_flow(flow: object) -> None:
    if flow is not None and flow not in set(Flow):
        allowed = ", ".join(repr(f.value) for f in Flow)
        msg = f"expected one of {allowed} or None, got {flow!r}"
        raise InvalidValueError(msg, path=("flow",))


def _trade_legend(mpl: dict[str, Any], ax: Axes, words: _Words, periods: list[TradePeriod]) -> None:
    shown = sorted({p.flow for p in periods}, key=list(Flow).index)
    handles = [
        mpl["patches"].Patch(facecolor=_FLOWS[f], label=words(_FLOW_LEGENDS[f])) for f in shown
    ]
    if any(p.annualized().is_estimate for p in periods):
        handles.append(
            mpl["patches"].Patch(
                facecolor="none",
                edgecolor="#333333",
                hatch="//",
                linestyle="--",
                label=words(_ANNUALIZED_LEGEND),
            )
        )
    ax.legend(handles=handles, loc="upper left", fontsize=8)


def plot_trade(
    relation: Relation, *, flow: Flow | None = None, ax: Axes | None = None, locale: str = "en"
) -> Figure:
    """Draw a relation's trade figures as bars over the periods they cover.

    Each reported value is a filled bar from the first to the last day of its
    period, as high as the value. A period shorter than a year also gets a
    hatched, unfilled bar as high as its annualized value (× 12 / months),
    labelled as an estimate, so that a half-year stands beside whole years
    without being mistaken for one.

    Args:
        relation: The relation to draw.
        flow: Draw only this flow (turnover, exports or imports); by default
            every figure.
        ax: Axes to draw on; by default a new figure is made.
        locale: The language of its words (see the module's docs).

    Returns:
        The figure drawn on (``figure.axes[0]`` holds the bars).

    Raises:
        InvalidValueError: ``relation`` is not a :class:`Relation`, it has no
            trade figure to draw, or its figures are in more than one currency.
        MissingExtraError: matplotlib is not installed.
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    if not isinstance(relation, Relation):
        msg = f"expected a Relation, got {relation!r}"
        raise InvalidValueError(msg, path=("relation",))
    _check_flow(flow)
    periods = [p for p in relation.trade if flow is None or p.flow == flow]
    if not periods:
        msg = f"{relation.key} has no trade figures to draw"
        raise InvalidValueError(msg, path=("relation",))
    currencies = sorted({p.value.currency for p in periods})
    if len(currencies) > 1:
        msg = f"its trade figures are in {', '.join(currencies)}; draw one currency at a time"
        raise InvalidValueError(msg, path=("relation",))
    words = _Words(locale)
    mpl = _matplotlib()
    ax = _axes(mpl, ax, (9, 4.8))
    to_num = mpl["dates"].date2num
    top = max(float(max(p.value.amount, p.annualized().value.amount)) for p in periods)
    for period in periods:
        start = to_num(period.period.earliest)
        width = to_num(period.period.latest) + 1 - start
        amount = float(period.value.amount)  # drawing only; the values stay Decimal
        color = _FLOWS[period.flow]
        ax.add_patch(
            mpl["patches"].Rectangle(
                (start, 0),
                width,
                amount,
                facecolor=color,
                edgecolor="white",
                linewidth=1,
                gid=f"reported:{period.flow.value}:{period.period.edtf}",
            )
        )
        money = format_money(period.value, words.locale, compact=True)
        label = f"{money}\n{_period_name(period.period, words.loc)}"
        if amount >= 0.15 * top:  # inside the bar, clear of an estimate drawn above it
            ax.text(
                start + width / 2,
                amount - 0.02 * top,
                label,
                ha="center",
                va="top",
                fontsize=8,
                color="white",
                fontweight="bold",
            )
        else:
            ax.text(start + width / 2, amount, label, ha="center", va="bottom", fontsize=8)
        estimate = period.annualized()
        if estimate.is_estimate:
            annual = float(estimate.value.amount)
            ax.add_patch(
                mpl["patches"].Rectangle(
                    (start, 0),
                    width,
                    annual,
                    facecolor="none",
                    edgecolor=color,
                    hatch="//",
                    linestyle="--",
                    linewidth=1.2,
                    gid=f"annualized:{period.flow.value}:{period.period.edtf}",
                )
            )
            ax.text(
                start + width / 2,
                annual,
                # Translators: above the hatched bar of an annualized figure; {money} is the
                # annual amount (compact, "$28.8M"), {count} the months the figure covers. The
                # "\n" breaks the line.
                words.t.ngettext(
                    "≈ {money} a year\n(estimate from {count} month)",
                    "≈ {money} a year\n(estimate from {count} months)",
                    estimate.months,
                ).format(
                    money=format_money(estimate.value, words.locale, compact=True),
                    count=estimate.months,
                ),
                ha="center",
                va="bottom",
                fontsize=8,
                style="italic",
            )
    starts = [to_num(p.period.earliest) for p in periods]
    ends = [to_num(p.period.latest) + 1 for p in periods]
    pad = max((max(ends) - min(starts)) * 0.05, 30.0)
    ax.set_xlim(min(starts) - pad, max(ends) + pad)
    ax.set_ylim(0, top * 1.25)
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(words.date_formatter(mpl, ax))
    ax.yaxis.set_major_formatter(words.number_formatter(mpl))
    ax.set_ylabel(words(_VALUE_AXIS, currency=currencies[0]))
    first, second = (words.country(c) for c in relation.countries)
    ax.set_title(words(_TRADE_TITLE, first=first, second=second))
    _trade_legend(mpl, ax, words, periods)
    figure: Figure = ax.get_figure(root=True)  # type: ignore[assignment]
    return figure
