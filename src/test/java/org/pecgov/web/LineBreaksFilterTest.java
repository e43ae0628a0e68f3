package org.pecgov.web;

import jakarta.servlet.ServletRequest;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class LineBreaksFilterTest {

	private final LineBreaksFilter filter = new LineBreaksFilter();

	@Test
	void everyLineBreakReachesTheControllersAsOneCharacter() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/anything");
		request.addParameter("note", "first\r\nsecond\rthird\nfourth");
		request.addParameter("ids", "4", "5");
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(request, new MockHttpServletResponse(), chain);

		ServletRequest seen = chain.getRequest();
		assertThat(seen.getParameter("note")).isEqualTo("first\nsecond\nthird\nfourth");
		assertThat(seen.getParameterMap().get("note")).containsExactly("first\nsecond\nthird\nfourth");
		assertThat(seen.getParameterValues("ids")).containsExactly("4", "5");
		assertThat(java.util.Collections.list(seen.getParameterNames())).containsExactly("note", "ids");
	}

	@Test
	void aRequestWithoutCarriageReturnsPassesAsItCame() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/anything");
		request.addParameter("note", "one line");
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
	}

}
