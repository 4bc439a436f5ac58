/** Candidate observations and events read out of a source text for an editor to accept. */
@NullMarked
package org.crdash.extraction;

import org.jspecify.annotations.NullMarked;
