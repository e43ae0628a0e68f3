package org.pecgov.web;

import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-line confirmation shown after a redirect: a message key and its arguments.
 */
public final class Flash {

	public static final String KEY = "flashKey";

	public static final String ARGS = "flashArgs";

	private Flash() {
	}

	/** The flash attribute of an important notice. */
	public static final String IMPORTANT = "important";

	public static String success(RedirectAttributes redirect, String messageKey, String... args) {
		redirect.addFlashAttribute(KEY, messageKey);
		redirect.addFlashAttribute(ARGS, args);
		return messageKey;
	}

	/**
	 * Says on the next page that what was just saved has consequences (a rule now broken, a declaration
	 * recorded late), in the NHS "important" notification banner.
	 * @param redirect the redirect
	 * @param notice what to say
	 */
	public static void important(RedirectAttributes redirect, Important notice) {
		redirect.addFlashAttribute(IMPORTANT, notice);
	}

	/**
	 * An important notice: a heading, what it concerns, and where to see more.
	 * @param key the heading's message
	 * @param args its arguments
	 * @param items messages of the things it names (for example the rules broken), or none
	 * @param href where to see more, or null
	 * @param linkKey the message of that link, or null
	 */
	public record Important(String key, Object[] args, List<String> items, String href, String linkKey)
			implements java.io.Serializable {
	}

}
