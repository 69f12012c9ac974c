#!/usr/bin/env bash
# factfloor on a cluster: a thin wrapper over spark-submit.
#
# Grammar (what a scheduler such as Airflow may render):
#
#   deploy/spark-submit.sh [SPARK_SUBMIT_OPTION]... SUBCOMMAND [FACTFLOOR_ARG]...
#
#   SPARK_SUBMIT_OPTION  any spark-submit option, passed on unchanged and in order: `--name VALUE`,
#                        `--name=VALUE`, `-c KEY=VALUE`, or one of the switches --verbose -v --supervise
#                        --load-spark-defaults. --class and the application jar are the wrapper's; do not give them.
#   SUBCOMMAND           the first word that is neither an option nor an option's value: run, generate, … (see
#                        `deploy/factfloor --help`). Everything after it goes to factfloor unchanged.
#
# The wrapper runs, in this order:
#   spark-submit SPARK_SUBMIT_OPTION... --class org.factfloor.cli.Main [--files FILES]
#                [--conf spark.factfloor.config=CLUSTER_CONFIG] JAR SUBCOMMAND FACTFLOOR_ARG...
# where
#   spark-submit    the one on PATH, else $SPARK_HOME/bin/spark-submit
#   JAR             $FACTFLOOR_JAR, default jobs/target/factfloor.jar of this checkout; a URL (local:///…, hdfs://…,
#                   s3a://…) is passed as is, e.g. local:///opt/factfloor/factfloor.jar inside a container image
#   CLUSTER_CONFIG  $FACTFLOOR_CLUSTER_CONFIG, default conf/cluster.conf of this checkout; empty for none;
#                   local:///path names a file that already sits at /path on the driver (a container image)
#   FILES           your own --files values, CLUSTER_CONFIG and the file of factfloor's --config (-c) if it exists
#                   here, comma-separated; in cluster deploy mode the driver finds them in its working directory
#
# Exit status: spark-submit's, which is factfloor's in client mode and the application's final state in cluster
# mode (0 success, 1 the run failed, 2 bad usage or config); 2 when the wrapper itself rejects the command line.
set -euo pipefail

home=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
me=deploy/spark-submit.sh

usage() {
  awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"
}

fail() {
  echo "$me: error: $1" >&2
  exit 2
}

# spark-submit's switches (org.apache.spark.launcher.SparkSubmitOptionParser, Spark 4.2); every other option takes
# one value, as the next word or after '='.
switches=" --help -h --supervise --usage-error --verbose -v --version --load-spark-defaults "
valued=" --conf -c --properties-file --extra-properties-file --driver-memory --driver-java-options
  --driver-library-path --driver-class-path --driver-default-class-path --driver-cores --executor-memory
  --executor-cores --num-executors --total-executor-cores --master --remote --deploy-mode --name --jars --packages
  --exclude-packages --repositories --py-files --archives --proxy-user --principal --keytab --queue --kill --status"
valued=" $(echo $valued) "

submit_options=()
user_files=()
help=false
while (($#)); do
  arg=$1
  case $arg in
    --class | --class=*)
      fail "--class is set by the wrapper (org.factfloor.cli.Main); remove it" ;;
    --files)
      (($# >= 2)) || fail "spark-submit option --files needs a value"
      user_files+=("$2"); shift 2; continue ;;
    --files=*)
      user_files+=("${arg#--files=}"); shift; continue ;;
    --*=*)
      name=${arg%%=*}
      [[ $valued == *" $name "* ]] || fail "unknown spark-submit option $name; see spark-submit --help"
      submit_options+=("$arg"); shift; continue ;;
    -*)
      if [[ $switches == *" $arg "* ]]; then
        [[ $arg == --help || $arg == -h ]] && help=true
        submit_options+=("$arg"); shift; continue
      fi
      [[ $valued == *" $arg "* ]] || fail "unknown spark-submit option $arg; see spark-submit --help"
      (($# >= 2)) || fail "spark-submit option $arg needs a value"
      submit_options+=("$arg" "$2"); shift 2; continue ;;
  esac
  break
done

if (($# == 0)); then
  if $help; then
    usage
    exit 0
  fi
  fail "no factfloor subcommand after the spark-submit options; usage: $me [spark-submit options...]\
 <factfloor subcommand> [its arguments...] (see $me --help)"
fi
subcommand=$1
shift
[[ $subcommand =~ ^[a-z][a-z-]*$ ]] \
  || fail "'$subcommand' is not a factfloor subcommand (run, generate, ...); the wrapper adds the jar itself"

spark_submit=$(command -v spark-submit || true)
if [[ -z $spark_submit ]]; then
  [[ -n ${SPARK_HOME:-} && -x $SPARK_HOME/bin/spark-submit ]] \
    || fail "spark-submit is neither on PATH nor in \$SPARK_HOME/bin; install Spark 4.x or set SPARK_HOME"
  spark_submit=$SPARK_HOME/bin/spark-submit
fi

jar=${FACTFLOOR_JAR:-$home/jobs/target/factfloor.jar}
if [[ $jar != *://* && ! -f $jar ]]; then
  fail "cluster jar $jar not found; build it with 'mvn -B package -DskipTests' or set FACTFLOOR_JAR"
fi

files=(${user_files[@]+"${user_files[@]}"})
cluster_options=()
cluster_config=${FACTFLOOR_CLUSTER_CONFIG-$home/conf/cluster.conf}
if [[ $cluster_config == local://* ]]; then
  cluster_options=(--conf "spark.factfloor.config=${cluster_config#local://}")
elif [[ -n $cluster_config ]]; then
  [[ -f $cluster_config ]] || fail "cluster config $cluster_config not found; fix FACTFLOOR_CLUSTER_CONFIG"
  cluster_config=$(cd "$(dirname "$cluster_config")" && pwd)/$(basename "$cluster_config")
  files+=("$cluster_config")
  cluster_options=(--conf "spark.factfloor.config=$cluster_config")
fi

# factfloor's own --config file travels too when it is a file on this machine.
previous=
for arg in "$@"; do
  config=
  case $previous in --config | -c) config=$arg ;; esac
  case $arg in --config=* | -c=*) config=${arg#*=} ;; esac
  [[ -n $config && -f $config ]] && files+=("$config")
  previous=$arg
done

# Shipped files land side by side in the driver's working directory: one copy of each, no two with one name.
declare -A shipped=()
unique=()
for f in ${files[@]+"${files[@]}"}; do
  IFS=, read -ra parts <<<"$f"
  for part in "${parts[@]}"; do
    name=$(basename "$part")
    if [[ -n ${shipped[$name]:-} ]]; then
      [[ ${shipped[$name]} == "$part" ]] && continue
      fail "--files would ship two files named $name (${shipped[$name]} and $part); rename one"
    fi
    shipped[$name]=$part
    unique+=("$part")
  done
done
files=(${unique[@]+"${unique[@]}"})
file_options=()
if ((${#files[@]})); then
  file_options=(--files "$(IFS=,; echo "${files[*]}")")
fi

exec "$spark_submit" ${submit_options[@]+"${submit_options[@]}"} --class org.factfloor.cli.Main \
  ${file_options[@]+"${file_options[@]}"} ${cluster_options[@]+"${cluster_options[@]}"} \
  "$jar" "$subcommand" "$@"
