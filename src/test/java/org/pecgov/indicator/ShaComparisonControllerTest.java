package org.pecgov.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(ShaComparisonController.class)
@Import(SecurityConfig.class)
class ShaComparisonControllerTest {

	private static final LocalDate MONTH = LocalDate.of(2026, 12, 1);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private OrganisationService organisations;

	@MockitoBean
	private IndicatorService indicators;

	@MockitoBean
	private ChairDirectory directory;

	@Test
	void comparesTheShasPctsWithTotalsInTheSurveysTermsSortedByAnIndicator() throws Exception {
		Organisation sha = withId(Organisation.sha("NMSHA", "North Midlands SHA", Instant.now()), TestUsers.SHA);
		Organisation northshire = withId(Organisation.pct("NSH", "Northshire PCT", sha, Instant.now()), 1L);
		Organisation southvale = withId(Organisation.pct("SVL", "Southvale PCT", sha, Instant.now()), 2L);
		given(this.organisations.get(TestUsers.SHA)).willReturn(sha);
		given(this.organisations.pctsOf(TestUsers.SHA)).willReturn(List.of(northshire, southvale));
		given(this.indicators.thisMonth()).willReturn(MONTH);
		given(this.indicators.compare(any())).willReturn(new Comparison(List.of(
				new Comparison.Line(northshire, Map.of(Indicator.POSTS_FILLED, kept(1L, 14, 14, Indicator.Status.MET)),
						Map.of()),
				new Comparison.Line(southvale, Map.of(Indicator.POSTS_FILLED, kept(2L, 10, 14, Indicator.Status.NOT_MET)),
						Map.of()))));
		given(this.directory.chairsOf(any())).willReturn(
				List.of(new ChairDirectory.Chair(northshire, "Dr Amelia Hart", "amelia.hart@northshire.example"),
						new ChairDirectory.Chair(southvale, null, null)));

		String page = this.mvc.get().uri("/sha?sort=POSTS_FILLED&order=ascending").with(user(TestUsers.of(Role.SHA_VIEWER))).exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(page).contains("North Midlands SHA")
			.contains("1 of 2 PECs are fully established")
			.contains("href=\"/sha/NSH/indicators\"")
			.contains("aria-sort=\"ascending\"")
			.contains("mailto:amelia.hart@northshire.example")
			.contains("No chair appointed");
		assertThat(page.indexOf("Southvale PCT</a>")).isLessThan(page.indexOf("Northshire PCT</a>"));
	}

	@Test
	void isForShaViewersOnly() {
		assertThat(this.mvc.get().uri("/sha").with(user(TestUsers.of(Role.ADMIN)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/sha/indicators.csv").with(user(TestUsers.of(Role.CHAIR)))).hasStatus(403);
	}

	private static Kept kept(Long pct, long value, long of, Indicator.Status status) {
		return new Kept(pct, MONTH, Indicator.POSTS_FILLED, value, of, status);
	}

	private static Organisation withId(Organisation organisation, Long id) {
		ReflectionTestUtils.setField(organisation, "id", id);
		return organisation;
	}

}
