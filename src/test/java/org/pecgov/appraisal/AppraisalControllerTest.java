package org.pecgov.appraisal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.committee.PostRequirement;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.shared.FieldException;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(AppraisalController.class)
@Import(SecurityConfig.class)
class AppraisalControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private AppraisalService appraisals;

	@MockitoBean
	private AppraisalEditor editor;

	@BeforeEach
	void page() {
		Appraisal appraisal = new Appraisal(TestUsers.PCT, 100L, 17L, 9L, LocalDate.of(2025, 12, 1),
				LocalDate.of(2026, 11, 30), null);
		ReflectionTestUtils.setField(appraisal, "id", 1L);
		given(this.appraisals.get(1L)).willReturn(new AppraisalService.AppraisalPage(appraisal,
				Map.of(100L, "James Whitaker", 17L, "Owen Pritchard"), "Clinical member",
				List.of(new PostRequirement(4L, "Time management", true)), List.of(), false, true));
	}

	@Test
	void theAppraiserSeesTheRatingsToGive() {
		assertThat(this.mvc.get().uri("/appraisals/1").with(user(TestUsers.of(Role.CHAIR, TestUsers.PCT, 17L))))
			.hasStatusOk()
			.bodyText()
			.contains("Stages of this appraisal")
			.contains("href=\"/appraisals/1/assessment\"")
			.doesNotContain("Save the assessment");
		assertThat(this.mvc.get().uri("/appraisals/1/assessment").with(user(TestUsers.of(Role.CHAIR, TestUsers.PCT, 17L))))
			.hasStatusOk()
			.bodyText()
			.contains("James Whitaker, Clinical member")
			.contains("<a class=\"nhsuk-breadcrumb__link\" href=\"/appraisals/1\">Appraisal of James Whitaker</a>")
			.contains("Time management")
			.contains("4 – shown strongly")
			.contains("Save the assessment");
	}

	@Test
	void aRatingOutOfRangeIsRefusedBesideItWithTheInputKept() {
		given(this.editor.assess(eq(1L), anyLong(), any(), any(), any()))
			.willThrow(new FieldException("rating-4", "appraisal.rating.range"));

		assertThat(this.mvc.post()
			.uri("/appraisals/1/assessment")
			.param("version", "0")
			.param("rating-4", "5")
			.param("objectivesReview", "Kept text")
			.with(user(TestUsers.of(Role.CHAIR, TestUsers.PCT, 17L)))
			.with(csrf())).hasStatusOk()
			.body()
			.asString()
			.contains("Choose a rating from 1 to 4")
			.contains("href=\"#rating-4\"")
			.contains("Kept text");
		assertThat(this.mvc.post()
			.uri("/appraisals/1/assessment")
			.param("version", "0")
			.param("rating-4", "abc")
			.with(user(TestUsers.of(Role.CHAIR, TestUsers.PCT, 17L)))
			.with(csrf())).hasStatusOk().bodyText().contains("Choose a rating from 1 to 4");
	}

	@Test
	void theRatingsChosenAreKeptWhenAnotherFieldIsRefused() {
		given(this.editor.assess(eq(1L), anyLong(), any(), any(), any()))
			.willThrow(new FieldException("objectivesReview", "appraisal.rating.range"));

		assertThat(this.mvc.post()
			.uri("/appraisals/1/assessment")
			.param("version", "0")
			.param("rating-4", "3")
			.with(user(TestUsers.of(Role.CHAIR, TestUsers.PCT, 17L)))
			.with(csrf())).hasStatusOk()
			.body()
			.asString()
			.containsPattern("<option value=\"3\"\\s+selected=\"selected\"");
	}

	@Test
	void aPlanItemWithoutAnActionKeepsWhatWasTyped() {
		given(this.editor.addPdp(eq(1L), anyLong(), any(), any(), any(), any()))
			.willThrow(new FieldException("action", "pdp.action.required"));

		assertThat(this.mvc.post()
			.uri("/appraisals/1/pdp")
			.param("version", "0")
			.param("need", "Chairing skills")
			.param("support", "Mentor")
			.param("byWhen", "2027-05-31")
			.with(user(TestUsers.of(Role.CHAIR, TestUsers.PCT, 17L)))
			.with(csrf())).hasStatusOk()
			.body()
			.asString()
			.contains("value=\"Chairing skills\"")
			.contains("value=\"Mentor\"")
			.contains("name=\"byWhen-day\" value=\"31\"").contains("name=\"byWhen-month\" value=\"5\"").contains("name=\"byWhen-year\" value=\"2027\"")
			.contains("href=\"#action\"");
	}

	@Test
	void everyProblemOfTheAssessmentIsSaidAtOnce() {
		assertThat(this.mvc.post()
			.uri("/appraisals/1/assessment")
			.param("version", "0")
			.param("rating-4", "abc")
			.param("rating-5", "0")
			.param("objectivesReview", "x".repeat(8001))
			.param("outcome", "BOGUS")
			.with(user(TestUsers.of(Role.CHAIR, TestUsers.PCT, 17L)))
			.with(csrf())).hasStatusOk()
			.body()
			.asString()
			.contains("href=\"#rating-4\"")
			.contains("href=\"#rating-5\"")
			.contains("href=\"#objectivesReview\"")
			.contains("The review of objectives must be 8,000 characters or fewer")
			.contains("nhsuk-select--error")
			.contains("href=\"#outcome\"");
		verify(this.editor, never()).assess(anyLong(), anyLong(), any(), any(), any());
	}

	@Test
	void openingAnAppraisalSaysEveryProblemAndTreatsAWordForAPersonAsNoChoice() {
		given(this.appraisals.list(org.mockito.ArgumentMatchers.anyInt())).willReturn(new AppraisalService.AppraisalsPage(
				new org.springframework.data.domain.PageImpl<>(List.of()), Map.of(100L, "James Whitaker"), List.of(),
				List.of(100L)));

		assertThat(this.mvc.post()
			.uri("/appraisals")
			.param("personId", "abc")
			.param("periodFrom", "2026-02-30")
			.with(user(TestUsers.of(Role.CHAIR, TestUsers.PCT, 17L)))
			.with(csrf()))
			.body()
			.asString()
			.contains("href=\"#personId\"")
			.contains("href=\"#periodFrom\"")
			.contains("href=\"#periodTo\"");
	}

	@Test
	void theAppraiseeCannotAddToThePlanWhateverTheySend() {
		willThrow(new org.springframework.security.access.AccessDeniedException("Only the appraiser")).given(this.editor)
			.checkAppraiser(1L);

		assertThat(this.mvc.post()
			.uri("/appraisals/1/pdp")
			.param("version", "0")
			.with(user(TestUsers.of(Role.MEMBER, TestUsers.PCT, 100L)))
			.with(csrf())).hasStatus(403);
	}

	@Test
	void theSecretaryAndShaViewersCannotReachAppraisals() {
		assertThat(this.mvc.get().uri("/appraisals/1").with(user(TestUsers.of(Role.SECRETARY)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/appraisals").with(user(TestUsers.of(Role.SHA_VIEWER)))).hasStatus(403);
	}

}
