package org.pecgov.web;

import jakarta.validation.constraints.Size;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.BeansException;
import org.springframework.core.convert.TypeDescriptor;

/**
 * The limit a form puts on a text field ({@code @Size(max)} on the field or its accessors), so that a text area
 * shows the NHS character count of the same limit the server checks: one rule, stated once. Templates reach it as
 * {@code fieldLimits}.
 */
public final class FieldLimits {

	/**
	 * @param form the form object (the template's {@code #object}), or null
	 * @param field the property path
	 * @return the most characters the field takes, or null when it has no limit (or no form)
	 */
	public Integer max(Object form, String field) {
		if (form == null || field == null) {
			return null;
		}
		try {
			TypeDescriptor type = new BeanWrapperImpl(form).getPropertyTypeDescriptor(field);
			Size size = (type != null) ? type.getAnnotation(Size.class) : null;
			return (size != null && size.max() < Integer.MAX_VALUE) ? size.max() : null;
		}
		catch (BeansException ex) {
			return null;
		}
	}

}
