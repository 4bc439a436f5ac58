/** Claim checks: findings over observations and series relations, and their reviews. */
@NullMarked
package org.crdash.checks;

import org.jspecify.annotations.NullMarked;
