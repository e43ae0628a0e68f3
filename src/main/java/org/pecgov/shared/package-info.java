/**
 * Base entity, exceptions and markers every module uses. Open: every module may use any type of it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.pecgov.shared;

import org.springframework.modulith.ApplicationModule;
