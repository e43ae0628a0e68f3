package org.pecgov.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-line confirmation shown after a redirect: a message key and its arguments.
 */
public final class Flash {

	public static final String KEY = "flashKey";

	public static final String ARGS = "flashArgs";

	private Flash() {
	}

	public static String success(RedirectAttributes redirect, String messageKey, String... args) {
		redirect.addFlashAttribute(KEY, messageKey);
		redirect.addFlashAttribute(ARGS, args);
		return messageKey;
	}

}
