#!/usr/bin/env python3
"""Offline check of factfloor_dag.py, for CI machines without Airflow (it is not installable here).

1. compile: the file is valid Python 3.
2. structure (standard-library ast, nothing executed): the four tasks, their classes and the edges
   wait_for_drop >> count_drop >> merge_into_cumulative >> publish_summary; max_active_runs=1, catchup off,
   retries by default, the sensor in reschedule mode, a timeout on every task, connection ids not hard-coded.
3. execution against a minimal stand-in for the airflow names the DAG imports, under both the Airflow 2 and the
   Airflow 3 module layout: each stand-in accepts only the keyword arguments the real class takes, templated
   fields are rendered with Jinja2 (the engine Airflow uses) for a scheduled run, a data-triggered run without a
   logical date and a manual run with a drop_id param, and the rendered spark-submit command lines — in the
   SparkSubmitHook form and in the deploy/spark-submit.sh form — must equal the expected ones exactly.

With --emit FILE, the rendered factfloor argument lists are written as JSON lines so that the Java test
(AirflowDagCheckTest) can parse them with factfloor's own command-line parser.

This proves the DAG's structure and the command lines it renders; it does not prove that a real Airflow accepts
the file (scheduler import, serialisation, provider versions) or that the tasks run.
Exit 0 when every check passes, 1 with one line per failure otherwise.
"""
from __future__ import annotations

import argparse
import ast
import json
import runpy
import sys
import types
from datetime import datetime, timedelta, timezone
from pathlib import Path

try:
    import jinja2
except ImportError:
    print("check_dag: needs Jinja2, the template engine Airflow uses: apt-get install python3-jinja2"
          " or python3 -m pip install jinja2", file=sys.stderr)
    sys.exit(2)

ROOT = Path(__file__).resolve().parents[4]
DAG_FILE = ROOT / "deploy" / "airflow" / "factfloor_dag.py"

EXPECTED_TASKS = {
    "wait_for_drop": "FileSensor",
    "count_drop": "SparkSubmitOperator",
    "merge_into_cumulative": "SparkSubmitOperator",
    "publish_summary": "PythonOperator",
}
EXPECTED_EDGES = [("wait_for_drop", "count_drop"), ("count_drop", "merge_into_cumulative"),
                  ("merge_into_cumulative", "publish_summary")]
VARIABLES = {
    "factfloor_drop_root": "hdfs:///corpora/drops",
    "factfloor_drop_mount": "/mnt/corpora/drops",
    "factfloor_output_root": "hdfs:///factfloor",
    "factfloor_jar": "hdfs:///apps/factfloor.jar",
    "factfloor_executor_memory": "16g",
}
# Read with a default when unset; the check sets none of them, so their defaults are what it sees.
OPTIONAL_VARIABLES = {"factfloor_executor_cores", "factfloor_executor_instances", "factfloor_driver_memory",
                      "factfloor_shuffle_partitions"}
CONNECTION = {"master": "yarn", "deploy_mode": "cluster"}
# spark-submit options that take a value (Spark 4 `spark-submit --help`); the wrapper passes them through.
SPARK_SUBMIT_VALUE_OPTIONS = {
    "--master", "--deploy-mode", "--class", "--name", "--jars", "--packages", "--exclude-packages",
    "--repositories", "--py-files", "--files", "--archives", "--conf", "--properties-file", "--driver-memory",
    "--driver-java-options", "--driver-library-path", "--driver-class-path", "--executor-memory", "--proxy-user",
    "--driver-cores", "--total-executor-cores", "--executor-cores", "--num-executors", "--principal", "--keytab",
    "--queue",
}
FACTFLOOR_SUBCOMMANDS = {"run", "merge", "generate"}


class CheckFailed(Exception):
    pass


# ---------------------------------------------------------------------------------------------- 2. structure
def structure(source: str) -> list[str]:
    tree = ast.parse(source)
    problems = []
    tasks = {}  # variable → (class, kwargs)
    dag_kwargs = None
    edges = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                and isinstance(node.value.func, ast.Name) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            kwargs = {k.arg: k.value for k in node.value.keywords}
            if "task_id" in kwargs:
                tasks[node.targets[0].id] = (node.value.func.id, kwargs)
        if isinstance(node, ast.With):
            for item in node.items:
                call = item.context_expr
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "DAG":
                    dag_kwargs = {k.arg: k.value for k in call.keywords}
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.BinOp):
            chain = flatten_rshift(node.value)
            edges.extend(zip(chain, chain[1:]))
    ids = {}
    for var, (cls, kwargs) in tasks.items():
        task_id = literal(kwargs["task_id"])
        ids[var] = task_id
        if EXPECTED_TASKS.get(task_id) != cls:
            problems.append(f"task {task_id}: expected {EXPECTED_TASKS.get(task_id)}, found {cls}")
        if cls != "FileSensor" and "execution_timeout" not in kwargs:
            problems.append(f"task {task_id}: no execution_timeout")
        if "conn_id" in kwargs and isinstance(kwargs["conn_id"], ast.Constant):
            problems.append(f"task {task_id}: conn_id is hard-coded")
        if cls == "FileSensor":
            if literal(kwargs.get("mode")) != "reschedule":
                problems.append(f"task {task_id}: sensor is not in reschedule mode")
            if "timeout" not in kwargs:
                problems.append(f"task {task_id}: sensor has no timeout")
    if sorted(ids.values()) != sorted(EXPECTED_TASKS):
        problems.append(f"tasks: expected {sorted(EXPECTED_TASKS)}, found {sorted(ids.values())}")
    found_edges = [(ids.get(a, a), ids.get(b, b)) for a, b in edges]
    if found_edges != EXPECTED_EDGES:
        problems.append(f"edges: expected {EXPECTED_EDGES}, found {found_edges}")
    if dag_kwargs is None:
        problems.append("no `with DAG(...)` block")
    else:
        if literal(dag_kwargs.get("max_active_runs")) != 1:
            problems.append("DAG: max_active_runs is not 1")
        if literal(dag_kwargs.get("catchup")) is not False:
            problems.append("DAG: catchup is not False")
        default_args = dag_kwargs.get("default_args")
        if not isinstance(default_args, ast.Dict) or "retries" not in [literal(k) for k in default_args.keys]:
            problems.append("DAG: default_args set no retries")
    return problems


def flatten_rshift(node) -> list[str]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.RShift):
        return flatten_rshift(node.left) + flatten_rshift(node.right)
    return [node.id] if isinstance(node, ast.Name) else ["<expression>"]


def literal(node):
    return node.value if isinstance(node, ast.Constant) else None


# ---------------------------------------------------------------------------------------------- 3. stand-in
BASE_OPERATOR_ARGS = {"task_id", "retries", "retry_delay", "retry_exponential_backoff", "execution_timeout",
                      "max_active_tis_per_dag", "outlets", "inlets", "pool", "queue", "priority_weight",
                      "trigger_rule", "depends_on_past", "doc_md", "owner", "email_on_failure", "sla"}


class StandIn:
    """What one `airflow` import gives the DAG: a DAG context, operators that record their arguments."""

    def __init__(self):
        self.current = None
        self.dags = []
        standin = self

        class DAG:
            ARGS = {"dag_id", "description", "schedule", "start_date", "catchup", "max_active_runs", "params",
                    "user_defined_macros", "default_args", "tags", "doc_md", "dagrun_timeout"}

            def __init__(self, **kwargs):
                unknown = set(kwargs) - self.ARGS
                if unknown:
                    raise CheckFailed(f"DAG got arguments the stand-in does not know: {sorted(unknown)}")
                self.kwargs = kwargs
                self.tasks = {}
                standin.dags.append(self)

            def __enter__(self):
                standin.current = self
                return self

            def __exit__(self, *exc):
                standin.current = None
                return False

        class BaseOperator:
            ARGS: set = set()
            template_fields: tuple = ()

            def __init__(self, **kwargs):
                unknown = set(kwargs) - self.ARGS - BASE_OPERATOR_ARGS
                if unknown:
                    raise CheckFailed(f"{type(self).__name__} got arguments the real class does not take: "
                                      f"{sorted(unknown)}")
                if standin.current is None:
                    raise CheckFailed(f"task {kwargs.get('task_id')} is created outside the DAG block")
                self.kwargs = kwargs
                self.task_id = kwargs["task_id"]
                self.downstream = []
                standin.current.tasks[self.task_id] = self

            def __rshift__(self, other):
                self.downstream.append(other.task_id)
                return other

        class SparkSubmitOperator(BaseOperator):
            ARGS = {"application", "conf", "conn_id", "files", "py_files", "archives", "driver_class_path", "jars",
                    "java_class", "packages", "exclude_packages", "repositories", "total_executor_cores",
                    "executor_cores", "executor_memory", "driver_memory", "keytab", "principal", "proxy_user",
                    "name", "num_executors", "status_poll_interval", "application_args", "env_vars", "verbose",
                    "spark_binary", "properties_file", "queue", "deploy_mode", "use_krb5ccache"}
            template_fields = ("application", "conf", "files", "py_files", "jars", "driver_class_path", "packages",
                               "exclude_packages", "keytab", "principal", "proxy_user", "name", "application_args",
                               "env_vars", "properties_file")

        class FileSensor(BaseOperator):
            ARGS = {"filepath", "fs_conn_id", "recursive", "mode", "poke_interval", "timeout", "soft_fail",
                    "exponential_backoff", "deferrable"}
            template_fields = ("filepath",)

        class PythonOperator(BaseOperator):
            ARGS = {"python_callable", "op_args", "op_kwargs", "templates_dict", "templates_exts",
                    "show_return_value_in_logs"}
            template_fields = ("templates_dict", "op_args", "op_kwargs")

        class Asset:
            def __init__(self, uri):
                if not isinstance(uri, str) or "://" not in uri or uri.startswith("airflow://"):
                    raise CheckFailed(f"asset URI {uri!r} is not a URI Airflow accepts")
                self.uri = uri

        self.classes = {c.__name__: c for c in (DAG, SparkSubmitOperator, FileSensor, PythonOperator, Asset)}

    def modules(self, layout: str) -> dict[str, types.ModuleType]:
        c = self.classes
        names = {"airflow": {"DAG": c["DAG"]},
                 "airflow.providers": {}, "airflow.providers.apache": {}, "airflow.providers.apache.spark": {},
                 "airflow.providers.apache.spark.operators": {},
                 "airflow.providers.apache.spark.operators.spark_submit":
                     {"SparkSubmitOperator": c["SparkSubmitOperator"]}}
        if layout == "airflow2":
            names.update({"airflow.datasets": {"Dataset": c["Asset"]},
                          "airflow.operators": {}, "airflow.operators.python": {"PythonOperator": c["PythonOperator"]},
                          "airflow.sensors": {}, "airflow.sensors.filesystem": {"FileSensor": c["FileSensor"]}})
        else:
            names.update({"airflow.sdk": {"Asset": c["Asset"]},
                          "airflow.providers.standard": {}, "airflow.providers.standard.operators": {},
                          "airflow.providers.standard.operators.python": {"PythonOperator": c["PythonOperator"]},
                          "airflow.providers.standard.sensors": {},
                          "airflow.providers.standard.sensors.filesystem": {"FileSensor": c["FileSensor"]}})
        result = {}
        for name, attrs in names.items():
            module = types.ModuleType(name)
            module.__path__ = []  # a package, so submodules import
            for key, value in attrs.items():
                setattr(module, key, value)
            result[name] = module
        return result


def load_dag(layout: str, dag_file: Path):
    standin = StandIn()
    saved = {k: v for k, v in sys.modules.items() if k == "airflow" or k.startswith("airflow.")}
    for k in saved:
        del sys.modules[k]
    sys.modules.update(standin.modules(layout))
    try:
        namespace = runpy.run_path(str(dag_file), run_name="factfloor_dag")
    finally:
        for k in [k for k in sys.modules if k == "airflow" or k.startswith("airflow.")]:
            del sys.modules[k]
        sys.modules.update(saved)
    if len(standin.dags) != 1:
        raise CheckFailed(f"expected one DAG, found {len(standin.dags)}")
    return standin.dags[0], namespace


class Variables:
    """`var.value` as templates see it: attribute access raises for a missing Variable, like Airflow's."""

    def __init__(self, values):
        self._values = values
        self.used = set()

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        self.used.add(name)
        if name not in self._values:
            raise CheckFailed(f"template reads Variable {name}, which is not set")
        return self._values[name]

    def get(self, name, default=None):
        self.used.add(name)
        return self._values.get(name, default)


class DagRun:
    def __init__(self, run_id, logical_date):
        self.run_id = run_id
        self.logical_date = logical_date
        self.conf = {}


def render(value, env, context):
    if isinstance(value, str):
        return env.from_string(value).render(**context)
    if isinstance(value, list):
        return [render(v, env, context) for v in value]
    if isinstance(value, dict):
        return {k: render(v, env, context) for k, v in value.items()}
    return value


def spark_submit_command(kwargs) -> list[str]:
    """The command SparkSubmitHook builds from these (rendered) arguments and the connection."""
    cmd = ["spark-submit", "--master", CONNECTION["master"]]
    for key, value in (kwargs.get("conf") or {}).items():
        cmd += ["--conf", f"{key}={value}"]
    cmd += ["--name", kwargs["name"], "--class", kwargs["java_class"], "--deploy-mode", CONNECTION["deploy_mode"],
            kwargs["application"]]
    return cmd + list(kwargs["application_args"])


def wrapper_command(kwargs) -> list[str]:
    """The same submission through deploy/spark-submit.sh, which supplies the jar and the main class itself:
    spark-submit options first, then the factfloor subcommand and its arguments."""
    cmd = ["deploy/spark-submit.sh", "--master", CONNECTION["master"], "--deploy-mode", CONNECTION["deploy_mode"]]
    for key, value in (kwargs.get("conf") or {}).items():
        cmd += ["--conf", f"{key}={value}"]
    return cmd + ["--name", kwargs["name"]] + list(kwargs["application_args"])


def accepted_by_wrapper(cmd: list[str]) -> str | None:
    """None when cmd follows `spark-submit.sh [spark-submit options…] <factfloor subcommand> [its args…]`."""
    i = 1
    while i < len(cmd) and cmd[i].startswith("--"):
        if cmd[i] not in SPARK_SUBMIT_VALUE_OPTIONS:
            return f"{cmd[i]} is not a spark-submit option"
        if i + 1 >= len(cmd) or cmd[i + 1].startswith("--") or cmd[i + 1] == "":
            return f"{cmd[i]} has no value"
        i += 2
    if i >= len(cmd) or cmd[i] not in FACTFLOOR_SUBCOMMANDS:
        return f"no factfloor subcommand after the spark-submit options in {cmd}"
    if any(a == "" for a in cmd[i:]):
        return f"an empty argument in {cmd[i:]}"
    return None


def expected(drop: str) -> dict[str, list[str]]:
    conf = ["--conf", "spark.executor.memory=16g", "--conf", "spark.executor.cores=4",
            "--conf", "spark.executor.instances=8", "--conf", "spark.driver.memory=4g",
            "--conf", "spark.sql.shuffle.partitions=400"]
    head = ["spark-submit", "--master", "yarn"] + conf
    tail = ["--class", "org.factfloor.cli.Main", "--deploy-mode", "cluster", "hdfs:///apps/factfloor.jar"]
    return {
        "wait_for_drop": [f"/mnt/corpora/drops/{drop}/_SUCCESS"],
        "count_drop": head + ["--name", f"factfloor-run-{drop}"] + tail
        + ["run", "--input", f"hdfs:///corpora/drops/{drop}", "--output", f"hdfs:///factfloor/runs/{drop}",
           "--corpus-id", drop, "--overwrite"],
        "merge_into_cumulative": head + ["--name", f"factfloor-merge-{drop}"] + tail
        + ["merge", "--into", "hdfs:///factfloor/cumulative", "--inputs", f"hdfs:///factfloor/runs/{drop}",
           "--skip-already-merged"],
        "publish_summary": [json.dumps({"drop_id": drop,
                                        "drop_summary": f"hdfs:///factfloor/runs/{drop}/summary.json",
                                        "cumulative_summary": "hdfs:///factfloor/cumulative/summary.json",
                                        "delta": "hdfs:///factfloor/cumulative/delta"}, sort_keys=True)],
    }


CASES = [
    # (name, run id, logical date, params given at trigger time, expected drop id)
    ("scheduled", "scheduled__2026-11-25T00:00:00+00:00", datetime(2026, 11, 25, tzinfo=timezone.utc), {},
     "2026-11-25"),
    ("data-triggered", "asset_triggered__2026-11-25T06:30:00+00:00", None, {},
     "asset_triggered__2026-11-25T06_30_00_00_00"),
    ("manual drop_id", "manual__2026-11-25T07:00:00+00:00", None, {"drop_id": "drop-0042"}, "drop-0042"),
]


def execute(layout: str, dag_file: Path, emitted: list) -> list[str]:
    problems = []
    dag, _ = load_dag(layout, dag_file)
    edges = [(t.task_id, d) for t in dag.tasks.values() for d in t.downstream]
    if sorted(edges) != sorted(EXPECTED_EDGES):
        problems.append(f"{layout}: executed edges {edges}")
    if dag.kwargs.get("max_active_runs") != 1:
        problems.append(f"{layout}: max_active_runs is not 1")
    if dag.tasks["wait_for_drop"].kwargs.get("mode") != "reschedule":
        problems.append(f"{layout}: the sensor is not in reschedule mode")
    outlets = dag.tasks["publish_summary"].kwargs.get("outlets") or []
    if [o.uri for o in outlets] != ["factfloor://cumulative/summary.json"]:
        problems.append(f"{layout}: publish_summary does not update the cumulative-summary asset")
    for case in CASES:
        try:
            problems += check_case(layout, dag, case, emitted)
        except Exception as e:  # a template that does not render is a finding, not a crash of the check
            problems.append(f"{layout}/{case[0]}: rendering failed: {type(e).__name__}: {e}")
    return problems


def check_case(layout: str, dag, case, emitted: list) -> list[str]:
    """Renders every task for one kind of DAG run and compares with the expected command lines."""
    name, run_id, logical_date, conf, drop = case
    problems = []
    variables = Variables(VARIABLES)
    env = jinja2.Environment(undefined=jinja2.StrictUndefined)
    env.globals.update(dag.kwargs.get("user_defined_macros") or {})
    params = dict(dag.kwargs.get("params") or {})
    params.update(conf)
    context = {"params": params, "dag_run": DagRun(run_id, logical_date), "run_id": run_id,
               "var": types.SimpleNamespace(value=variables)}
    if logical_date is not None:
        context["ds"] = logical_date.strftime("%Y-%m-%d")
    rendered = {}
    for task_id, task in dag.tasks.items():
        kwargs = dict(task.kwargs)
        for field in type(task).template_fields:
            if field in kwargs:
                kwargs[field] = render(kwargs[field], env, context)
        rendered[task_id] = kwargs
    actual = {
        "wait_for_drop": [rendered["wait_for_drop"]["filepath"]],
        "count_drop": spark_submit_command(rendered["count_drop"]),
        "merge_into_cumulative": spark_submit_command(rendered["merge_into_cumulative"]),
        "publish_summary": [json.dumps(rendered["publish_summary"]["python_callable"](
            **rendered["publish_summary"]["op_kwargs"]), sort_keys=True)],
    }
    for task_id, want in expected(drop).items():
        if actual[task_id] != want:
            problems.append(f"{layout}/{name}/{task_id}: rendered\n  {actual[task_id]}\nexpected\n  {want}")
    for task_id in ("count_drop", "merge_into_cumulative"):
        wrapped = wrapper_command(rendered[task_id])
        why = accepted_by_wrapper(wrapped)
        if why:
            problems.append(f"{layout}/{name}/{task_id}: deploy/spark-submit.sh would not accept it: {why}")
        emitted.append({"layout": layout, "case": name, "task": task_id,
                        "factfloor_args": rendered[task_id]["application_args"], "wrapper_command": wrapped})
    for task_id, task in dag.tasks.items():
        timeout = task.kwargs.get("execution_timeout") or (
            timedelta(seconds=task.kwargs["timeout"]) if "timeout" in task.kwargs else None)
        if not timeout:
            problems.append(f"{layout}/{task_id}: no timeout")
    if variables.used - set(VARIABLES) - OPTIONAL_VARIABLES:
        problems.append(f"{layout}/{name}: undocumented Variables {sorted(variables.used - set(VARIABLES))}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dag", type=Path, default=DAG_FILE, help="the DAG file (default: deploy/airflow/factfloor_dag.py)")
    parser.add_argument("--emit", type=Path, help="write the rendered factfloor argument lists as JSON lines")
    args = parser.parse_args()
    dag_file = args.dag.resolve()
    problems = []
    sys.dont_write_bytecode = True  # leave no __pycache__ in the checkout
    source = dag_file.read_text(encoding="utf-8")
    try:
        compile(source, str(dag_file), "exec")
    except SyntaxError as e:
        problems.append(f"compile: {dag_file.name}:{e.lineno}: {e.msg}")
    else:
        problems += structure(source)
        emitted = []
        for layout in ("airflow2", "airflow3"):
            try:
                problems += execute(layout, dag_file, emitted)
            except CheckFailed as e:
                problems.append(f"{layout}: {e}")
        if args.emit:
            args.emit.write_text("".join(json.dumps(e) + "\n" for e in emitted), encoding="utf-8")
    for p in problems:
        print(f"check_dag: {p}", file=sys.stderr)
    if not problems:
        print(f"check_dag: {dag_file.name}: compiled, structure as expected, command lines rendered as expected"
              " under the Airflow 2 and Airflow 3 layouts (stand-in, not a real Airflow)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
