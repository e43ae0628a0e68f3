package org.pecgov.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The NHS date input sends a date as three parameters (startDate-day, startDate-month, startDate-year); every
 * controller binds one (startDate). This joins them before anything binds: the date's parameter holds the ISO date,
 * nothing when all three are blank, or a marker of what is wrong that {@link DatePartsErrors} turns into a message
 * naming the part. What was typed is kept, part by part, in the request attribute {@value #ATTRIBUTE} so the form
 * shows it again as typed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class DatePartsFilter extends OncePerRequestFilter {

	/** The request attribute holding what was typed, by the date's parameter name. */
	public static final String ATTRIBUTE = "dateEntries";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, DateParts> entries = entries(request.getParameterMap());
		if (entries.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(ATTRIBUTE, Collections.unmodifiableMap(entries));
		Map<String, String[]> joined = new LinkedHashMap<>(request.getParameterMap());
		entries.forEach((name, parts) -> joined.put(name, new String[] { parts.parameterValue() }));
		chain.doFilter(new ParameterOverride(request, joined), response);
	}

	static Map<String, DateParts> entries(Map<String, String[]> parameters) {
		Map<String, DateParts> entries = new LinkedHashMap<>();
		for (String name : parameters.keySet()) {
			String base = base(name);
			if (base != null && !base.isEmpty() && !entries.containsKey(base)) {
				entries.put(base, new DateParts(first(parameters, base + DateParts.DAY),
						first(parameters, base + DateParts.MONTH), first(parameters, base + DateParts.YEAR)));
			}
		}
		return entries;
	}

	private static String base(String name) {
		for (String suffix : new String[] { DateParts.DAY, DateParts.MONTH, DateParts.YEAR }) {
			if (name.endsWith(suffix)) {
				return name.substring(0, name.length() - suffix.length());
			}
		}
		return null;
	}

	private static String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values == null || values.length == 0) ? null : values[0];
	}

}
