r"""The dyad-year panel on a Spark cluster: ``spark-submit spark_panel_job.py IN OUT``.

IN is a folder (local, ``hdfs://`` or ``s3a://``) holding the Parquet files
``bilateral.write_panel_tables`` writes, or one folder per table of many such
files; OUT is where the panel is written as Parquet. The job is
``bilateral.panel_sql``: the same query DuckDB runs, and the tests check it
against the pandas path in Spark's local mode (``nox -s spark``).

    spark-submit --master yarn --deploy-mode cluster \\
        --py-files bilateral.whl spark_panel_job.py \\
        s3a://bucket/bilateral/tables s3a://bucket/bilateral/dyad-years \\
        --start 1990 --end 2023
"""

from __future__ import annotations

import argparse

from pyspark.sql import DataFrame, SparkSession

from bilateral import panel_sql
from bilateral._tables.panel import PANEL_TABLES, REFERENCE_TABLES, span_sql


def panel(
    spark: SparkSession,
    tables: str,
    *,
    start: int | None = None,
    end: int | None = None,
    directed: bool = False,
    currency: str = "USD",
) -> DataFrame:
    """The panel of the tables in the folder ``tables``; the span of the data when not given."""
    for name in (*PANEL_TABLES, *REFERENCE_TABLES):
        path = f"{tables.rstrip('/')}/{name}.parquet"
        spark.read.parquet(path).createOrReplaceTempView(name)
    first, last = spark.sql(span_sql()).collect()[0]
    start = first if start is None else start
    end = last if end is None else end
    return spark.sql(panel_sql(start, end, directed=directed, currency=currency))


def main() -> None:
    """Run the panel job on the tables given, writing the panel as Parquet."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", help="the folder of <table>.parquet (or <table>/) inputs")
    parser.add_argument("output", help="where to write the panel (Parquet)")
    parser.add_argument("--start", type=int)
    parser.add_argument("--end", type=int)
    parser.add_argument("--directed", action="store_true")
    parser.add_argument("--currency", default="USD")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("bilateral-dyad-years").getOrCreate()
    result = panel(
        spark,
        args.tables,
        start=args.start,
        end=args.end,
        directed=args.directed,
        currency=args.currency,
    )
    result.write.mode("overwrite").parquet(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
