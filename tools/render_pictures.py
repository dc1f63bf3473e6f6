"""Render the bundled relation's pictures for the docs: ``python tools/render_pictures.py``."""

from __future__ import annotations

from pathlib import Path

import bilateral

STATIC = Path(__file__).resolve().parent.parent / "docs" / "_static"


def main() -> None:
    """Write docs/_static/timeline.png and trade.png."""
    relation = bilateral.load_bundled().relation("AZ", "LT")
    STATIC.mkdir(exist_ok=True)
    # Fixed metadata, so that the files change only when the picture does.
    metadata = {"Software": None}
    bilateral.plot_timeline(relation).savefig(STATIC / "timeline.png", dpi=100, metadata=metadata)
    bilateral.plot_trade(relation).savefig(STATIC / "trade.png", dpi=100, metadata=metadata)
    print(f"wrote {STATIC / 'timeline.png'} and {STATIC / 'trade.png'}")


if __name__ == "__main__":
    main()
