package org.pecgov.committee.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeDetails;
import org.pecgov.committee.CommitteeKind;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostHolders;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.competency.Competency;
import org.pecgov.competency.CompetencyFamily;
import org.pecgov.competency.CompetencyService;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest({ CommitteeController.class, PostController.class })
@Import(SecurityConfig.class)
class CommitteeAndPostControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CommitteeService committees;

	@MockitoBean
	private PostService posts;

	@MockitoBean
	private CompetencyService competencies;

	@MockitoBean
	private PostHolders holders;

	private final Committee pec = withId(new Committee(TestUsers.PCT, CommitteeKind.PEC,
			new CommitteeDetails("Clinical Executive", "Leads", 5, 3, true)), 1L);

	@BeforeEach
	void aPec() {
		given(this.committees.get(1L)).willReturn(this.pec);
		given(this.committees.committees()).willReturn(List.of(this.pec));
		given(this.competencies.catalogue()).willReturn(List.of(withId(new Competency(TestUsers.PCT,
				CompetencyFamily.MANAGEMENT, "Chairing meetings", 1), 7L)));
	}

	@Test
	void listsCommitteesWithTheirQuorum() {
		assertThat(this.mvc.get().uri("/committees").with(user(TestUsers.of(Role.CHAIR)))).hasStatusOk()
			.bodyText()
			.contains("Clinical Executive")
			.contains("5 members present, of whom 3 clinical");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CHAIR", "SECRETARY", "MEMBER", "SHA_VIEWER", "OPERATOR" })
	void onlyAdministratorsChangeCommitteesAndPosts(Role role) {
		assertThat(this.mvc.post().uri("/committees").param("name", "X").with(user(TestUsers.of(role))).with(csrf()))
			.hasStatus(403);
		assertThat(this.mvc.post().uri("/posts?committee=1").param("title", "X").with(user(TestUsers.of(role))).with(csrf()))
			.hasStatus(403);
	}

	@Test
	void refusesMoreClinicalMembersThanMembersInTheQuorum() {
		MvcTestResult result = this.mvc.post()
			.uri("/committees")
			.param("name", "PbC assessment sub-committee")
			.param("quorumMinPresent", "3")
			.param("quorumMinClinical", "4")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("Clinical members present cannot be more than members present");
		verify(this.committees, never()).createSubCommittee(any());
	}

	@Test
	void aStaleCommitteeEditGets409WithTheFormKept() {
		given(this.committees.update(eq(1L), anyLong(), any())).willThrow(new StaleEditException("Committee", 1L));

		MvcTestResult result = this.mvc.post()
			.uri("/committees/1")
			.param("version", "0")
			.param("name", "Renamed executive")
			.param("quorumMinPresent", "5")
			.param("quorumMinClinical", "3")
			.param("mode", "EXECUTIVE")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(409).bodyText().contains("Renamed executive").contains("Someone else changed");
	}

	@Test
	void aRetiredCompetencyOnANewPostIsSaidBesideTheRequirements() {
		given(this.posts.create(eq(1L), eq(PostKind.CLINICAL_MEMBER), eq("Clinical member (urgent care)"), any()))
			.willThrow(new FieldException("requirements", "post.requirement.retired"));

		MvcTestResult result = this.mvc.post()
			.uri("/posts?committee=1")
			.param("kind", "CLINICAL_MEMBER")
			.param("title", "Clinical member (urgent care)")
			.param("purpose", "Leads on urgent care")
			.param("daysPerWeek", "1")
			.param("requirements[7]", "ESSENTIAL")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("A retired competency cannot be added to a post");
	}

	@Test
	void bindsEssentialAndDesirableRequirements() {
		Post post = withId(new Post(TestUsers.PCT, 1L, PostKind.CLINICAL_MEMBER, "Clinical member (urgent care)"), 9L);
		given(this.posts.create(eq(1L), eq(PostKind.CLINICAL_MEMBER), any(), any())).willReturn(post);

		MvcTestResult result = this.mvc.post()
			.uri("/posts?committee=1")
			.param("kind", "CLINICAL_MEMBER")
			.param("title", "Clinical member (urgent care)")
			.param("purpose", "Leads on urgent care")
			.param("daysPerWeek", "1.5")
			.param("requirements[7]", "ESSENTIAL")
			.param("requirements[8]", "DESIRABLE")
			.param("requirements[9]", "")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(302).hasRedirectedUrl("/posts/9");
		verify(this.posts).create(eq(1L), eq(PostKind.CLINICAL_MEMBER), eq("Clinical member (urgent care)"),
				org.mockito.ArgumentMatchers.argThat((details) -> details.requirements()
					.equals(java.util.Map.of(7L, true, 8L, false))));
	}

	@Test
	void anotherPctsCommitteeIsNotFound() {
		given(this.committees.get(99L)).willThrow(new NotFoundException("Committee", 99L));

		assertThat(this.mvc.get().uri("/committees/99").with(user(TestUsers.of(Role.ADMIN)))).hasStatus(404);
	}

	private static <T> T withId(T entity, long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		return entity;
	}

}
