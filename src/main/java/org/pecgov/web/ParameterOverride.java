package org.pecgov.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request as the controllers read it after a filter has rewritten its parameters (dates joined from their parts,
 * line breaks made one character).
 */
final class ParameterOverride extends HttpServletRequestWrapper {

	private final Map<String, String[]> parameters;

	/**
	 * Whether any value of any parameter holds a character.
	 * @param parameters a request's parameters
	 * @param character the character
	 * @return true if one does
	 */
	static boolean anyValueHolds(Map<String, String[]> parameters, char character) {
		for (String[] values : parameters.values()) {
			for (String value : values) {
				if (value != null && value.indexOf(character) >= 0) {
					return true;
				}
			}
		}
		return false;
	}

	ParameterOverride(HttpServletRequest request, Map<String, String[]> parameters) {
		super(request);
		this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	@Override
	public String getParameter(String name) {
		String[] values = this.parameters.get(name);
		return (values == null || values.length == 0) ? null : values[0];
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return this.parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(this.parameters.keySet());
	}

	@Override
	public String[] getParameterValues(String name) {
		String[] values = this.parameters.get(name);
		return (values == null) ? null : values.clone();
	}

}
