package org.pecgov.organisation;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The PCT an SHA viewer reads is in the address: {@code /sha/{pctCode}/committees} is the committees page of
 * that PCT. Before anything else (security included) sees a GET of such an address, it is served as the page's
 * own address ({@code /committees}), with the PCT's code kept for {@link ShaPctResolver}, which checks the PCT is
 * of the viewer's SHA; and every link and redirect that page writes keeps the {@code /sha/{pctCode}} prefix.
 * Nothing is kept in the session, so two tabs on two PCTs never mix.
 */
@Configuration(proxyBeanMethods = false)
class ShaAddresses {

	/** The request attribute holding the PCT code of the address. */
	static final String PCT_CODE = "pecgov.sha.pctCode";

	private static final Pattern ADDRESS = Pattern.compile("^/sha/([A-Za-z0-9]{1,20})(/.+)$");

	/** Addresses that are no PCT's page: they keep no prefix. */
	private static final List<String> OWN = List.of("/sha", "/nhsuk/", "/chartjs/", "/css/", "/js/", "/favicon", "/login",
			"/logout", "/public/", "/calendar/", "/actuator", "/error", "/account", "/accessibility");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> shaAddressFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	/**
	 * Spring Security's response makes links as they are written (no session in the address), so the links of
	 * a PCT's page get their prefix after security, from the innermost response.
	 * @return the filter
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> shaLinkFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new LinkFilter());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			Matcher address = ADDRESS.matcher(path);
			boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
			if (!read || !address.matches() || "pcts".equals(address.group(1))) {
				chain.doFilter(request, response);
				return;
			}
			request.setAttribute(PCT_CODE, address.group(1));
			chain.doFilter(new PageRequest(request, address.group(2)), response);
		}

	}

	static final class LinkFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getAttribute(PCT_CODE) instanceof String code) {
				chain.doFilter(request, new PrefixedLinks(response, request.getContextPath(), code));
			}
			else {
				chain.doFilter(request, response);
			}
		}

	}

	/** The request as the page's own address. */
	static final class PageRequest extends HttpServletRequestWrapper {

		private final String page;

		PageRequest(HttpServletRequest request, String page) {
			super(request);
			this.page = page;
		}

		@Override
		public String getRequestURI() {
			return getContextPath() + this.page;
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = new StringBuffer();
			url.append(getScheme()).append("://").append(getServerName());
			if (!("http".equals(getScheme()) && getServerPort() == 80)
					&& !("https".equals(getScheme()) && getServerPort() == 443)) {
				url.append(':').append(getServerPort());
			}
			return url.append(getRequestURI());
		}

		@Override
		public String getServletPath() {
			return this.page;
		}

		@Override
		public String getPathInfo() {
			return null;
		}

	}

	/** Links and redirects of a PCT's page keep the PCT in the address. */
	static final class PrefixedLinks extends HttpServletResponseWrapper {

		private final String contextPath;

		private final String prefix;

		PrefixedLinks(HttpServletResponse response, String contextPath, String code) {
			super(response);
			this.contextPath = contextPath;
			this.prefix = "/sha/" + code.toUpperCase(java.util.Locale.ROOT);
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(prefixed(url));
		}

		@Override
		public String encodeRedirectURL(String url) {
			return super.encodeRedirectURL(prefixed(url));
		}

		String prefixed(String url) {
			if (url == null || !url.startsWith(this.contextPath + "/") || url.startsWith("//")) {
				return url;
			}
			String path = url.substring(this.contextPath.length());
			if ("/".equals(path) || OWN.stream().anyMatch((own) -> path.equals(own) || path.startsWith(own))) {
				return url;
			}
			return this.contextPath + this.prefix + path;
		}

	}

}
