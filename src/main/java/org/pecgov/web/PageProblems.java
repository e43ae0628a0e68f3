package org.pecgov.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pecgov.shared.FieldException;

import org.springframework.ui.Model;

/**
 * The problems of a form that is not a bound object (a small form repeated on a page, one per row): every rule
 * broken, by the id of its field, for the page's error summary ({@code fragments/forms :: problemSummary}) and the
 * message beside each field ({@code fragments/forms :: problemMessage}).
 */
public final class PageProblems {

	/** The model attribute the page's templates read. */
	public static final String ATTRIBUTE = "problems";

	private PageProblems() {
	}

	/**
	 * Puts every problem of a refused form in the model, the first for each field.
	 * @param model the page's model
	 * @param ex the rules broken
	 * @param row what tells the form's fields from another row's (their ids end in "-" and it), or null
	 * @return the problems, by field id
	 */
	public static Map<String, String> show(Model model, FieldException ex, Object row) {
		Map<String, String> problems = new LinkedHashMap<>();
		ex.getProblems()
			.forEach((problem) -> problems.putIfAbsent((row != null) ? problem.field() + "-" + row : problem.field(),
					problem.messageKey()));
		model.addAttribute(ATTRIBUTE, problems);
		return problems;
	}

}
