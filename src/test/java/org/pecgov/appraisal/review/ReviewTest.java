package org.pecgov.appraisal.review;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One-to-one reviews on PostgreSQL: recorded by the appraiser, seen only by the two people and the
 * administrators. Each test rolls back.
 */
@IntegrationTest
@Transactional
class ReviewTest {

	@Autowired
	private ReviewService reviews;

	@Autowired
	private JdbcTemplate jdbc;

	private long southvale;

	private long chair;

	private long member;

	private long other;

	private long pctChair;

	@BeforeEach
	void ids() {
		DemoIds ids = new DemoIds(this.jdbc);
		this.southvale = ids.organisation("SVL");
		this.chair = ids.person("owen.pritchard@southvale.example");
		this.member = ids.person("james.whitaker@southvale.example");
		this.other = ids.person("nadia.rahman@southvale.example");
		this.pctChair = ids.personOfUser("pctchair@southvale.example");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void thePecChairReviewsAMemberAndThePctChairThePecChair() {
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		Review ofMember = this.reviews.record(this.member, LocalDate.now().minusDays(3), "Urgent care lead", null);
		assertThat(this.reviews.reviewees()).extracting((p) -> p.getId()).contains(this.member)
			.doesNotContain(this.chair);

		SignIn.as(Role.MEMBER, this.southvale, this.pctChair);
		Review ofChair = this.reviews.record(this.chair, LocalDate.now().minusDays(1), "The PEC's year", "On track");

		assertThat(ofMember.getReviewerId()).isEqualTo(this.chair);
		assertThat(ofChair.getReviewerId()).isEqualTo(this.pctChair);
	}

	@Test
	void aReviewIsSeenByTheTwoOfThemAndAdministratorsOnly() {
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		Review review = this.reviews.record(this.member, LocalDate.now().minusDays(3), "Private notes", null);

		SignIn.as(Role.MEMBER, this.southvale, this.member);
		assertThat(this.reviews.get(review.getId()).review().getNotes()).isEqualTo("Private notes");
		assertThat(this.reviews.list(0).reviews()).extracting(Review::getId).contains(review.getId());
		SignIn.as(Role.ADMIN, this.southvale, null);
		assertThat(this.reviews.get(review.getId()).review().getId()).isEqualTo(review.getId());
		SignIn.as(Role.MEMBER, this.southvale, this.other);
		assertThatThrownBy(() -> this.reviews.get(review.getId())).isInstanceOf(NotFoundException.class);
		assertThat(this.reviews.list(0).reviews()).extracting(Review::getId).doesNotContain(review.getId());
		SignIn.as(Role.ADMIN, new DemoIds(this.jdbc).organisation("NSH"), null);
		assertThatThrownBy(() -> this.reviews.get(review.getId())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void onlyTheAppraiserRecordsAndNeverInTheFuture() {
		SignIn.as(Role.MEMBER, this.southvale, this.other);
		assertThatThrownBy(() -> this.reviews.record(this.member, LocalDate.now().minusDays(1), "Not mine", null))
			.isInstanceOf(AccessDeniedException.class);
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		assertThatThrownBy(() -> this.reviews.record(this.member, LocalDate.now().plusDays(1), "Future", null))
			.isInstanceOf(FieldException.class);
		assertThatThrownBy(() -> this.reviews.record(this.chair, LocalDate.now().minusDays(1), "Myself", null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from review where notes in ('Not mine', 'Future', 'Myself')",
				Integer.class)).isZero();
	}

}
