/**
 * Fault-injection campaigns on Apache Spark: {@code inject} plans the campaign on the driver as usual, the
 * {@link dev.tmrkit.spark.SparkEngine} broadcasts the circuit and the campaign's options, runs one slice of
 * the fault sets ({@code inject --shard K/N}) per partition, and joins the parts with the checks of
 * {@code tmrkit merge}, so the report equals the single-machine run's byte for byte.
 */
package dev.tmrkit.spark;
