package org.pecgov.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every page, error pages included, {@code ${viewer}}: the roles of whoever reads it ({@link Roles}). A
 * request attribute set before any handler runs, so that pages an exception handler renders have it too.
 */
@Configuration(proxyBeanMethods = false)
class ViewerRoles implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = "viewer";

	/** The sections and links of the navigation, for the page's path. */
	static final String NAVIGATION = "navigation";

	private static final Roles ROLES = new Roles();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// before any other, so that a page an interceptor refuses (another SHA's PCT) is rendered with it too
		registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute(ATTRIBUTE, ROLES);
		request.setAttribute(NAVIGATION, Navigation.of(request.getRequestURI().substring(request.getContextPath().length())));
		return true;
	}

}
