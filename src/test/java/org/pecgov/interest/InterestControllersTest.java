package org.pecgov.interest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.interest.directory.DirectoryOrganisation;
import org.pecgov.interest.directory.DirectoryService;
import org.pecgov.interest.directory.DirectoryType;
import org.pecgov.interest.round.RoundService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonBuilder;
import org.pecgov.member.PersonService;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.shared.FieldException;
import org.pecgov.support.FixedClock;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest({ DeclarationController.class, InterestController.class })
@Import({ SecurityConfig.class, FixedClock.class })
class InterestControllersTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private DeclarationService declarations;

	@MockitoBean
	private DirectoryService directory;

	@MockitoBean
	private PersonService people;

	@MockitoBean
	private RoundService rounds;

	@MockitoBean
	private org.pecgov.organisation.OrganisationService organisations;

	@MockitoBean
	private org.pecgov.committee.CommitteeService committees;

	private final DirectoryOrganisation trust = withId(new DirectoryOrganisation(TestUsers.PCT, DirectoryType.NHS_PROVIDER,
			"Northshire Hospitals NHS Foundation Trust", "RX1"), 3L);

	private final Person collins = PersonBuilder.aPerson().id(100).named("Sarah", "Collins").build();

	@BeforeEach
	void aDirectory() {
		given(this.directory.active()).willReturn(List.of(this.trust));
		given(this.people.byIds(any())).willReturn(List.of(this.collins));
		// a declaration as the service returns it: waiting for review
		given(this.declarations.declare(anyLong(), any())).willReturn(new Declaration(1L, 100L,
				new DeclarationDetails(InterestKind.FINANCIAL, null, InterestCategory.SHAREHOLDING, "Shares",
						java.time.LocalDate.of(2026, 10, 1), null, null, true, java.util.Set.of()),
				java.util.Set.of(), java.time.LocalDate.of(2026, 11, 23), "test"));
	}

	@Test
	void aMemberDeclaresTheirOwnInterest() {
		MvcTestResult result = declare(TestUsers.of(Role.MEMBER), "FINANCIAL", "", "2026-10-01");

		assertThat(result).hasStatus(302).hasRedirectedUrl("/declarations/mine");
		// the member is told at once that it waits for review before the public sees it
		assertThat(result).flash().extractingByKey("flashKey").isEqualTo("declaration.created.review");
		verify(this.declarations).declare(eq(100L), any());
	}

	@Test
	void everyProblemOfADeclarationIsSaidAtOnceWithTheInputKept() {
		// the service's own rule (a close associate's relationship) is checked with the form's, not after them
		given(this.declarations.problemsOf(any())).willReturn(List.of(new org.pecgov.shared.FieldException.Problem(
				"relationship", "declaration.relationship.required")));

		assertThat(this.mvc.post()
			.uri("/declarations")
			.param("kind", "INDIRECT")
			.param("description", "Partner is a director of a supplier")
			.param("fromDate", "1800-01-01")
			.with(user(TestUsers.of(Role.MEMBER)))
			.with(csrf())).hasStatusOk()
			.body()
			.asString()
			.startsWith("<!DOCTYPE html>")
			.contains("<title>Error: ")
			.contains("Choose the category of interest")
			.contains("Choose whether you consent to this being published")
			.contains("Enter dates between 1948 and 2100")
			.contains("Enter the close associate")
			.contains("Partner is a director of a supplier");
		verify(this.declarations, never()).declare(anyLong(), any());
	}

	@Test
	void aDeclarationMadeLateIsSaidToBeRecordedAsLateAtOnce() {
		given(this.declarations.isLate(any())).willReturn(true);

		MvcTestResult result = declare(TestUsers.of(Role.MEMBER), "FINANCIAL", "", "2026-01-01");

		assertThat(result).hasStatus(302)
			.flash()
			.extractingByKey("important")
			.satisfies((notice) -> assertThat(((org.pecgov.web.Flash.Important) notice).key())
				.isEqualTo("declaration.late"));
	}

	@Test
	void refusesBadInputKeepingIt() {
		given(this.declarations.declare(eq(100L), any()))
			.willThrow(new FieldException("relationship", "declaration.relationship.required"));

		MvcTestResult result = declare(TestUsers.of(Role.MEMBER), "INDIRECT", "", "2026-10-01");

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Enter the close associate&#39;s relationship to you")
			.contains("Shares in a provider &lt;script&gt;");
	}

	@Test
	void refusesADateThatIsNotReal() {
		MvcTestResult result = declare(TestUsers.of(Role.MEMBER), "FINANCIAL", "", "2026-02-30");

		assertThat(result).hasStatusOk().bodyText().contains("The date the interest began must be a real date");
		verify(this.declarations, never()).declare(anyLong(), any());
	}

	@Test
	void aMemberCannotOpenAFormForSomeoneElse() {
		assertThat(this.mvc.get().uri("/declarations/new?person=7").with(user(TestUsers.of(Role.MEMBER)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/declarations/new?person=7").with(user(TestUsers.of(Role.CHAIR)))).hasStatus(403);
		given(this.declarations.getForChange(9L)).willThrow(new AccessDeniedException("not yours"));
		assertThat(this.mvc.get().uri("/declarations/9/edit").with(user(TestUsers.of(Role.MEMBER)))).hasStatus(403);
	}

	@Test
	void reportsAnImplausibleEndDateAgainstTheEndDate() {
		MvcTestResult result = this.mvc.post()
			.uri("/declarations")
			.param("kind", "FINANCIAL")
			.param("category", "SHAREHOLDING")
			.param("description", "Shares")
			.param("fromDate", "2024-01-01")
			.param("toDate", "2200-01-01")
			.param("publishConsent", "true")
			.with(user(TestUsers.of(Role.MEMBER)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("href=\"#toDate\"").doesNotContain("href=\"#fromDate\"");
		verify(this.declarations, never()).declare(anyLong(), any());
	}

	@Test
	void aStaleEndKeepsTheDateTyped() {
		Declaration declaration = withId(new Declaration(TestUsers.PCT, 100L, new DeclarationDetails(InterestKind.FINANCIAL,
				null, InterestCategory.SHAREHOLDING, "Shares in a provider", LocalDate.of(2026, 1, 1), null, null, true,
				Set.of()), Set.of(), LocalDate.of(2026, 1, 1), "test"), 9L);
		given(this.declarations.getForChange(9L)).willReturn(declaration);
		given(this.declarations.end(eq(9L), anyLong(), any()))
			.willThrow(new org.pecgov.shared.StaleEditException("Declaration", 9L));

		assertThat(this.mvc.post()
			.uri("/declarations/9/end")
			.param("version", "0")
			.param("endOn-day", "1")
			.param("endOn-month", "3")
			.param("endOn-year", "2026")
			.with(user(TestUsers.of(Role.MEMBER)))
			.with(csrf())).hasStatus(409)
			.bodyText()
			.contains("name=\"endOn-day\" value=\"1\"")
			.contains("name=\"endOn-month\" value=\"3\"")
			.contains("name=\"endOn-year\" value=\"2026\"");
	}

	@Test
	void theStaffRegisterListsAndFilters() {
		Declaration declaration = new Declaration(TestUsers.PCT, 100L, new DeclarationDetails(InterestKind.FINANCIAL, null,
				InterestCategory.SHAREHOLDING, "Shares in a provider", LocalDate.of(2026, 1, 1), null, null, true,
				Set.of()), Set.of(this.trust), LocalDate.of(2026, 1, 1), "test");
		given(this.declarations.search(any(), anyInt())).willReturn(new PageImpl<>(
				List.of(new DeclarationService.Entry(declaration, "Sarah Collins", true)), PageRequest.of(0, 25), 1));

		assertThat(this.mvc.get()
			.uri("/interests?q=collins&kind=FINANCIAL&organisation=3&status=current")
			.with(user(TestUsers.of(Role.SECRETARY)))).hasStatusOk()
			.bodyText()
			.contains("Sarah Collins")
			.contains("Northshire Hospitals NHS Foundation Trust");
		verify(this.declarations).search(new InterestFilter(null, "collins", InterestKind.FINANCIAL, null, 3L, true), 0);
		assertThat(this.mvc.get().uri("/interests").with(user(TestUsers.of(Role.MEMBER)))).hasStatus(403);
	}

	@Test
	void everyoneWithACurrentInterestInAnOrganisation() {
		given(this.directory.get(3L)).willReturn(this.trust);
		given(this.declarations.currentIn(3L)).willReturn(List.of());

		assertThat(this.mvc.get().uri("/interests/organisations/3").with(user(TestUsers.of(Role.CHAIR)))).hasStatusOk()
			.bodyText()
			.contains("Northshire Hospitals NHS Foundation Trust");
	}

	@Test
	void onlyAdministratorsAndSecretariesKeepTheDirectory() {
		assertThat(this.mvc.post().uri("/interests/organisations").param("name", "X").param("type", "SUPPLIER")
			.with(user(TestUsers.of(Role.CHAIR))).with(csrf())).hasStatus(403);
		given(this.directory.add(DirectoryType.SUPPLIER, "MedSupply UK Ltd", null))
			.willThrow(new FieldException("name", "directory.name.duplicate"));
		given(this.directory.list(anyInt())).willReturn(new PageImpl<>(List.of(this.trust), PageRequest.of(0, 50), 1));
		assertThat(this.mvc.post().uri("/interests/organisations").param("name", "MedSupply UK Ltd")
			.param("type", "SUPPLIER").with(user(TestUsers.of(Role.SECRETARY))).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("already has an organisation with this name");
	}

	private MvcTestResult declare(org.pecgov.security.PecgovPrincipal who, String kind, String relationship,
			String from) {
		return this.mvc.post()
			.uri("/declarations")
			.param("kind", kind)
			.param("relationship", relationship)
			.param("category", "SHAREHOLDING")
			.param("description", "Shares in a provider <script>")
			.param("fromDate", from)
			.param("publishConsent", "true")
			.param("organisationIds", "3")
			.with(user(who))
			.with(csrf())
			.exchange();
	}

	private static <T> T withId(T entity, long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		return entity;
	}

}
