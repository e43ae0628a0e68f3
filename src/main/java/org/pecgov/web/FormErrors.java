package org.pecgov.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.thymeleaf.spring6.util.DetailedError;

/**
 * Puts a form's errors in the order of its fields, as the error summary lists them. Every page's
 * model has it as {@code formErrors} ({@link TemplateHelpers}).
 */
public class FormErrors {

	/**
	 * The errors in field order, errors of the whole form first.
	 * @param errors the errors, as Thymeleaf's #fields.detailedErrors() gives them
	 * @param form the form object, whose declared fields give the order
	 * @return the errors, one per field (the first of each)
	 */
	public List<DetailedError> ordered(List<DetailedError> errors, Object form) {
		List<String> order = new ArrayList<>();
		for (Class<?> type = form.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
			List<String> names = new ArrayList<>();
			for (Field field : type.getDeclaredFields()) {
				names.add(field.getName());
			}
			order.addAll(0, names);
		}
		List<DetailedError> sorted = new ArrayList<>(errors);
		sorted.sort(Comparator.comparingInt((DetailedError e) -> e.isGlobal() ? -1 : position(order, e.getFieldName())));
		List<String> seen = new ArrayList<>();
		sorted.removeIf((e) -> !e.isGlobal() && (seen.contains(e.getFieldName()) || !seen.add(e.getFieldName())));
		return sorted;
	}

	private static int position(List<String> order, String field) {
		int index = order.indexOf(field);
		return (index < 0) ? Integer.MAX_VALUE : index;
	}

}
