/** Sources (the quoted documents), their passages, API and editors. */
@NullMarked
package org.crdash.source;

import org.jspecify.annotations.NullMarked;
