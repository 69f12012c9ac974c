package org.factfloor.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The config files every command layers over reference.conf: the cluster config named by the Spark property
 * {@value #CLUSTER_CONFIG} (deploy/spark-submit.sh sets it to conf/cluster.conf), then the user's --config.
 * In cluster deploy mode the driver runs on a cluster node where the submitter's paths do not exist; YARN and
 * Kubernetes put the files shipped with spark-submit --files into the driver's working directory, so a missing path
 * falls back to its file name there.
 */
final class ConfigFiles {
    static final String CLUSTER_CONFIG = "spark.factfloor.config";

    private ConfigFiles() {
    }

    static List<File> layers(File userConfig) {
        List<File> files = new ArrayList<>();
        String cluster = System.getProperty(CLUSTER_CONFIG, "");
        if (!cluster.isBlank()) {
            files.add(locate(new File(cluster)));
        }
        if (userConfig != null) {
            files.add(locate(userConfig));
        }
        return files;
    }

    static File locate(File file) {
        File shipped = new File(file.getName());
        if (file.isFile() || !shipped.isFile()) {
            return file;
        }
        System.err.println("factfloor: config " + file + " is not on this machine; using " + shipped.getAbsolutePath()
                + " shipped with --files");
        return shipped;
    }
}
