package org.pecgov.web;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.pecgov.security.NoPctChosenException;
import org.pecgov.shared.FieldException;
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
import org.springframework.web.servlet.support.RequestContextUtils;

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
	ModelAndView conflict(Exception ex, HttpServletRequest request) {
		log.info("Stale edit refused: {}", ex.getMessage());
		ModelAndView page = new ModelAndView("error/409");
		backTo(request).ifPresent((back) -> page.addObject("back", back));
		return page;
	}

	/**
	 * The page the refused form was on, when it is one of ours, to go back to it.
	 * @param request the refused request
	 * @return the path and query of that page
	 */
	static Optional<String> backTo(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return Optional.empty();
		}
		try {
			URI from = URI.create(referer);
			boolean ours = request.getServerName().equalsIgnoreCase(from.getHost())
					&& (from.getPort() == -1 || from.getPort() == request.getServerPort());
			if (!ours || from.getRawPath() == null || !from.getRawPath().startsWith("/")) {
				return Optional.empty();
			}
			return Optional.of(from.getRawPath() + ((from.getRawQuery() != null) ? "?" + from.getRawQuery() : ""));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@ExceptionHandler(NoPctChosenException.class)
	String choosePct() {
		return "redirect:/sha";
	}

	/**
	 * A rule broken by a request that came from no form able to show it beside a field (for example a
	 * button on a page that has changed since): the 400 page says which rule.
	 * @param ex the rule
	 * @param request the request
	 * @return the page
	 */
	@ExceptionHandler(FieldException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView brokenRule(FieldException ex, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/400");
		page.addObject("problem", ex.getMessageKey());
		backTo(request).ifPresent((back) -> page.addObject("back", back));
		return page;
	}

	/**
	 * A file larger than any upload accepted: back to the form's page, saying so beside the file input, or
	 * the 400 page when that page is not known.
	 * @param request the request
	 * @return a redirect, or the 400 page
	 */
	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request) {
		Optional<String> back = backTo(request);
		if (back.isPresent()) {
			// back to the page of the form (papers are the only uploads), the message beside its file input; the
			// upload's own address, which carries the form's token, does not stay in the address bar
			RequestContextUtils.getOutputFlashMap(request).put("paperError", "paper.tooLarge");
			return new ModelAndView("redirect:" + back.get());
		}
		ModelAndView page = new ModelAndView("error/400");
		page.setStatus(HttpStatus.BAD_REQUEST);
		page.addObject("problem", "paper.tooLarge");
		return page;
	}

	/**
	 * A form posted with field names no page of ours writes (for example a line of a table with a key that
	 * is not a number).
	 * @return the 400 page
	 */
	@ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView malformedForm() {
		return new ModelAndView("error/400");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView badRequest(Exception ex) {
		return new ModelAndView("error/400");
	}

}
