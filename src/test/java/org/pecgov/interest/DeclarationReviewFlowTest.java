package org.pecgov.interest;

import org.junit.jupiter.api.Test;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 17 §5: a member's declaration waits for review before the public sees it; the secretary publishes it in
 * edited wording (the member is told, and keeps their own words privately), asks for a change, or passes it to
 * the guardian; a PCT may publish at once instead; another PCT's reviewer finds nothing.
 */
@IntegrationTest
@Transactional
class DeclarationReviewFlowTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private jakarta.persistence.EntityManager entities;

	@Autowired
	private org.pecgov.organisation.SettingsService settingsService;

	@Test
	void nothingIsPublishedBeforeReviewAndThePublicSeesTheReviewedWording() {
		long id = declare("Director of Riverside Pharmacy Ltd, salary 42,000 a year");
		assertThat(status(id)).isEqualTo("PENDING");
		assertThat(this.mvc.get().uri("/public/NSH/register")).hasStatusOk()
			.bodyText()
			.doesNotContain("Riverside Pharmacy");
		assertThat(this.mvc.get().uri("/declarations/mine").with(user(member()))).bodyText()
			.contains("Waiting for review before it is published");
		assertThat(this.mvc.get().uri("/").with(user(secretary()))).bodyText()
			.contains("waiting for review before publication");
		assertThat(this.mvc.get().uri("/interests/review").with(user(secretary()))).hasStatusOk()
			.bodyText()
			.contains("Director of Riverside Pharmacy");

		// every problem at once, the input kept
		MvcTestResult refused = this.mvc.post()
			.uri("/interests/review/" + id + "/publish")
			.param("version", Long.toString(version(id)))
			.param("publicDescription", " ")
			.param("publicActions", "x".repeat(2001))
			.with(user(secretary()))
			.with(csrf())
			.exchange();
		assertThat(refused.getResponse().getRedirectedUrl()).isNull();
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("Enter the public wording of the description")
			.contains("Enter 2000 characters or fewer");

		assertThat(this.mvc.post()
			.uri("/interests/review/" + id + "/publish")
			.param("version", Long.toString(version(id)))
			.param("publicDescription", "Director of Riverside Pharmacy Ltd")
			.param("publicActions", "")
			.with(user(secretary()))
			.with(csrf())).hasStatus(302);

		assertThat(this.mvc.get().uri("/public/NSH/register")).bodyText()
			.contains("Director of Riverside Pharmacy Ltd")
			.doesNotContain("42,000");
		assertThat(this.mvc.get().uri("/public/NSH/register.csv")).bodyText().doesNotContain("42,000");
		assertThat(this.mvc.get().uri("/declarations/mine").with(user(member()))).bodyText()
			.contains("Published in these words: Director of Riverside Pharmacy Ltd")
			.contains("salary 42,000 a year");
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where kind = 'DECLARATION_EDITED'"
				+ " and body like '%Director of Riverside Pharmacy Ltd%' and person_id = ?", Integer.class,
				new DemoIds(this.jdbc).personOfUser("member@northshire.example"))).isEqualTo(1);

		// a later change waits for review too: the public keeps the wording published
		long v = version(id);
		assertThat(this.mvc.post()
			.uri("/declarations/" + id)
			.param("version", Long.toString(v))
			.param("kind", "FINANCIAL")
			.param("category", "OUTSIDE_EMPLOYMENT")
			.param("description", "Director and owner of Riverside Pharmacy Ltd")
			.param("fromDate", "2025-01-06")
			.param("publishConsent", "true")
			.with(user(member()))
			.with(csrf())).hasStatus(302);
		assertThat(status(id)).isEqualTo("PENDING");
		assertThat(this.mvc.get().uri("/public/NSH/register")).bodyText()
			.contains("Director of Riverside Pharmacy Ltd")
			.doesNotContain("Director and owner");

		// nor any other field of the change: its category and start stay as published
		v = version(id);
		assertThat(this.mvc.post()
			.uri("/declarations/" + id)
			.param("version", Long.toString(v))
			.param("kind", "NON_FINANCIAL_PERSONAL")
			.param("category", "PATENT")
			.param("description", "Director and owner of Riverside Pharmacy Ltd")
			.param("fromDate", "2024-03-09")
			.param("publishConsent", "true")
			.with(user(member()))
			.with(csrf())).hasStatus(302);
		assertThat(this.jdbc.queryForObject("select category || ' ' || from_date || ' ' || kind from register_entry"
				+ " where declaration_id = ?", String.class, id)).isEqualTo("OUTSIDE_EMPLOYMENT 2025-01-06 FINANCIAL");
	}

	@Test
	void aWithheldEntryStaysWithheldWhenItIsChangedAndNobodyReviewsTheirOwn() {
		long id = declare("Consultant to a bidder for the community contract");
		this.jdbc.update("update app_user set guardian = true where email = 'admin@northshire.example'");
		UserDetails guardian = this.users.loadUserByUsername("admin@northshire.example");
		assertThat(this.mvc.post()
			.uri("/interests/review/" + id + "/guardian")
			.param("version", Long.toString(version(id)))
			.param("guardianNote", "Live procurement")
			.with(user(secretary()))
			.with(csrf())).hasStatus(302);
		assertThat(this.mvc.post()
			.uri("/interests/withholding/" + id)
			.param("version", Long.toString(version(id)))
			.param("decision", "WITHHELD")
			.param("note", "Until the contract is let")
			.with(user(guardian))
			.with(csrf())).hasStatus(302);

		// the member changes one word: the guardian's decision stands, and the public never sees the text
		assertThat(this.mvc.post()
			.uri("/declarations/" + id)
			.param("version", Long.toString(version(id)))
			.param("kind", "FINANCIAL")
			.param("category", "OUTSIDE_EMPLOYMENT")
			.param("description", "Consultant to Orchard Bidco Ltd, bidding for the contract")
			.param("fromDate", "2025-01-06")
			.param("publishConsent", "true")
			.with(user(member()))
			.with(csrf())).hasStatus(302);
		assertThat(this.jdbc.queryForObject("select withhold_decision from declaration where id = ?", String.class, id))
			.isEqualTo("WITHHELD");
		assertThat(this.mvc.post()
			.uri("/interests/review/" + id + "/publish")
			.param("version", Long.toString(version(id)))
			.param("publicDescription", "Consultant to Orchard Bidco Ltd, bidding for the contract")
			.with(user(secretary()))
			.with(csrf())).hasStatus(302);
		assertThat(this.mvc.get().uri("/public/NSH/register")).bodyText().doesNotContain("Orchard Bidco");
		assertThat(this.jdbc.queryForObject("select withheld from register_entry where declaration_id = ?", Boolean.class, id))
			.isTrue();

		// a reviewer's own declaration is another reviewer's to review
		long chairPerson = new DemoIds(this.jdbc).personOfUser("chair@northshire.example");
		this.jdbc.update("update app_user set guardian = true where email = 'chair@northshire.example'");
		this.jdbc.update("update declaration set person_id = ?, review_status = 'PENDING' where id = ?", chairPerson, id);
		this.entities.clear();
		UserDetails chair = this.users.loadUserByUsername("chair@northshire.example");
		assertThat(this.mvc.get().uri("/interests/review/" + id).with(user(chair))).hasStatus(403);
		assertThat(this.mvc.get().uri("/interests/review").with(user(chair))).hasStatusOk()
			.bodyText()
			.doesNotContain("Orchard Bidco");
		assertThat(this.mvc.get().uri("/interests/review").with(user(secretary()))).bodyText().contains("Orchard Bidco");
	}

	@Test
	void theReviewerAsksForAChangeOrPassesItToTheGuardian() {
		long id = declare("Adviser to a company bidding for the out-of-hours contract");
		MvcTestResult empty = this.mvc.post()
			.uri("/interests/review/" + id + "/change")
			.param("version", Long.toString(version(id)))
			.param("changeNote", "")
			.with(user(secretary()))
			.with(csrf())
			.exchange();
		assertThat(empty).hasStatusOk().bodyText().contains("Enter what the declarant should change");

		assertThat(this.mvc.post()
			.uri("/interests/review/" + id + "/change")
			.param("version", Long.toString(version(id)))
			.param("changeNote", "Name the company")
			.with(user(secretary()))
			.with(csrf())).hasStatus(302);
		assertThat(status(id)).isEqualTo("CHANGE_ASKED");
		assertThat(this.mvc.get().uri("/declarations/mine").with(user(member()))).bodyText()
			.contains("The reviewer asks: Name the company");
		assertThat(this.mvc.get().uri("/").with(user(member()))).bodyText()
			.contains("You have been asked to change a declaration");
		// the member changes it: it waits for review again
		assertThat(this.mvc.post()
			.uri("/declarations/" + id)
			.param("version", Long.toString(version(id)))
			.param("kind", "FINANCIAL")
			.param("category", "OUTSIDE_EMPLOYMENT")
			.param("description", "Adviser to Vale Urgent Care Ltd, bidding for the out-of-hours contract")
			.param("fromDate", "2025-01-06")
			.param("publishConsent", "true")
			.with(user(member()))
			.with(csrf())).hasStatus(302);
		assertThat(status(id)).isEqualTo("PENDING");
		// a stale review is refused with the form kept
		assertThat(this.mvc.post()
			.uri("/interests/review/" + id + "/guardian")
			.param("version", "0")
			.param("guardianNote", "Commercially sensitive")
			.with(user(secretary()))
			.with(csrf())).hasStatus(409).bodyText().contains("Commercially sensitive");
		assertThat(this.mvc.post()
			.uri("/interests/review/" + id + "/guardian")
			.param("version", Long.toString(version(id)))
			.param("guardianNote", "Commercially sensitive bid")
			.with(user(secretary()))
			.with(csrf())).hasStatus(302);
		assertThat(status(id)).isEqualTo("WITH_GUARDIAN");
		assertThat(this.mvc.get().uri("/public/NSH/register")).bodyText().doesNotContain("out-of-hours");

		this.jdbc.update("update app_user set guardian = true where email = 'admin@northshire.example'");
		UserDetails guardian = this.users.loadUserByUsername("admin@northshire.example");
		assertThat(this.mvc.get().uri("/interests/withholding").with(user(guardian))).bodyText()
			.contains("Commercially sensitive bid");
		assertThat(this.mvc.post()
			.uri("/interests/withholding/" + id)
			.param("version", Long.toString(version(id)))
			.param("decision", "WITHHELD")
			.param("note", "The bid is live")
			.with(user(guardian))
			.with(csrf())).hasStatus(302);
		assertThat(status(id)).isEqualTo("PUBLISHED");
		assertThat(this.mvc.get().uri("/public/NSH/register")).bodyText()
			.doesNotContain("out-of-hours")
			.doesNotContain("The bid is live")
			.contains("Withheld");
	}

	@Test
	void anotherPctsReviewerFindsNothingAndMembersCannotReview() {
		long id = declare("Trustee of a local hospice");
		UserDetails other = this.users.loadUserByUsername("secretary@southvale.example");
		assertThat(this.mvc.get().uri("/interests/review/" + id).with(user(other))).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/interests/review/" + id + "/publish")
			.param("version", Long.toString(version(id)))
			.param("publicDescription", "Trustee")
			.with(user(other))
			.with(csrf())).hasStatus(404);
		assertThat(this.mvc.get().uri("/interests/review").with(user(member()))).hasStatus(403);
		// a chair who is not the guardian does not review
		assertThat(this.mvc.get().uri("/interests/review")
			.with(user(this.users.loadUserByUsername("chair@northshire.example")))).hasStatus(403);
		assertThat(status(id)).isEqualTo("PENDING");
	}

	@Test
	void aPctThatDoesNotReviewPublishesAtOnce() {
		assertThat(this.jdbc.update("update pct_settings set review_declarations = false where organisation_id = ?",
				new DemoIds(this.jdbc).organisation("NSH"))).isEqualTo(1);
		assertThat(this.settingsService.of(new DemoIds(this.jdbc).organisation("NSH")).isReviewDeclarations()).isFalse();
		long id = declare("Governor of Northshire College");
		assertThat(status(id)).isEqualTo("PUBLISHED");
		assertThat(this.mvc.get().uri("/public/NSH/register")).bodyText().contains("Governor of Northshire College");
	}

	@Test
	void aNilReturnIsAStatementTheMemberConfirms() {
		long person = new DemoIds(this.jdbc).personOfUser("member@northshire.example");
		this.jdbc.update("update declaration set to_date = from_date where person_id = ?", person);
		MvcTestResult unconfirmed = this.mvc.post()
			.uri("/declarations/returns")
			.param("kind", "NIL")
			.with(user(member()))
			.with(csrf())
			.exchange();
		assertThat(unconfirmed).hasStatusOk().bodyText().contains("Tick the box to confirm that you have no interests");
		assertThat(this.jdbc.queryForObject("select count(*) from round_return where person_id = ? and made_on = current_date",
				Integer.class, person)).isZero();
	}

	private long declare(String description) {
		assertThat(this.mvc.post()
			.uri("/declarations")
			.param("kind", "FINANCIAL")
			.param("category", "OUTSIDE_EMPLOYMENT")
			.param("description", description)
			.param("fromDate", "2025-01-06")
			.param("publishConsent", "true")
			.with(user(member()))
			.with(csrf())).hasStatus(302);
		return this.jdbc.queryForObject("select id from declaration where description = ?", Long.class, description);
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select review_status from declaration where id = ?", String.class, id);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from declaration where id = ?", Long.class, id);
	}

	private UserDetails member() {
		return this.users.loadUserByUsername("member@northshire.example");
	}

	private UserDetails secretary() {
		return this.users.loadUserByUsername("secretary@northshire.example");
	}

}
