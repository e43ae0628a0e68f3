package org.pecgov.security;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The session cookie is Secure and {@code __Host-} prefixed (bound to this host, sent over HTTPS only, for every path)
 * whenever the service is not on plain localhost, as its base address ({@code PECGOV_BASE_URL}) says: only a
 * developer's or a test's {@code http://localhost} keeps a plain cookie (issue 17, OWASP ASVS 3.4).
 */
@Configuration(proxyBeanMethods = false)
class SessionCookies {

	/** The name of the session cookie off localhost. */
	static final String HOST_COOKIE = "__Host-SESSION";

	private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	@Bean
	DefaultCookieSerializerCustomizer hostSessionCookie(@Value("${pecgov.base-url:http://localhost:8080}") String baseUrl,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		return (serializer) -> {
			if (secure || !isPlainLocalhost(baseUrl)) {
				serializer.setUseSecureCookie(true);
				serializer.setCookieName(HOST_COOKIE);
				serializer.setCookiePath("/");
				serializer.setDomainName(null);
			}
		};
	}

	/**
	 * Whether the service runs on plain HTTP on this machine, where a Secure cookie would not be sent back.
	 * @param baseUrl the service's base address
	 * @return true for {@code http://localhost} (or a loopback address)
	 */
	static boolean isPlainLocalhost(String baseUrl) {
		try {
			URI uri = URI.create(baseUrl.strip());
			String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
			return "http".equalsIgnoreCase(uri.getScheme()) && LOCAL.contains(host);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
