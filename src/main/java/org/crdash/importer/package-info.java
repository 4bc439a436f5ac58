/** Bulk CSV import of observations, validated by the same rules as the form. */
@NullMarked
package org.crdash.importer;

import org.jspecify.annotations.NullMarked;
