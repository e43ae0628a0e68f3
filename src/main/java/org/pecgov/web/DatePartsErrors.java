package org.pecgov.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A date typed into the three boxes of the NHS date input that is not a date gets a message saying which part is
 * wrong ("Start date must include a month"), not the converter's "enter a value in the correct format". The codes
 * are dateParts.PROBLEM.form.field, dateParts.PROBLEM.field, dateParts.PROBLEM; the argument names the date, from
 * dateName.form.field or dateName.field.
 */
@ControllerAdvice
class DatePartsErrors extends DefaultBindingErrorProcessor {

	@InitBinder
	void register(WebDataBinder binder) {
		binder.setBindingErrorProcessor(this);
	}

	@Override
	public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
		String field = ex.getPropertyName();
		DateParts.Problem problem = (ex.getValue() instanceof String value) ? DateParts.Problem.fromMarker(value) : null;
		if (problem == null || field == null) {
			super.processPropertyAccessException(ex, result);
			return;
		}
		String[] codes = result.resolveMessageCodes("dateParts." + problem.code(), field);
		String simpleName = field.substring(field.lastIndexOf('.') + 1);
		Object name = new DefaultMessageSourceResolvable(
				new String[] { "dateName." + result.getObjectName() + "." + field, "dateName." + simpleName, "dateName" },
				null, "The date");
		FieldError error = new FieldError(result.getObjectName(), field, ex.getValue(), true, codes,
				new Object[] { name }, null);
		error.wrap(ex);
		result.addError(error);
	}

}
