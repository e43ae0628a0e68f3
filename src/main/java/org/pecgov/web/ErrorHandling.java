package org.pecgov.web;

import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.StaleEditException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the exceptions that mean "not there" or "changed by someone else" into their pages. Anything
 * else reaches Spring Boot's error handling, which renders templates/error/500.html.
 */
@ControllerAdvice
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(Exception ex) {
		log.debug("Not found: {}", ex.getMessage());
		return new ModelAndView("error/404");
	}

	@ExceptionHandler({ StaleEditException.class, ObjectOptimisticLockingFailureException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView conflict(Exception ex) {
		log.info("Stale edit refused: {}", ex.getMessage());
		return new ModelAndView("error/409");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView badRequest(Exception ex) {
		return new ModelAndView("error/400");
	}

}
