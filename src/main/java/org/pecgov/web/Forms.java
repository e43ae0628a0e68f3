package org.pecgov.web;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.pecgov.shared.FieldException;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/**
 * What every form controller does the same way.
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * Never binds ids; trims text and turns blanks into null.
	 * @param binder the binder
	 */
	public static void configure(WebDataBinder binder) {
		binder.setDisallowedFields("id", "organisationId");
		// line breaks are already one character each (LineBreaksFilter), as the character count counts them
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/**
	 * Shows a rule broken in the service beside its field, or for the whole form when the field is not
	 * one of the form's.
	 * @param result the form's binding result
	 * @param ex the broken rule
	 */
	public static void reject(BindingResult result, FieldException ex) {
		reject(result, ex.getProblems());
	}

	/**
	 * Shows rules found broken beside their fields, or for the whole form when a field is not one of the
	 * form's.
	 * @param result the form's binding result
	 * @param problems the broken rules
	 */
	public static void reject(BindingResult result, List<FieldException.Problem> problems) {
		Object target = result.getTarget();
		BeanWrapperImpl form = (target != null) ? new BeanWrapperImpl(target) : null;
		for (FieldException.Problem problem : problems) {
			if (form != null && form.isReadableProperty(problem.field())) {
				if (result.hasFieldErrors(problem.field())) {
					continue; // one message a field: what the form found wrong with it comes first
				}
				result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			}
			else {
				result.reject(problem.messageKey(), problem.arguments(), null);
			}
		}
	}

	/**
	 * As {@link #submit(BindingResult, Supplier, Supplier)}, for a form whose service can say what its rules
	 * find wrong without saving: those rules are checked with the form's own, before anything is saved, so that
	 * every problem is reported at once (a rule over a field that is itself invalid is the checks' to skip). The
	 * command checks them again, in its transaction.
	 * @param result the form's binding result
	 * @param checks the rules' problems with what was typed
	 * @param command what the form asks for; returns the view (usually a redirect) when it succeeds
	 * @param form shows the form again and returns its view
	 * @return the command's view, or the form's
	 */
	public static String submitChecked(BindingResult result, Supplier<List<FieldException.Problem>> checks,
			Supplier<String> command, Supplier<String> form) {
		return submitChecked(result, checks, command, (ex) -> reject(result, ex), form);
	}

	/**
	 * As {@link #submitChecked(BindingResult, Supplier, Supplier, Supplier)}, for a form that does more with a
	 * broken rule than show it beside its field (see {@link #submit(BindingResult, Supplier, Consumer, Supplier)}).
	 * @param result the form's binding result
	 * @param checks the rules' problems with what was typed
	 * @param command what the form asks for
	 * @param refused what to do with a rule the service finds broken
	 * @param form shows the form again and returns its view
	 * @return the command's view, or the form's
	 */
	public static String submitChecked(BindingResult result, Supplier<List<FieldException.Problem>> checks,
			Supplier<String> command, Consumer<FieldException> refused, Supplier<String> form) {
		reject(result, checks.get());
		return submit(result, command, refused, form);
	}

	/**
	 * Runs a form's command unless the form already has errors; a rule the service finds broken goes
	 * beside its field (or to the whole form), and the form is shown again.
	 * @param result the form's binding result
	 * @param command what the form asks for; returns the view (usually a redirect) when it succeeds
	 * @param form shows the form again (adding what its page needs to the model) and returns its view
	 * @return the command's view, or the form's
	 */
	public static String submit(BindingResult result, Supplier<String> command, Supplier<String> form) {
		return submit(result, command, (ex) -> reject(result, ex), form);
	}

	/**
	 * As {@link #submit(BindingResult, Supplier, Supplier)}, for a form that does more with a broken rule
	 * than show it beside its field: {@code refused} is given the rule instead of {@link #reject} (call
	 * {@code reject} from it to keep that too).
	 * @param result the form's binding result
	 * @param command what the form asks for; returns the view (usually a redirect) when it succeeds
	 * @param refused what to do with a rule the service finds broken, before the form is shown again
	 * @param form shows the form again (adding what its page needs to the model) and returns its view
	 * @return the command's view, or the form's
	 */
	public static String submit(BindingResult result, Supplier<String> command, Consumer<FieldException> refused,
			Supplier<String> form) {
		if (result.hasErrors()) {
			return form.get();
		}
		try {
			return command.get();
		}
		catch (FieldException ex) {
			refused.accept(ex);
		}
		return form.get();
	}

}
