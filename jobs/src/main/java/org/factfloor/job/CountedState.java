package org.factfloor.job;

/**
 * The counts an output is written from: Spark's {@link FactoidState} (any input, and every merge) or, for a small
 * local run, the driver's {@link DriverCounts}. {@link StatisticsStage} writes either into the same tables.
 */
sealed interface CountedState permits FactoidState, DriverCounts {
}
