/** CSV and data-package downloads of observations, events and findings. */
@NullMarked
package org.crdash.export;

import org.jspecify.annotations.NullMarked;
