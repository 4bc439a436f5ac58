/**
 * Reading documents people quote — web pages, PDFs, Word files, Markdown and plain text — into the normalised
 * text a source is quoted from, with the title, author and date their metadata states. Knows nothing of sources:
 * the source feature stores what this returns.
 */
@NullMarked
package org.crdash.document;

import org.jspecify.annotations.NullMarked;
