/** The screen listing soft-deleted entities with restore. */
@NullMarked
package org.crdash.deleted;

import org.jspecify.annotations.NullMarked;
