package org.pecgov.outbox;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.MailText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 17 §1 with a real mail server (GreenMail): each email has a plain text and an HTML part with the link to
 * the page and to the person's preferences; a person's choice per kind is honoured (at once, weekly digest, not at
 * all), except for emails their PCT requires and those about their account; a digest groups a person's held
 * messages of one PCT in one email, sent once.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"pecgov.mail-from=pecgov@northshire.example", "pecgov.base-url=http://localhost:8080" })
class NoticePreferencesMailTest {

	@RegisterExtension
	static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private Outbox outbox;

	@Autowired
	private OutboxSender sender;

	@Autowired
	private DigestSender digests;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserDetailsService users;

	private long pct;

	private long person;

	private String email;

	@BeforeEach
	void aPerson() {
		this.pct = new DemoIds(this.jdbc).organisation("NSH");
		this.email = "notices." + System.nanoTime() + "@example.org";
		this.person = this.jdbc.queryForObject("""
				insert into person (organisation_id, given_name, family_name, email, profession) values (?, 'Nia', 'Prosser', ?, 'NURSE')
				returning id""", Long.class, this.pct, this.email);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from outbox_message where person_id = ?", this.person);
		this.jdbc.update("delete from required_notice where organisation_id = ?", this.pct);
		this.jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second'"
				+ " where name in ('outbox-sender', 'outbox-digest')");
	}

	@Test
	void anEmailHasTextAndHtmlPartsWithThePageAndThePreferences() throws Exception {
		write("AGENDA_PUBLISHED", "one");
		this.sender.sendWaiting();

		MimeMessage mail = only();
		assertThat(MailText.text(mail)).contains("Dear Nia Prosser,")
			.contains("http://localhost:8080/meetings/1")
			.contains("http://localhost:8080/account/notifications");
		assertThat(MailText.html(mail)).contains("<a href=\"http://localhost:8080/meetings/1\"")
			.contains("href=\"http://localhost:8080/account/notifications\"")
			.contains("Dear Nia Prosser,");
	}

	@Test
	void aDigestGroupsTheHeldMessagesInOneEmailSentOnce() throws Exception {
		choose("AGENDA_PUBLISHED", "DIGEST");
		choose("AGENDA_CHANGED", "DIGEST");
		write("AGENDA_PUBLISHED", "one");
		write("AGENDA_CHANGED", "two");
		this.sender.sendWaiting();
		assertThat(SMTP.getReceivedMessagesForDomain(this.email)).isEmpty();
		assertThat(statuses()).containsOnly("DIGEST");

		assertThat(this.digests.sendDigests()).isGreaterThanOrEqualTo(1);
		this.digests.sendDigests();

		MimeMessage digest = only();
		assertThat(digest.getSubject()).isEqualTo("Your weekly summary from PEC governance: 2 notices");
		assertThat(MailText.text(digest)).contains("Dear Nia Prosser,").contains("The agenda of the PEC meeting").contains("/meetings/1");
		assertThat(MailText.html(digest)).contains("href=\"http://localhost:8080/meetings/1\"");
		assertThat(statuses()).containsOnly("SENT");
	}

	@Test
	void notWantedIsNotSentUnlessThePctRequiresItOrItIsAboutTheAccount() throws Exception {
		choose("AGENDA_PUBLISHED", "NONE");
		choose("AGENDA_CHANGED", "NONE");
		this.jdbc.update("insert into required_notice (organisation_id, kind) values (?, 'AGENDA_CHANGED')", this.pct);
		write("AGENDA_PUBLISHED", "one");
		write("AGENDA_CHANGED", "two");
		this.sender.sendWaiting();

		MimeMessage mail = only();
		assertThat(mail.getSubject()).contains("changed");
		assertThat(this.jdbc.queryForList("select status from outbox_message where person_id = ? order by id",
				String.class, this.person)).containsExactly("SKIPPED", "SENT");
	}

	@Test
	void eachUserChoosesOnMyAccountAndAdministratorsChooseWhatIsRequired() {
		long member = new DemoIds(this.jdbc).personOfUser("member@northshire.example");
		assertThat(this.mvc.get().uri("/account/notifications").with(user(this.users.loadUserByUsername("member@northshire.example"))))
			.hasStatusOk()
			.bodyText()
			.contains("Emails you receive")
			.contains("Weekly summary");
		assertThat(this.mvc.post()
			.uri("/account/notifications")
			.param("mode-ACTION_DUE", "DIGEST")
			.param("mode-AGENDA_PUBLISHED", "NONE")
			.param("mode-PASSWORD_RESET", "NONE")
			.with(user(this.users.loadUserByUsername("member@northshire.example")))
			.with(csrf())).hasStatus(302);
		assertThat(this.jdbc.queryForList("select kind || '=' || mode from notice_preference where person_id = ? order by kind",
				String.class, member)).contains("ACTION_DUE=DIGEST", "AGENDA_PUBLISHED=NONE").noneMatch((s) -> s.startsWith("PASSWORD"));

		assertThat(this.mvc.get().uri("/admin/notices").with(user(this.users.loadUserByUsername("member@northshire.example"))))
			.hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/admin/notices")
			.param("kind", "AGENDA_PUBLISHED", "PASSWORD_RESET", "NOT_A_KIND")
			.with(user(this.users.loadUserByUsername("admin@northshire.example")))
			.with(csrf())).hasStatus(302);
		assertThat(this.jdbc.queryForList("select kind from required_notice where organisation_id = ?", String.class,
				this.pct)).containsExactly("AGENDA_PUBLISHED");
		// both choices are in the audit trail: who chose what
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where entity_type = 'RequiredNotice'"
				+ " and actor like 'admin@northshire.example%' and organisation_id = ?", Long.class, this.pct)).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where entity_type = 'NoticePreference'"
				+ " and actor like 'member@northshire.example%'", Long.class)).isPositive();
		assertThat(this.mvc.get().uri("/account/notifications").with(user(this.users.loadUserByUsername("member@northshire.example"))))
			.bodyText()
			.contains("Your PCT requires this email");
		this.jdbc.update("delete from notice_preference where person_id = ?", member);
	}

	private void choose(String kind, String mode) {
		this.jdbc.update("insert into notice_preference (person_id, kind, mode) values (?, ?, ?)", this.person, kind, mode);
	}

	private void write(String kind, String key) {
		this.transactions.executeWithoutResult((status) -> this.outbox.add(new org.pecgov.outbox.Reminder(this.pct,
				this.person, "Nia Prosser", this.email, kind, "noticetest:" + this.person + ":" + key, "/meetings/1", null,
				"PEC", "1 December 2026", "item added")));
	}

	private List<String> statuses() {
		return this.jdbc.queryForList("select status from outbox_message where person_id = ?", String.class, this.person);
	}

	private MimeMessage only() {
		MimeMessage[] received = SMTP.getReceivedMessagesForDomain(this.email);
		assertThat(received).hasSize(1);
		return received[0];
	}

}
