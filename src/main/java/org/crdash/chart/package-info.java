/** Charts and the read screens that compose the other features: dashboard, overview, series and events pages. */
@NullMarked
package org.crdash.chart;

import org.jspecify.annotations.NullMarked;
