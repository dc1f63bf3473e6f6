"""The sessions a contributor runs: ``nox`` runs lint, typing, docs, the Spark check and the tests."""

from __future__ import annotations

from pathlib import Path

import nox

nox.needs_version = ">=2024.4.15"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
# Only Python 3.11 exists on our machines; other versions skip, in CI too
# (nox makes a missing interpreter an error when CI is set unless told not to).
nox.options.error_on_missing_interpreters = False
# spark before tests: the main suite's summary line is the last one .ci/run repeats.
nox.options.sessions = ["lint", "typing", "docs", "spark", "tests"]

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
def spark(session: nox.Session) -> None:
    """The dyad-year panel by Spark SQL in local mode (needs Java 17) against pandas' path."""
    session.install(
        ".", *nox.project.dependency_groups(PYPROJECT, "tests"), "pyspark>=3.5", "pandas<3"
    )
    session.run("pytest", "-m", "spark", "-p", "no:cacheprovider", "tests/test_panel_spark.py")


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


@nox.session(python="3.11")
def docs(session: nox.Session) -> None:
    """Build the HTML docs offline: warnings are errors, references nitpicky.

    The examples in the pages run in the tests session (pytest over the
    Markdown; docs/contributing.md says why).
    """
    session.install(".", *nox.project.dependency_groups(PYPROJECT, "docs"))
    session.run(
        "sphinx-build",
        "-W",
        "-n",
        "--keep-going",
        "-b",
        "html",
        "docs",
        "docs/_build/html",
        *session.posargs,
    )


@nox.session(python="3.11", default=False)
def bench(session: nox.Session) -> None:
    """Benchmarks: print figures, assert nothing."""
    session.install(".", *nox.project.dependency_groups(PYPROJECT, "bench"))
    for script in sorted(Path("benchmarks").glob("bench_*.py")):
        session.run("python", str(script), *session.posargs)


@nox.session(python="3.11", default=False)
def catalogs(session: nox.Session) -> None:
    """Extract the messages into bilateral.pot and update every .po catalog (pybabel)."""
    session.install("babel>=2.14")
    pot = "src/bilateral/locale/bilateral.pot"
    session.run(
        "pybabel", "extract", "-F", "babel.cfg", "-o", pot,
        "--project=bilateral", f"--version={PYPROJECT['project']['version']}",
        "--copyright-holder=The bilateral maintainers",
        "--sort-by-file", "--add-comments=Translators:", "-w", "100",
        # The package's layers are folders named _values, _text, ...; pybabel
        # skips folders starting with "_" unless given its own patterns.
        "--ignore-dirs=.* __pycache__", ".",
    )  # fmt: skip
    session.run(
        "pybabel", "update", "-D", "bilateral", "-i", pot, "-d", "src/bilateral/locale", "-w", "100"
    )
