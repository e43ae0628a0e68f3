package org.pecgov.member;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.pecgov.audit.AuditService;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.support.FixedClock;
import org.pecgov.support.FormParams;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
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

@WebMvcTest(PersonController.class)
@Import({ SecurityConfig.class, FixedClock.class })
class PersonControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private PersonService people;

	@MockitoBean
	private AuditService audit;

	private final Person hart = PersonBuilder.aPerson().id(7).version(3).build();

	@Test
	void listsMembersForTheChair() {
		given(this.people.list(any(), anyInt())).willReturn(new PageImpl<>(List.of(this.hart), PageRequest.of(0, 25), 1));

		MvcTestResult result = this.mvc.get().uri("/members").with(user(TestUsers.of(Role.CHAIR))).exchange();

		assertThat(result).hasStatusOk().hasViewName("members/list");
		assertThat(result).bodyText().contains("Hart, Amelia").contains("General practitioner");
	}

	@Test
	void paginatesKeepingTheFilters() {
		given(this.people.list(any(), anyInt()))
			.willReturn(new PageImpl<>(List.of(this.hart), PageRequest.of(1, 25), 100));

		MvcTestResult result = this.mvc.get()
			.uri("/members?q=hart&page=2")
			.with(user(TestUsers.of(Role.CHAIR)))
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Showing 26 to 26 of 100")
			.contains("nhsuk-pagination__item nhsuk-pagination__item--current")
			.contains("href=\"/members?q=hart&amp;page=3\"")
			.contains("aria-current=\"page\"");
	}

	@Test
	void passesSearchAndFiltersToTheServiceAndForgivesNonsense() {
		given(this.people.list(any(), anyInt())).willReturn(Page.empty());

		assertThat(this.mvc.get()
			.uri("/members?q= hart &profession=NONSENSE&page=abc&retired=true")
			.with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk();

		verify(this.people).list(new PersonFilter("hart", null, true), 0);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "MEMBER", "SHA_VIEWER", "OPERATOR" })
	void refusesTheListToRolesThatMayNotReadTheRegister(Role role) {
		assertThat(this.mvc.get().uri("/members").with(user(TestUsers.of(role)))).hasStatus(403);
	}

	@Test
	void sendsAnonymousUsersToLogIn() {
		assertThat(this.mvc.get().uri("/members")).hasStatus(302).redirectedUrl().endsWith("/login");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CHAIR", "SECRETARY", "MEMBER", "SHA_VIEWER", "OPERATOR" })
	void onlyAdministratorsMayAddMembers(Role role) {
		assertThat(this.mvc.get().uri("/members/new").with(user(TestUsers.of(role)))).hasStatus(403);
		assertThat(this.mvc.post().uri("/members").with(user(TestUsers.of(role))).with(csrf()).param("familyName", "X"))
			.hasStatus(403);
		verify(this.people, never()).create(any());
	}

	@Test
	void refusesAWriteWithoutACsrfToken() {
		assertThat(this.mvc.post().uri("/members").with(user(TestUsers.of(Role.ADMIN))).params(valid().build()))
			.hasStatus(403);
		verify(this.people, never()).create(any());
	}

	@Test
	void createsAMemberAndRedirectsWithAMessage() {
		given(this.people.create(any())).willReturn(this.hart);

		MvcTestResult result = post("/members", valid());

		assertThat(result).hasStatus(302).hasRedirectedUrl("/members/7");
		assertThat(result).flash().containsEntry("flashKey", "member.created");
	}

	@ParameterizedTest(name = "{0}={1} is refused")
	@CsvSource(delimiter = '|', value = { "familyName|''", "givenName|''", "email|not-an-email", "profession|''",
			"patientFacingDays|6", "patientFacingDays|-1", "patientFacingDays|abc", "patientFacingDays|2.25",
			"practising|''", "registrationNumber|123456", "phone|call me maybe", "version|abc" })
	void refusesBadInputBesideTheFieldAndKeepsIt(String field, String value) {
		MvcTestResult result = post("/members", valid().set(field, value));

		assertThat(result).hasStatusOk().hasViewName("members/form");
		assertThat(result).model().extractingBindingResult("personForm").hasFieldErrors(field);
		assertThat(result).bodyText().contains("There is a problem").contains("href=\"#" + field + "\"");
		if (!value.isEmpty()) {
			assertThat(result).bodyText().contains("value=\"" + value + "\"");
		}
		verify(this.people, never()).create(any());
	}

	@ParameterizedTest(name = "{0} {1} {2}: {3}")
	@CsvSource(delimiter = '|', value = { "30|2|2026|Start date must be a real date|day month year",
			"1|''|2026|Start date must include a month|month", "''|''|2026|Start date must include a day and month|day month",
			"1|1|26|Start date must have a year of 4 numbers, like 2027|year",
			"1|13|2026|Start date must be a real date: the month is a number from 1 to 12, or its name|month",
			"32|1|2026|Start date must be a real date: the day is a number from 1 to 31|day",
			"1|1|1900|Start date must be between 5 July 1948|day month year" })
	void saysWhichPartOfADateIsWrongAndKeepsWhatWasTyped(String day, String month, String year, String message,
			String wrongParts) throws Exception {
		MvcTestResult result = post("/members", valid().remove("startDate")
			.set("startDate-day", day)
			.set("startDate-month", month)
			.set("startDate-year", year));

		assertThat(result).hasStatusOk().hasViewName("members/form");
		assertThat(result).model().extractingBindingResult("personForm").hasFieldErrors("startDate");
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String firstWrong = wrongParts.contains("day") ? "startDate"
				: wrongParts.contains("month") ? "startDate-month" : "startDate-year";
		assertThat(body).contains("There is a problem").contains(message).contains("href=\"#" + firstWrong + "\"");
		java.util.Map<String, String> typed = java.util.Map.of("startDate", day, "startDate-month", month,
				"startDate-year", year);
		typed.forEach((id, value) -> {
			java.util.regex.Matcher box = java.util.regex.Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*>")
				.matcher(body);
			assertThat(box.find()).as(id).isTrue();
			assertThat(box.group()).as(id).contains("value=\"" + value + "\"");
			String part = id.equals("startDate") ? "day" : id.substring("startDate-".length());
			assertThat(box.group().contains("nhsuk-input--error")).as(id + " marked").isEqualTo(wrongParts.contains(part));
		});
		verify(this.people, never()).create(any());
	}

	@ParameterizedTest(name = "{0} {1} {2} is {3}")
	@CsvSource({ "1,4,2026,2026-04-01", "01,04,2026,2026-04-01", "' 9 ',Sept,2026,2026-09-09", "29,february,2028,2028-02-29" })
	void readsTheThreeBoxesOfADate(String day, String month, String year, String date) {
		given(this.people.create(any())).willReturn(this.hart);

		MvcTestResult result = post("/members", valid().remove("startDate")
			.set("startDate-day", day)
			.set("startDate-month", month)
			.set("startDate-year", year));

		assertThat(result).hasStatus(302);
		org.mockito.ArgumentCaptor<PersonDetails> form = org.mockito.ArgumentCaptor.forClass(PersonDetails.class);
		verify(this.people).create(form.capture());
		assertThat(form.getValue().startDate()).isEqualTo(java.time.LocalDate.parse(date));
	}

	@Test
	void leavesAnOptionalDateEmptyWhenNoBoxIsFilled() {
		given(this.people.create(any())).willReturn(this.hart);

		MvcTestResult result = post("/members", valid().remove("startDate")
			.set("startDate-day", "")
			.set("startDate-month", "")
			.set("startDate-year", ""));

		assertThat(result).hasStatus(302);
		org.mockito.ArgumentCaptor<PersonDetails> form = org.mockito.ArgumentCaptor.forClass(PersonDetails.class);
		verify(this.people).create(form.capture());
		assertThat(form.getValue().startDate()).isNull();
	}

	@Test
	void saysATakenEmailTogetherWithTheFormsOwnProblems() {
		given(this.people.problemsOf(any(), any())).willReturn(
				java.util.List.of(new org.pecgov.shared.FieldException.Problem("email", "person.email.duplicate")));

		MvcTestResult result = post("/members", valid().set("familyName", "").set("profession", ""));

		assertThat(result).hasStatusOk().hasViewName("members/form");
		assertThat(result).model()
			.extractingBindingResult("personForm")
			.hasFieldErrors("familyName", "profession", "email");
		verify(this.people, never()).create(any());
	}

	@Test
	void refusesAProfessionThatIsNotOnTheList() {
		MvcTestResult result = post("/members", valid().set("profession", "NONSENSE"));

		assertThat(result).model().extractingBindingResult("personForm").hasFieldErrors("profession");
		assertThat(result).bodyText().contains("Choose the profession from the list");
		verify(this.people, never()).create(any());
	}

	@Test
	void refusesANameOf300Characters() {
		MvcTestResult result = post("/members", valid().set("givenName", "a".repeat(300)));

		assertThat(result).model().extractingBindingResult("personForm").hasFieldErrors("givenName");
		assertThat(result).bodyText().contains("Given name must be 100 characters or fewer");
	}

	@Test
	void explainsTheGmcFormat() {
		MvcTestResult result = post("/members", valid().set("registrationNumber", "123456"));

		assertThat(result).bodyText().contains("Enter a GMC number of 7 digits");
	}

	@Test
	void keepsScriptAsTextAndShowsItEscaped() {
		MvcTestResult result = post("/members", valid().set("givenName", "<script>alert(1)</script>").set("email", "x"));

		assertThat(result).bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void showsADuplicateEmailBesideTheField() {
		given(this.people.create(any())).willThrow(new FieldException("email", "person.email.duplicate"));

		MvcTestResult result = post("/members", valid());

		assertThat(result).hasStatusOk().model().extractingBindingResult("personForm").hasFieldErrors("email");
		assertThat(result).bodyText().contains("Another member of this PCT already has this email address");
	}

	@Test
	void showsTheConflictPageWithTheUsersInputAndTheCurrentValues() {
		given(this.people.get(7L)).willReturn(this.hart);
		given(this.people.update(eq(7L), anyLong(), any())).willThrow(new StaleEditException("Person", 7L));

		MvcTestResult result = post("/members/7", valid().set("familyName", "Hart-Smith").set("version", "2"));

		assertThat(result).hasStatus(409).hasViewName("members/form");
		assertThat(result).bodyText()
			.contains("Someone else changed this record")
			.contains("value=\"Hart-Smith\"")
			.contains("Amelia Hart")
			.contains("name=\"version\" value=\"3\"");
	}

	@Test
	void showsTheNotFoundPageForAnotherPctsMember() {
		given(this.people.get(99L)).willThrow(new NotFoundException("Person", 99L));

		MvcTestResult result = this.mvc.get().uri("/members/99").with(user(TestUsers.of(Role.CHAIR))).exchange();

		assertThat(result).hasStatus(404).hasViewName("error/404");
		assertThat(result).bodyText().contains("Page not found");
	}

	@Test
	void retiresAMember() {
		given(this.people.retire(7L, 3L)).willReturn(this.hart);

		MvcTestResult result = this.mvc.post()
			.uri("/members/7/retire")
			.param("version", "3")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(302).hasRedirectedUrl("/members/7");
		assertThat(result).flash().containsEntry("flashKey", "member.retired");
	}

	@Test
	void asksBeforeRetiringAndCanReinstate() {
		given(this.people.get(7L)).willReturn(this.hart);
		given(this.people.reinstate(7L, 3L)).willReturn(this.hart);

		assertThat(this.mvc.get().uri("/members/7/retire").with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk()
			.bodyText()
			.contains("Retire Amelia Hart?")
			.contains("Yes, retire this member");
		MvcTestResult reinstated = this.mvc.post()
			.uri("/members/7/reinstate")
			.param("version", "3")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();
		assertThat(reinstated).hasStatus(302).flash().containsEntry("flashKey", "member.reinstated");
		assertThat(this.mvc.post().uri("/members/7/reinstate").param("version", "3").with(user(TestUsers.of(Role.MEMBER)))
			.with(csrf())).hasStatus(403);
	}

	@Test
	void aStaleRetireGets409WithALinkBackToTheRecord() {
		given(this.people.retire(7L, 2L)).willThrow(new StaleEditException("Person", 7L));

		MvcTestResult result = this.mvc.post()
			.uri("/members/7/retire")
			.param("version", "2")
			.header("Referer", "http://localhost/members/7/retire")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(409).bodyText().contains("href=\"/members/7/retire\"");
	}

	@Test
	void listsErrorsInTheOrderOfTheFields() throws Exception {
		MvcTestResult result = post("/members", new FormParams());

		String body = result.getResponse().getContentAsString();
		String summary = body.substring(body.indexOf("nhsuk-error-summary__list"), body.indexOf("</ul>",
				body.indexOf("nhsuk-error-summary__list")));
		assertThat(summary).containsSubsequence("#givenName", "#familyName", "#email", "#profession", "#practising",
				"#patientFacingDays");
	}

	@Test
	void aPageBeyondTheLastGoesToTheLast() {
		given(this.people.list(any(), anyInt())).willReturn(new PageImpl<>(List.of(), PageRequest.of(99, 25), 30));

		assertThat(this.mvc.get().uri("/members?q=a&page=100").with(user(TestUsers.of(Role.ADMIN)))).hasStatus(302)
			.hasRedirectedUrl("/members?q=a&page=2");
	}

	@Test
	void letsAMemberChangeTheirOwnContactDetailsOnly() {
		given(this.people.get(100L)).willReturn(this.hart);

		MvcTestResult result = this.mvc.post()
			.uri("/members/100/contact")
			.param("version", "3")
			.param("email", "new@test.example")
			.param("phone", "01632 960 999")
			.with(user(TestUsers.of(Role.MEMBER)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(302).hasRedirectedUrl("/members/100");
		verify(this.people).updateContact(100L, 3L, "new@test.example", "01632 960 999");
		assertThat(this.mvc.get().uri("/members/100/edit").with(user(TestUsers.of(Role.MEMBER)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/members/100/contact").with(user(TestUsers.of(Role.ADMIN)))).hasStatus(403);
	}

	private MvcTestResult post(String uri, FormParams params) {
		return this.mvc.post().uri(uri).params(params.build()).with(user(TestUsers.of(Role.ADMIN))).with(csrf())
			.exchange();
	}

	private static FormParams valid() {
		return new FormParams().set("title", "Dr")
			.set("givenName", "Amelia")
			.set("familyName", "Hart")
			.set("email", "amelia.hart@test.example")
			.set("profession", "GP")
			.set("registrationBody", "GMC")
			.set("registrationNumber", "4567890")
			.set("practising", "true")
			.set("patientFacingDays", "2.5")
			.set("startDate", "2006-04-01");
	}

}
