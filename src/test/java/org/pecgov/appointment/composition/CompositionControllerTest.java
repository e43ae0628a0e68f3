package org.pecgov.appointment.composition;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pecgov.appointment.ballot.BallotService;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeDetails;
import org.pecgov.committee.CommitteeKind;
import org.pecgov.committee.CompositionRules;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.organisation.PctSettings;
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
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(CompositionController.class)
@Import(SecurityConfig.class)
class CompositionControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CompositionService composition;

	@MockitoBean
	private TermsService terms;

	@MockitoBean
	private SkillsService skills;

	@MockitoBean
	private BallotService ballots;

	@Test
	void showsEachRuleMetOrNotWithItsReasonAndTheVacantPosts() {
		Committee pec = new Committee(TestUsers.PCT, CommitteeKind.PEC,
				new CommitteeDetails("Professional Executive Committee", null, 5, 3, true));
		ReflectionTestUtils.setField(pec, "id", 1L);
		Post post = new Post(TestUsers.PCT, 1L, PostKind.CLINICAL_MEMBER, "Clinical member (urgent care)");
		ReflectionTestUtils.setField(post, "id", 2L);
		given(this.composition.composition(1L)).willReturn(new CompositionView(pec, PctSettings.defaultsFor(1L),
				List.of(new CompositionView.Row(post, List.of(), null, List.of())),
				List.of(new CompositionRules.Result(CompositionRules.Rule.CLINICAL_COUNT, false, 3, 4, 8),
						new CompositionRules.Result(CompositionRules.Rule.CORE_MANAGEMENT, false,
								List.of(PostKind.DIRECTOR_OF_FINANCE)),
						new CompositionRules.Result(CompositionRules.Rule.GP, true, 2L, 1))));

		assertThat(this.mvc.get().uri("/committees/1/composition").with(user(TestUsers.of(Role.SECRETARY))))
			.hasStatusOk()
			.bodyText()
			.contains("3 clinical members: your PCT needs 4 to 8")
			.contains("Director of finance")
			.contains("2 GPs among clinical members (at least 1)")
			.contains("2 rules not met")
			.contains("Vacant");
	}

	@Test
	void warnsOnTermsThatAreNotStaggered() {
		given(this.terms.terms()).willReturn(new TermsView(List.of(), TermsService.forecast(List.of(),
				LocalDate.of(2026, 11, 23)),
				List.of(new TermsView.StaggerWarning(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 9, 30), 4, 7)),
				List.of(), 7, 6, List.of()));

		assertThat(this.mvc.get().uri("/terms").with(user(TestUsers.of(Role.CHAIR)))).hasStatusOk()
			.bodyText()
			.contains("Terms are not staggered")
			.contains("4 of the 7 clinical members")
			.contains("Q4 2026");
	}

	@Test
	void membersMayReadTermsButNotSkills() {
		given(this.terms.terms()).willReturn(new TermsView(List.of(), List.of(), List.of(), List.of(), 0, 6, List.of()));

		assertThat(this.mvc.get().uri("/terms").with(user(TestUsers.of(Role.MEMBER)))).hasStatusOk();
		assertThat(this.mvc.get().uri("/skills").with(user(TestUsers.of(Role.MEMBER)))).hasStatus(403);
	}

}
