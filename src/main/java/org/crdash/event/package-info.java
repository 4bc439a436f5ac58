/** Events (dated, sourced happenings): their rules, storage, API and editor. */
@NullMarked
package org.crdash.event;

import org.jspecify.annotations.NullMarked;
