"""The dyad-year panel by Spark SQL (local mode) equals the Python path, row for row.

Run by ``nox -s spark`` (pyspark and Java 17); the default test session
deselects the ``spark`` marker.
"""

from __future__ import annotations

import os
import runpy
from pathlib import Path

import pytest

from bilateral import dyad_years, write_panel_tables
from bilateral._tables.panel import panel_schema
from tests.panel_data import made_up_dataset

# The job the docs show for a cluster (spark-submit), run here in local mode.
JOB = Path(__file__).parent.parent / "docs" / "examples" / "spark_panel_job.py"

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def spark():
    pyspark_sql = pytest.importorskip("pyspark.sql")
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("bilateral-panel-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.mark.parametrize("directed", [False, True])
def test_spark_equals_python_row_for_row(spark, tmp_path, directed):
    dataset = made_up_dataset()
    write_panel_tables(dataset, tmp_path)
    job = runpy.run_path(os.fspath(JOB))  # defines the job; its main() runs only as a script

    result = job["panel"](spark, os.fspath(tmp_path), directed=directed)

    found = result.toArrow().cast(panel_schema(directed=directed))
    expected = dyad_years(dataset, directed=directed).to_arrow()
    assert expected.to_pylist() == found.to_pylist()
