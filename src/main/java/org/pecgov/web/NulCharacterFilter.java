package org.pecgov.web;

import java.io.IOException;
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
 * A NUL character is no part of any text a person types, and PostgreSQL refuses it in text: a request that
 * carries one in a field or a search gets the 400 page, before anything reads it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (carriesNul(request.getParameterMap())) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean carriesNul(Map<String, String[]> parameters) {
		return parameters.keySet().stream().anyMatch((name) -> name.indexOf('\0') >= 0)
				|| ParameterOverride.anyValueHolds(parameters, '\0');
	}

}
