/**
 * Error pages, form and flash helpers, layout helpers, the request id: what every controller uses. Open: every module may use any type of it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.pecgov.web;

import org.springframework.modulith.ApplicationModule;
