package org.pecgov.organisation;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ShaAddressesTest {

	@Test
	void aPctsPageIsServedAtItsOwnAddressAndItsLinksKeepThePct() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sha/NSH/committees/2");
		ServletRequest[] seenRequest = new ServletRequest[1];
		ServletResponse[] seenResponse = new ServletResponse[1];
		MockFilterChain chain = new MockFilterChain() {

			@Override
			public void doFilter(ServletRequest req, ServletResponse res) {
				seenRequest[0] = req;
				seenResponse[0] = res;
			}

		};

		new ShaAddresses.Filter().doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(((HttpServletRequest) seenRequest[0]).getRequestURI()).isEqualTo("/committees/2");
		assertThat(((HttpServletRequest) seenRequest[0]).getServletPath()).isEqualTo("/committees/2");
		assertThat(request.getAttribute(ShaAddresses.PCT_CODE)).isEqualTo("NSH");
		ServletResponse[] linked = new ServletResponse[1];
		new ShaAddresses.LinkFilter().doFilter(seenRequest[0], seenResponse[0], new MockFilterChain() {

			@Override
			public void doFilter(ServletRequest req, ServletResponse res) {
				linked[0] = res;
			}

		});
		HttpServletResponse response = (HttpServletResponse) linked[0];
		assertThat(response.encodeURL("/committees/2/composition")).isEqualTo("/sha/NSH/committees/2/composition");
		assertThat(response.encodeRedirectURL("/terms")).isEqualTo("/sha/NSH/terms");
		assertThat(response.encodeURL("/nhsuk/nhsuk-frontend.min.css")).isEqualTo("/nhsuk/nhsuk-frontend.min.css");
		assertThat(response.encodeURL("/sha")).isEqualTo("/sha");
		// the header's logo leads home, not to a PCT's page
		assertThat(response.encodeURL("/")).isEqualTo("/");
		assertThat(response.encodeURL("https://example.org/x")).isEqualTo("https://example.org/x");
	}

	@Test
	void writesAndOtherAddressesAreLeftAlone() throws Exception {
		for (MockHttpServletRequest request : new MockHttpServletRequest[] {
				new MockHttpServletRequest("POST", "/sha/NSH/committees"), new MockHttpServletRequest("GET", "/sha"),
				new MockHttpServletRequest("GET", "/sha/interests.csv"), new MockHttpServletRequest("GET", "/committees") }) {
			ServletRequest[] seen = new ServletRequest[1];
			new ShaAddresses.Filter().doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {

				@Override
				public void doFilter(ServletRequest req, ServletResponse res) {
					seen[0] = req;
				}

			});

			assertThat(seen[0]).isSameAs(request);
			assertThat(request.getAttribute(ShaAddresses.PCT_CODE)).isNull();
		}
	}

}
