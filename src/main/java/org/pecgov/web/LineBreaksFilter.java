package org.pecgov.web;

import java.io.IOException;
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
 * A browser sends each line break of a text area as two characters (CR LF); the NHS character count counts it as
 * one, and so must every server-side limit. This makes every parameter's line breaks one character (LF) before
 * anything reads it, for bound forms and for the pages that read their parameters themselves alike.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
public class LineBreaksFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters = request.getParameterMap();
		if (!ParameterOverride.anyValueHolds(parameters, '\r')) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(new ParameterOverride(request, normalised(parameters)), response);
	}

	static Map<String, String[]> normalised(Map<String, String[]> parameters) {
		Map<String, String[]> normalised = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			String[] copy = new String[values.length];
			for (int i = 0; i < values.length; i++) {
				copy[i] = (values[i] != null) ? values[i].replace("\r\n", "\n").replace('\r', '\n') : null;
			}
			normalised.put(name, copy);
		});
		return normalised;
	}

}
