/** Loading the bundled seed articles and observations at start-up through the same validators. */
@NullMarked
package org.crdash.seed;

import org.jspecify.annotations.NullMarked;
