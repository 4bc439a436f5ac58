package org.crdash.series;

/**
 * One time bucket of a series' values (of one source, or of all sources), reduced to two real rows: the ones
 * with the lowest and the highest value (the same row when the bucket holds one value, or only equal values).
 *
 * @param sourceId the source these values are quoted from, or 0 for a bucket over all sources
 * @param bucket   1-based bucket number along the time axis
 * @param count    how many live values fall into the bucket
 */
public record ObservationBucket(long sourceId, int bucket, long count, long minId, long maxId) {

    public ObservationBucket {
        if (count < 1) {
            throw new IllegalArgumentException("a bucket holds at least one value");
        }
    }
}
