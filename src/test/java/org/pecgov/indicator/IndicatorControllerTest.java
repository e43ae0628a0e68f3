package org.pecgov.indicator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.shared.FieldException;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(IndicatorController.class)
@Import(SecurityConfig.class)
class IndicatorControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private IndicatorService indicators;

	@MockitoBean
	private AnnualReport reports;

	@Test
	void showsEachIndicatorWithItsValueTargetStatusAndALinkToItsDetail() {
		given(this.indicators.indicators()).willReturn(List.of(
				new IndicatorRow(Measure.share(Indicator.POSTS_FILLED, 13, 14, "/committees/1/composition"), 100,
						Indicator.Status.NOT_MET, List.of()),
				new IndicatorRow(Measure.count(Indicator.BREACHES_OPEN, 0, "/interests/breaches"), 0,
						Indicator.Status.MET, List.of())));

		assertThat(this.mvc.get().uri("/indicators").with(user(TestUsers.of(Role.CHAIR)))).hasStatusOk()
			.bodyText()
			.contains("Posts filled")
			.contains("13 of 14 (92%)")
			.contains("At least 100%")
			.contains("Not met")
			.contains("href=\"/committees/1/composition\"")
			.contains("At most 0")
			.contains("Not kept yet")
			.doesNotContain("Set your targets");
	}

	@Test
	void drawsTrendsFromTheMonthsKeptEvenWhenAShareHadNothingToCount() {
		java.time.LocalDate november = java.time.LocalDate.of(2026, 11, 1);
		given(this.indicators.indicators()).willReturn(List.of(
				new IndicatorRow(Measure.share(Indicator.ATTENDANCE, 0, 0, "/meetings"), 75, Indicator.Status.NO_DATA,
						List.of(new Kept(1L, november, Indicator.ATTENDANCE, 0, 0, Indicator.Status.NO_DATA))),
				new IndicatorRow(Measure.share(Indicator.POSTS_FILLED, 13, 14, "/committees/1/composition"), 100,
						Indicator.Status.NOT_MET,
						List.of(new Kept(1L, november, Indicator.POSTS_FILLED, 14, 14, Indicator.Status.MET)))));

		assertThat(this.mvc.get().uri("/indicators").with(user(TestUsers.of(Role.SECRETARY)))).hasStatusOk()
			.bodyText()
			.contains("data-chart=")
			.contains("Down from 100% in November 2026")
			.contains("No data");
	}

	@Test
	void membersAndThePublicCannotReadTheIndicators() {
		assertThat(this.mvc.get().uri("/indicators").with(user(TestUsers.of(Role.MEMBER)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/indicators.csv").with(user(TestUsers.of(Role.MEMBER)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/indicators")).hasStatus(302);
	}

	@Test
	void onlyAnAdministratorSetsTargets() {
		assertThat(this.mvc.get().uri("/indicators/targets").with(user(TestUsers.of(Role.CHAIR)))).hasStatus(403);
		assertThat(this.mvc.post().uri("/indicators/targets").param("targets[POSTS_FILLED]", "90")
			.with(user(TestUsers.of(Role.CHAIR))).with(csrf())).hasStatus(403);
	}

	@Test
	void reportsEveryBadTargetAtOnceBesideItsFieldKeepingTheInput() {
		given(this.indicators.targets()).willReturn(new IndicatorService.Targets(defaults(), Map.of()));
		given(this.indicators.problemsOf(anyMap())).willReturn(List.of(
				new FieldException.Problem("targets[POSTS_FILLED]", "indicator.target.percent"),
				new FieldException.Problem("targets[ATTENDANCE]", "indicator.target.number")));

		assertThat(this.mvc.post().uri("/indicators/targets").param("targets[POSTS_FILLED]", "150")
			.param("targets[ATTENDANCE]", "most")
			.with(user(TestUsers.of(Role.ADMIN))).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("There is a problem")
			.contains("Enter a target from 0 to 100 per cent")
			.contains("Enter the target as a whole number, like 90")
			.contains("href=\"#target-POSTS_FILLED\"")
			// beside each field too (the map was once read with the literal key "id", so no message showed there)
			.contains("id=\"target-POSTS_FILLED-error\"")
			.contains("id=\"target-ATTENDANCE-error\"")
			.contains("value=\"150\"")
			.contains("value=\"most\"");
		verify(this.indicators, never()).setTargets(any(), any());
	}

	@Test
	void savedTargetsGoBackToTheIndicatorsWithANotice() {
		given(this.indicators.problemsOf(anyMap())).willReturn(List.of());

		assertThat(this.mvc.post().uri("/indicators/targets").param("targets[POSTS_FILLED]", "90")
			.with(user(TestUsers.of(Role.ADMIN))).with(csrf())).hasStatus(302).hasRedirectedUrl("/indicators");
		verify(this.indicators).setTargets(anyMap(), anyMap());
	}

	@Test
	void aTamperedVersionIsAStaleEdit() {
		assertThat(this.mvc.post().uri("/indicators/targets").param("targets[POSTS_FILLED]", "90")
			.param("versions[POSTS_FILLED]", "abc")
			.with(user(TestUsers.of(Role.ADMIN))).with(csrf())).hasStatus(409);
	}

	private static Map<Indicator, Integer> defaults() {
		Map<Indicator, Integer> all = new EnumMap<>(Indicator.class);
		for (Indicator i : Indicator.values()) {
			all.put(i, i.defaultTarget());
		}
		return all;
	}

}
