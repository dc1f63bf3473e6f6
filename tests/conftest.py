"""Hypothesis settings for this suite.

CI machines are small and shared: a run that is slow because the machine is
busy is not a failing test, so there is no per-example deadline and no
"too slow" health check. What the properties check is unchanged.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "bilateral",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("bilateral")


@pytest.fixture(autouse=True)
def _fallback_warnings_anew():
    """Each test sees a locale's first fallback warning: the once-per-locale memory starts empty."""
    from bilateral._text import catalog  # noqa: PLC0415

    catalog._warned.clear()
    yield
    catalog._warned.clear()
