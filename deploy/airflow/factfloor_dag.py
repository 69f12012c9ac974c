"""factfloor over new corpus drops: one run per drop, then an atomic merge into the cumulative statistics.

A drop is a directory DROP_ROOT/<drop id>/ whose producer writes _SUCCESS last. For each DAG run:

  wait_for_drop          sensor (reschedule mode) on DROP_ROOT/<drop id>/_SUCCESS
  count_drop             spark-submit factfloor run   --input DROP --output OUTPUT_ROOT/runs/<drop id> --corpus-id <drop id>
  merge_into_cumulative  spark-submit factfloor merge --into OUTPUT_ROOT/cumulative --inputs OUTPUT_ROOT/runs/<drop id>
  publish_summary        returns the summary.json paths (XCom) and updates the cumulative-summary asset

The drop id is the run's `drop_id` param when given, else its logical date (YYYY-MM-DD), else (data-triggered
or manual runs without a logical date) its run id with unsafe characters replaced. Reruns are idempotent: the run
task passes --overwrite (same corpus id and inputs give the same data), the merge task passes
--skip-already-merged (a corpus already inside with the same run id is skipped; with a different run id it is
refused, so a changed drop is never counted twice). max_active_runs=1 serialises the merge chain.

Runtime settings are Airflow Variables read through templates when a task runs (see the README); only the
connection ids are needed when the file is parsed (operators do not template them), so they come from the
environment variables AIRFLOW_VAR_FACTFLOOR_SPARK_CONN_ID and AIRFLOW_VAR_FACTFLOOR_FS_CONN_ID — the environment form
of the Variables factfloor_spark_conn_id and factfloor_fs_conn_id — without a metadata-database query per parse.
"""
from __future__ import annotations

import os
import re
from datetime import datetime, timedelta, timezone

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

try:  # Airflow 3
    from airflow.providers.standard.operators.python import PythonOperator
    from airflow.providers.standard.sensors.filesystem import FileSensor
    from airflow.sdk import Asset
except ImportError:  # Airflow 2.4+
    from airflow.datasets import Dataset as Asset
    from airflow.operators.python import PythonOperator
    from airflow.sensors.filesystem import FileSensor

MAIN_CLASS = "org.factfloor.cli.Main"
SPARK_CONN_ID = os.environ.get("AIRFLOW_VAR_FACTFLOOR_SPARK_CONN_ID", "spark_default")
FS_CONN_ID = os.environ.get("AIRFLOW_VAR_FACTFLOOR_FS_CONN_ID", "fs_default")
CUMULATIVE_SUMMARY = Asset("factfloor://cumulative/summary.json")


def drop_id(params, dag_run) -> str:
    """The drop's id: the drop_id param, else the logical date, else the run id (data-triggered runs have no ds)."""
    if params.get("drop_id"):
        return str(params["drop_id"])
    if getattr(dag_run, "logical_date", None) is not None:
        return dag_run.logical_date.strftime("%Y-%m-%d")
    return re.sub(r"[^A-Za-z0-9._-]+", "_", dag_run.run_id).strip("_")


DROP_ID = "{{ drop_id(params, dag_run) }}"
DROP_DIR = "{{ var.value.factfloor_drop_root }}/" + DROP_ID
# Where the Airflow worker sees the same drop (a mount of the drop store); defaults to the path Spark reads.
DROP_MOUNT = "{{ var.value.get('factfloor_drop_mount', var.value.factfloor_drop_root) }}/" + DROP_ID
RUN_DIR = "{{ var.value.factfloor_output_root }}/runs/" + DROP_ID
CUMULATIVE_DIR = "{{ var.value.factfloor_output_root }}/cumulative"
JAR = "{{ var.value.factfloor_jar }}"
SPARK_CONF = {
    "spark.executor.memory": "{{ var.value.get('factfloor_executor_memory', '8g') }}",
    "spark.executor.cores": "{{ var.value.get('factfloor_executor_cores', '4') }}",
    "spark.executor.instances": "{{ var.value.get('factfloor_executor_instances', '8') }}",
    "spark.driver.memory": "{{ var.value.get('factfloor_driver_memory', '4g') }}",
    "spark.sql.shuffle.partitions": "{{ var.value.get('factfloor_shuffle_partitions', '400') }}",
}


def summary_paths(drop: str, run_dir: str, cumulative_dir: str) -> dict:
    """The task's output (XCom return value): where this drop's and the cumulative summary.json are."""
    return {
        "drop_id": drop,
        "drop_summary": run_dir + "/summary.json",
        "cumulative_summary": cumulative_dir + "/summary.json",
        "delta": cumulative_dir + "/delta",
    }


with DAG(
    dag_id="factfloor_drops",
    description="factfloor statistics for each new corpus drop, merged into cumulative statistics",
    schedule="@daily",
    start_date=datetime(2026, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    params={"drop_id": ""},
    user_defined_macros={"drop_id": drop_id},
    default_args={
        "retries": 2,
        "retry_delay": timedelta(minutes=10),
        "retry_exponential_backoff": True,
    },
    tags=["factfloor"],
) as dag:
    wait_for_drop = FileSensor(
        task_id="wait_for_drop",
        filepath=DROP_MOUNT + "/_SUCCESS",
        fs_conn_id=FS_CONN_ID,
        mode="reschedule",
        poke_interval=300,
        timeout=24 * 3600,
        retries=0,
    )

    count_drop = SparkSubmitOperator(
        task_id="count_drop",
        conn_id=SPARK_CONN_ID,
        application=JAR,
        java_class=MAIN_CLASS,
        name="factfloor-run-" + DROP_ID,
        conf=SPARK_CONF,
        application_args=["run", "--input", DROP_DIR, "--output", RUN_DIR, "--corpus-id", DROP_ID, "--overwrite"],
        execution_timeout=timedelta(hours=8),
    )

    merge_into_cumulative = SparkSubmitOperator(
        task_id="merge_into_cumulative",
        conn_id=SPARK_CONN_ID,
        application=JAR,
        java_class=MAIN_CLASS,
        name="factfloor-merge-" + DROP_ID,
        conf=SPARK_CONF,
        application_args=["merge", "--into", CUMULATIVE_DIR, "--inputs", RUN_DIR, "--skip-already-merged"],
        execution_timeout=timedelta(hours=2),
        max_active_tis_per_dag=1,
    )

    publish_summary = PythonOperator(
        task_id="publish_summary",
        python_callable=summary_paths,
        op_kwargs={"drop": DROP_ID, "run_dir": RUN_DIR, "cumulative_dir": CUMULATIVE_DIR},
        outlets=[CUMULATIVE_SUMMARY],
        execution_timeout=timedelta(minutes=5),
    )

    wait_for_drop >> count_drop >> merge_into_cumulative >> publish_summary
