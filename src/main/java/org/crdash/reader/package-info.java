/** Reading a source with its quoted passages highlighted. */
@NullMarked
package org.crdash.reader;

import org.jspecify.annotations.NullMarked;
