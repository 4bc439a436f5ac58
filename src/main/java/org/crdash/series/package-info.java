/** Series and their observations (sourced values): rules, storage, API and editors. */
@NullMarked
package org.crdash.series;

import org.jspecify.annotations.NullMarked;
