/**
 * The directory of organisations that interests (and agenda items) concern. A named interface of the
 * interest module: meetings ask it which organisations an item concerns.
 */
@NamedInterface("directory")
package org.pecgov.interest.directory;

import org.springframework.modulith.NamedInterface;
