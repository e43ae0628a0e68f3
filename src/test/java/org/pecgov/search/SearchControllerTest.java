package org.pecgov.search;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(SearchController.class)
@Import(SecurityConfig.class)
class SearchControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SearchService search;

	@Test
	void showsWhatWasFoundWithTheWordsMarkedAndEscaped() {
		given(this.search.search(anyString(), anyInt())).willReturn(new PageImpl<>(List.of(new SearchHit("AGENDA_ITEM",
				"Community <b>contract</b>", "/meetings/3/agenda#item-9", "Professional Executive Committee",
				LocalDate.of(2026, 12, 22), "The \u0002contract\u0003 for <script>", 0.5)), PageRequest.of(0, 20), 1));

		assertThat(this.mvc.get().uri("/search?q=contract").with(user(TestUsers.of(Role.MEMBER)))).hasStatusOk()
			.bodyText()
			.contains("1 result for")
			.contains("Agenda item · Professional Executive Committee · 22 Dec 2026")
			.contains("href=\"/meetings/3/agenda#item-9\"")
			.contains("Community &lt;b&gt;contract&lt;/b&gt;")
			.contains("The <mark>contract</mark> for &lt;script&gt;")
			.doesNotContain("<script>");
	}

	@Test
	void saysWhenNothingIsFound() {
		given(this.search.search(anyString(), anyInt())).willReturn(new PageImpl<>(List.of()));

		assertThat(this.mvc.get().uri("/search?q=zzz").with(user(TestUsers.of(Role.CHAIR)))).hasStatusOk()
			.bodyText()
			.contains("No results for")
			.contains("Check the spelling");
	}

	@Test
	void anEmptySearchShowsTheBoxAndSearchesNothing() {
		assertThat(this.mvc.get().uri("/search").with(user(TestUsers.of(Role.SECRETARY)))).hasStatusOk()
			.bodyText()
			.contains("Words or names to search for")
			.doesNotContain("There is a problem");
		verify(this.search, never()).search(anyString(), anyInt());
	}

	@Test
	void refusesWhatIsNoWordsOrTooLongBesideTheBoxAndKeepsIt() {
		assertThat(this.mvc.get().uri("/search").param("q", "%&*").with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk()
			.bodyText()
			.contains("There is a problem")
			.contains("Enter a word or a name")
			.contains("value=\"%&amp;*\"");
		verify(this.search, never()).search(anyString(), anyInt());
	}

	@Test
	void operatorsShaViewersAndTheSignedOutHaveNoSearch() {
		assertThat(this.mvc.get().uri("/search?q=x").with(user(TestUsers.of(Role.OPERATOR)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/search?q=x").with(user(TestUsers.of(Role.SHA_VIEWER)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/search?q=x")).hasStatus3xxRedirection();
		verify(this.search, never()).search(anyString(), anyInt());
	}

}
