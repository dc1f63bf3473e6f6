"""The sessions a contributor runs: ``nox`` runs tests, lint and typing."""

from __future__ import annotations

from pathlib import Path

import nox

nox.needs_version = ">=2024.4.15"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
# Only Python 3.11 exists on our machines; other versions skip, in CI too
# (nox makes a missing interpreter an error when CI is set unless told not to).
nox.options.error_on_missing_interpreters = False
nox.options.sessions = ["lint", "typing", "tests"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
PYTHONS = ["3.11", "3.12", "3.13"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite (with doctests of src, README and docs) under coverage."""
    session.install(".", *nox.project.dependency_groups(PYPROJECT, "tests"))
    session.run(
        "pytest",
        "--cov=bilateral",
        "--cov-report=term",
        *session.posargs,
        env={"COVERAGE_CORE": "sysmon"} if session.python != "3.11" else {},
    )


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """Ruff: lint and format check."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python="3.11")
def typing(session: nox.Session) -> None:
    """mypy --strict on src and on tests/typing, which uses the API as a user would."""
    session.install(".", *nox.project.dependency_groups(PYPROJECT, "typing"))
    session.run("mypy", "--strict", "src", "tests/typing")


@nox.session(python="3.11", default=False)
def bench(session: nox.Session) -> None:
    """Benchmarks: print figures, assert nothing."""
    session.install(".", *nox.project.dependency_groups(PYPROJECT, "bench"))
    for script in sorted(Path("benchmarks").glob("bench_*.py")):
        session.run("python", str(script), *session.posargs)
