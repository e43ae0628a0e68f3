package org.pecgov.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Form fields for a POST in a test, changed one at a time.
 */
public final class FormParams {

	private final Map<String, String> values = new LinkedHashMap<>();

	public FormParams set(String name, String value) {
		this.values.put(name, value);
		return this;
	}

	public FormParams remove(String name) {
		this.values.remove(name);
		return this;
	}

	public MultiValueMap<String, String> build() {
		MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
		this.values.forEach(map::add);
		return map;
	}

}
