package org.pecgov.web;

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
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/**
	 * Shows a rule broken in the service beside its field, or for the whole form when the field is not
	 * one of the form's.
	 * @param result the form's binding result
	 * @param ex the broken rule
	 */
	public static void reject(BindingResult result, FieldException ex) {
		Object target = result.getTarget();
		if (target != null && new BeanWrapperImpl(target).isReadableProperty(ex.getField())) {
			result.rejectValue(ex.getField(), ex.getMessageKey());
		}
		else {
			result.reject(ex.getMessageKey());
		}
	}

}
