package org.pecgov.organisation;

import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(SettingsController.class)
@Import(SecurityConfig.class)
class SettingsControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SettingsService settings;

	@Test
	void showsThePctsRules() {
		given(this.settings.current()).willReturn(PctSettings.defaultsFor(TestUsers.PCT));

		assertThat(this.mvc.get().uri("/admin/settings").with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk()
			.bodyText()
			.contains("PEC rules")
			.contains("value=\"4\"");
	}

	@Test
	void refusesAMaximumBelowTheMinimumAndWords() {
		LinkedMultiValueMap<String, String> form = valid();
		form.set("maxClinical", "3");
		form.set("minGps", "one");

		MvcTestResult result = this.mvc.post()
			.uri("/admin/settings")
			.params(form)
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("This must be the same as or more than the fewest")
			.contains("Enter a whole number, like 4")
			.contains("value=\"one\"");
		verify(this.settings, never()).update(anyLong(), any());
	}

	@Test
	void refusesADayThatDoesNotExist() {
		LinkedMultiValueMap<String, String> form = valid();
		form.set("roundCloses", "31/6");

		assertThat(this.mvc.post().uri("/admin/settings").params(form).with(user(TestUsers.of(Role.ADMIN))).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Enter a real day and month")
			.contains("value=\"31/6\"");
		verify(this.settings, never()).update(anyLong(), any());
	}

	@Test
	void refusesAnAttendanceThresholdAboveAHundredPerCent() {
		LinkedMultiValueMap<String, String> form = valid();
		form.set("attendanceThreshold", "150");

		assertThat(this.mvc.post().uri("/admin/settings").params(form).with(user(TestUsers.of(Role.ADMIN))).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Enter an attendance of 0 to 100 per cent")
			.contains("value=\"150\"");
		verify(this.settings, never()).update(anyLong(), any());
	}

	@Test
	void savesAndOnlyForAdministrators() {
		given(this.settings.current()).willReturn(PctSettings.defaultsFor(TestUsers.PCT));
		assertThat(this.mvc.post().uri("/admin/settings").params(valid()).with(user(TestUsers.of(Role.ADMIN))).with(csrf()))
			.hasStatus(302)
			.hasRedirectedUrl("/admin/settings");
		assertThat(this.mvc.post().uri("/admin/settings").params(valid()).with(user(TestUsers.of(Role.CHAIR))).with(csrf()))
			.hasStatus(403);
	}

	@Test
	void reportsEveryProblemOfTheNewRulesAtOnceKeepingTheInput() {
		LinkedMultiValueMap<String, String> form = valid();
		form.set("chairDaysMin", "4");
		form.set("chairDaysMax", "2.5");
		form.set("memberDaysMax", "1.3");
		form.set("panelMin", "5");
		form.set("panelMax", "3");
		form.set("appraisalIntervalMonths", "40");
		form.add("coreManagement", "LAY_MEMBER");

		assertThat(this.mvc.post().uri("/admin/settings").params(form).with(user(TestUsers.of(Role.ADMIN))).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("This must be the same as or more than the fewest")
			.contains("Enter days in whole or half days")
			.contains("Choose from the posts listed")
			.contains("value=\"1.3\"");
		verify(this.settings, never()).update(anyLong(), any());
	}

	@Test
	void movingTheRoundsDatesSaysWhichRoundItChangesAndThatReturnsStand() {
		PctSettings moved = PctSettings.defaultsFor(TestUsers.PCT);
		moved.setRound(java.time.MonthDay.of(5, 1), java.time.MonthDay.of(7, 31));
		given(this.settings.current()).willReturn(PctSettings.defaultsFor(TestUsers.PCT), moved);
		LinkedMultiValueMap<String, String> form = valid();
		form.set("roundOpens", "1/5");
		form.set("roundCloses", "31/7");

		assertThat(this.mvc.post().uri("/admin/settings").params(form).with(user(TestUsers.of(Role.ADMIN))).with(csrf()))
			.hasStatus(302)
			.flash()
			.extractingByKey("important")
			.satisfies((notice) -> assertThat(((org.pecgov.web.Flash.Important) notice).args())
				.containsExactly("1 May", "31 July"));
	}

	@Test
	void aRefusedFormsTitleStartsWithErrorAndAShownOneDoesNot() {
		given(this.settings.current()).willReturn(PctSettings.defaultsFor(TestUsers.PCT));
		LinkedMultiValueMap<String, String> form = valid();
		form.set("minClinical", "many");

		assertThat(this.mvc.post().uri("/admin/settings").params(form).with(user(TestUsers.of(Role.ADMIN))).with(csrf()))
			.hasStatusOk()
			.body()
			.asString()
			.contains("<title>Error: PEC rules");
		assertThat(this.mvc.get().uri("/admin/settings").with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk()
			.body()
			.asString()
			.contains("<title>PEC rules");
	}

	@Test
	void theAppraisalLinesSavedAreTheOnesShownAndNobodyAppraisesThemself() {
		given(this.settings.current()).willReturn(PctSettings.defaultsFor(TestUsers.PCT));

		assertThat(this.mvc.get().uri("/admin/settings").with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk()
			.body()
			.asString()
			.containsPattern("id=\"appraisersCHAIR\"[^>]*>\\s*<option value=\"NOBODY\">[^<]*</option>\\s*"
					+ "<option value=\"PEC_CHAIR\">[^<]*</option>\\s*<option value=\"PCT_CHAIR\"\\s+selected");
		LinkedMultiValueMap<String, String> form = valid();
		form.set("appraisers[CHAIR]", "PEC_CHAIR");
		form.set("hospitalityDeclareOver", "100");
		form.set("hospitalityApprovalOver", "50");
		assertThat(this.mvc.post().uri("/admin/settings").params(form).with(user(TestUsers.of(Role.ADMIN))).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Nobody appraises themself")
			.contains("the amount over which hospitality is declared");
		form = valid();
		form.set("appraisers[CHAIR]", "");
		assertThat(this.mvc.post().uri("/admin/settings").params(form).with(user(TestUsers.of(Role.ADMIN))).with(csrf()))
			.hasStatus(302);
	}

	private static LinkedMultiValueMap<String, String> valid() {
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", "0");
		form.add("minClinical", "4");
		form.add("maxClinical", "8");
		form.add("minProfessions", "2");
		form.add("minGps", "1");
		form.add("minPatientDays", "1");
		form.add("minLocalAuthority", "1");
		form.add("maxLocalAuthority", "2");
		form.add("minBoardClinical", "1");
		form.add("maxBoardClinical", "2");
		form.add("minTermMonths", "24");
		form.add("maxTermMonths", "48");
		form.add("staggerWindowMonths", "6");
		form.add("attendanceThreshold", "75");
		form.add("roundOpens", "1/4");
		form.add("roundCloses", "30/6");
		form.add("giftDeclareOver", "50");
		form.add("hospitalityDeclareOver", "25");
		form.add("hospitalityApprovalOver", "75");
		form.add("chairDaysMin", "2.5");
		form.add("chairDaysMax", "4");
		form.add("memberDaysMin", "0.5");
		form.add("memberDaysMax", "2");
		form.add("coreManagement", "CHIEF_EXECUTIVE");
		form.add("coreManagement", "DIRECTOR_OF_FINANCE");
		form.add("coreManagement", "DIRECTOR_OF_PUBLIC_HEALTH");
		form.add("panelMin", "3");
		form.add("panelMax", "4");
		form.add("appraisalIntervalMonths", "12");
		form.add("reviewIntervalMonths", "3");
		form.add("agendaLimitMinutes", "180");
		form.add("appraisers[CHAIR]", "PCT_CHAIR");
		form.add("appraisers[CLINICAL_MEMBER]", "PEC_CHAIR");
		return form;
	}

}
