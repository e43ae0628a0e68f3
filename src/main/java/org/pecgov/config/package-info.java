/**
 * Configuration that is no feature's own: clock, embedded database, properties, scheduling. Open: every module may use any type of it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.pecgov.config;

import org.springframework.modulith.ApplicationModule;
