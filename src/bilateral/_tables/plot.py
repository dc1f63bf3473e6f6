"""Pictures of a relation: its timeline and its trade by period (matplotlib).

matplotlib is imported on first use; without it, :class:`MissingExtraError`
names ``pip install 'bilateral[plot]'``. The figures are plain
:class:`matplotlib.figure.Figure` objects, not pyplot's, so drawing many of
them holds no global state; notebooks display them, ``savefig`` writes PNG or
SVG.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from bilateral._model import Event, Flow, Mission, Relation, Status, TimelineEntry, TimelineKind
from bilateral._values.dates import PartialDate
from bilateral._values.errors import InvalidValueError
from bilateral._values.extras import require

if TYPE_CHECKING:
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
_DRAWN = frozenset({TimelineKind.ESTABLISHMENT, TimelineKind.MISSION, TimelineKind.EVENT})
_LABEL_WIDTH = 58


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
    if entry.kind is TimelineKind.MISSION:
        return {"color": _MISSION, "hatch": None, "fill": True, "marker": "D"}
    if isinstance(entry.item, Event) and entry.item.status is Status.PLANNED:
        return {"color": _PLANNED, "hatch": "///", "fill": False, "marker": "o"}
    return {"color": _HELD, "hatch": None, "fill": True, "marker": "o"}


def _row_label(entry: TimelineEntry) -> str:
    if isinstance(entry.item, Event):
        status = "" if entry.item.status is Status.HELD else f" ({entry.item.status.value})"
        return _short(entry.item.summary) + status
    return _short(entry.label)


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


def plot_timeline(relation: Relation, *, ax: Axes | None = None) -> Figure:
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

    Returns:
        The figure drawn on (``figure.axes[0]`` holds the timeline).

    Raises:
        InvalidValueError: ``relation`` is not a :class:`Relation`, or it has
            no dated establishment, mission or event to draw.
        MissingExtraError: matplotlib is not installed.
    """
    if not isinstance(relation, Relation):
        msg = f"expected a Relation, got {relation!r}"
        raise InvalidValueError(msg, path=("relation",))
    wanted = [e for e in relation.timeline() if e.kind in _DRAWN]
    entries = [e for e in wanted if e.when is not None]
    if not entries:
        msg = f"{relation.key} has no dated establishment, mission or event to draw"
        raise InvalidValueError(msg, path=("relation",))
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
    ax.set_yticks(range(len(entries)), [_row_label(e) for e in entries], fontsize=9)
    ax.xaxis_date()
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    first, second = (c.name() for c in relation.countries)
    ax.set_title(f"{first}–{second}: relations, missions and events")
    _legend(mpl, ax)
    undated = len(wanted) - len(entries)
    if undated:
        ax.text(
            0.99,
            0.01,
            f"{undated} item{'s' if undated != 1 else ''} without a date not shown",
            transform=ax.transAxes,
            ha="right",
            va="bottom",
            fontsize=8,
        )
    figure: Figure = ax.get_figure(root=True)  # type: ignore[assignment]
    return figure


def _legend(mpl: dict[str, Any], ax: Axes) -> None:
    patch, line = mpl["patches"].Patch, mpl["lines"].Line2D
    handles = [
        patch(facecolor=_HELD, edgecolor=_HELD, label="held event"),
        patch(facecolor="none", edgecolor=_PLANNED, hatch="///", label="planned event"),
        patch(facecolor=_MISSION, edgecolor=_MISSION, label="mission opened"),
        line(
            [],
            [],
            marker="*",
            color=_ESTABLISHED,
            linestyle=":",
            markersize=11,
            label="relations established",
        ),
        line([], [], marker=">", color="#555555", linestyle="none", label="open end (no bound)"),
    ]
    ax.legend(handles=handles, loc="upper right", fontsize=8, framealpha=0.9)


def _period_name(period: PartialDate) -> str:
    if period.quarter is not None:
        return f"Q{period.quarter} {period.year}"
    if period.half is not None:
        return f"H{period.half} {period.year}"
    if period.month is not None:
        return period.earliest.strftime("%b %Y")
    return str(period.year)


def _check_flow(flow: object) -> None:
    if flow is not None and flow not in set(Flow):
        allowed = ", ".join(repr(f.value) for f in Flow)
        msg = f"expected one of {allowed} or None, got {flow!r}"
        raise InvalidValueError(msg, path=("flow",))


def plot_trade(relation: Relation, *, flow: Flow | None = None, ax: Axes | None = None) -> Figure:
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

    Returns:
        The figure drawn on (``figure.axes[0]`` holds the bars).

    Raises:
        InvalidValueError: ``relation`` is not a :class:`Relation`, it has no
            trade figure to draw, or its figures are in more than one currency.
        MissingExtraError: matplotlib is not installed.
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
        label = f"{period.value}\n{_period_name(period.period)}"
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
                f"≈ {estimate.value} a year\n(estimate from {estimate.months} months)",
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
    ax.yaxis.set_major_formatter(mpl["ticker"].StrMethodFormatter("{x:,.0f}"))
    ax.set_ylabel(f"Value ({currencies[0]})")
    first, second = (c.name() for c in relation.countries)
    ax.set_title(f"Trade between {first} and {second}, by period")
    shown = sorted({p.flow for p in periods}, key=list(Flow).index)
    handles = [
        mpl["patches"].Patch(facecolor=_FLOWS[f], label=f"{f.value} (reported)") for f in shown
    ]
    if any(p.annualized().is_estimate for p in periods):
        handles.append(
            mpl["patches"].Patch(
                facecolor="none",
                edgecolor="#333333",
                hatch="//",
                linestyle="--",
                label="annualized (estimate)",
            )
        )
    ax.legend(handles=handles, loc="upper left", fontsize=8)
    figure: Figure = ax.get_figure(root=True)  # type: ignore[assignment]
    return figure
