package org.pecgov.home;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(HomeController.class)
@Import(SecurityConfig.class)
class HomeControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private HomeService home;

	@ParameterizedTest
	@CsvSource({ "OPERATOR,/operator", "SHA_VIEWER,/sha" })
	void sendsEachRoleToItsStartPage(Role role, String start) {
		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(role)))).hasStatus(302).hasRedirectedUrl(start);
	}

	@ParameterizedTest
	@CsvSource({ "ADMIN", "CHAIR", "SECRETARY" })
	void showsThePctHomePage(Role role) {
		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(role)))).hasStatusOk().bodyText().contains("Test PCT");
	}

	@Test
	void aMemberSeesTheirRemindersAndTheirOwnPages() {
		given(this.home.work()).willReturn(List.of(new HomeNotice("home.reminder.ROUND_CLOSING",
				new Object[] { 2026, "30 June 2026", 3L }, "/declarations/mine", "home.reminder.act.declarations", true)));

		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(Role.MEMBER)))).hasStatusOk()
			.bodyText()
			.contains("The 2026 round of declarations closes on 30 June 2026, in 3 days.")
			.contains("Overdue")
			.contains("Go to my declarations")
			.contains("My declarations")
			.doesNotContain("Audit trail");
	}

	@Test
	void withNothingToDoTheHomePageSaysSo() {
		given(this.home.work()).willReturn(List.of());

		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(Role.CHAIR)))).hasStatusOk()
			.bodyText()
			.contains("You have nothing to do at the moment.");
	}

	@Test
	void aPieceOfWorkSaysHowManyNamesThemWhereFewAndLinksToWhereItIsDone() {
		given(this.home.work()).willReturn(List.of(
				HomeNotice.of(HomeNotice.Urgency.OVERDUE, "home.todo.APPRAISALS_OVERDUE", new Object[] { 2 },
						List.of("Kate Lindley", "Sam Patel"), "/appraisals", "home.todo.act.appraisals"),
				HomeNotice.of(HomeNotice.Urgency.DUE_SOON, "home.todo.TERMS_ENDING", new Object[] { 9, 90 },
						List.of("A", "B", "C", "D", "E", "F", "G", "H", "I"), "/terms", "home.todo.act.terms")));

		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(Role.CHAIR)))).hasStatusOk()
			.bodyText()
			.contains("2 appraisals you hold are overdue.")
			.contains("Kate Lindley")
			.contains("Sam Patel")
			.contains("9 terms of office end within 90 days.")
			.contains("Due soon")
			.doesNotContain("You have nothing to do at the moment.");
		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(Role.CHAIR)))).bodyText()
			.doesNotContain("<li>I</li>");
		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(Role.CHAIR)))).body()
			.asString()
			.contains("href=\"/appraisals\"")
			.contains("href=\"/terms\"");
	}

	@Test
	void theReturnsOfTheRoundShowAsAProgressBarWithItsFigures() {
		given(this.home.work()).willReturn(List.of(HomeNotice
			.of(HomeNotice.Urgency.TO_DO, "home.reminder.OUTSTANDING", new Object[] { 3, 2026, "30 April 2026" },
					List.of(), "/interests", "home.reminder.act.register")
			.withProgress(9, 12)));

		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(Role.SECRETARY)))).body()
			.asString()
			.contains("9 of 12 done (75%)")
			.contains("<progress")
			.contains("max=\"12\"")
			.contains("value=\"9\"");
	}

	@Test
	void anAdministratorOfAPctNotYetSetUpGetsTheSetUpTaskList() {
		given(this.home.setUp()).willReturn(List.of(
				new SetUpTask(10, "setup.posts", SetUpTask.Status.DONE, "/committees/1"),
				new SetUpTask(20, "setup.members", SetUpTask.Status.IN_PROGRESS, "/members"),
				new SetUpTask(30, "setup.users", SetUpTask.Status.NOT_STARTED, "/admin/users")));

		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk()
			.bodyText()
			.contains("Set up your PCT")
			.contains("1 of 3 set-up tasks done.")
			.contains("Members and their appointments")
			.contains("Completed")
			.contains("In progress")
			.contains("Not started");
	}

	@Test
	void anAdministratorOfAPctSetUpSeesNoTaskList() {
		given(this.home.setUp()).willReturn(List.of(
				new SetUpTask(10, "setup.posts", SetUpTask.Status.DONE, "/committees/1"),
				new SetUpTask(30, "setup.users", SetUpTask.Status.DONE, "/admin/users")));

		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk()
			.bodyText()
			.doesNotContain("Set up your PCT");
	}

	@Test
	void theAccessibilityStatementIsPublic() {
		assertThat(this.mvc.get().uri("/accessibility")).hasStatusOk().bodyText().contains("WCAG");
	}

	@Test
	void anUnknownPageIsTheNotFoundPage() {
		assertThat(this.mvc.get().uri("/members/abc/def").with(user(TestUsers.of(Role.ADMIN)))).hasStatus(404);
	}

}
