package org.pecgov.security;

import org.junit.jupiter.api.Test;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie is Secure and __Host- prefixed whenever the service is not on plain localhost.
 */
class SessionCookiesTest {

	@Test
	void onlyPlainLocalhostKeepsAPlainCookie() {
		assertThat(SessionCookies.isPlainLocalhost("http://localhost:8080")).isTrue();
		assertThat(SessionCookies.isPlainLocalhost("http://127.0.0.1:8080/")).isTrue();
		assertThat(SessionCookies.isPlainLocalhost("https://localhost:8443")).isFalse();
		assertThat(SessionCookies.isPlainLocalhost("https://pecgov.example.nhs.uk")).isFalse();
		assertThat(SessionCookies.isPlainLocalhost("http://pecgov.example.nhs.uk")).isFalse();
		assertThat(SessionCookies.isPlainLocalhost("not a url")).isFalse();
	}

	@Test
	void offLocalhostTheSessionCookieIsSecureAndBoundToTheHost() {
		String cookie = written("https://pecgov.example.nhs.uk", false);
		assertThat(cookie).startsWith(SessionCookies.HOST_COOKIE + "=")
			.contains("Secure")
			.contains("Path=/")
			.doesNotContain("Domain=");
	}

	@Test
	void onPlainLocalhostTheSessionCookieStaysAsItWas() {
		String cookie = written("http://localhost:8080", false);
		assertThat(cookie).startsWith("SESSION=").doesNotContain("Secure");
		assertThat(written("http://localhost:8080", true)).startsWith(SessionCookies.HOST_COOKIE + "=");
	}

	private static String written(String baseUrl, boolean secure) {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		DefaultCookieSerializerCustomizer customizer = new SessionCookies().hostSessionCookie(baseUrl, secure);
		customizer.customize(serializer);
		MockHttpServletResponse response = new MockHttpServletResponse();
		serializer.writeCookieValue(new CookieValue(new MockHttpServletRequest(), response, "abc"));
		return response.getHeader("Set-Cookie");
	}

}
