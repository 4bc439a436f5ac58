package org.crdash.base.write;

/**
 * A stored row that the one write path versions: its id and the version a change must name. The records of every
 * editable entity have these components, so they implement this without a line of code.
 */
public interface VersionedRow {

    long id();

    int version();
}
