package org.pecgov.appraisal.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pecgov.member.Person;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(ReviewController.class)
@Import(SecurityConfig.class)
class ReviewControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ReviewService reviews;

	@Test
	void listsTheReviewsTheUserMayRead() {
		Review review = new Review(TestUsers.PCT, 100L, 17L, LocalDate.of(2026, 11, 20), "Notes", null);
		org.springframework.test.util.ReflectionTestUtils.setField(review, "id", 3L);
		given(this.reviews.list(anyInt())).willReturn(new ReviewService.ReviewsPage(
				new PageImpl<>(List.of(review), PageRequest.of(0, 25), 1),
				Map.of(100L, "James Whitaker", 17L, "Owen Pritchard"), List.of()));

		assertThat(this.mvc.get().uri("/reviews").with(user(TestUsers.of(Role.MEMBER)))).hasStatusOk()
			.bodyText()
			.contains("20 Nov 2026")
			.contains("James Whitaker")
			.contains("Owen Pritchard")
			.doesNotContain("Record a review");
	}

	@Test
	void aReviewWithoutItsFieldsOrInTheFutureIsRefusedWithTheFormKept() {
		Person member = mock(Person.class);
		given(member.getId()).willReturn(100L);
		given(member.getFullName()).willReturn("James Whitaker");
		given(this.reviews.reviewees()).willReturn(List.of(member));

		assertThat(this.mvc.post().uri("/reviews").with(user(TestUsers.of(Role.CHAIR))).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Choose whose review it was")
			.contains("Enter the date of the review")
			.contains("Enter the notes of the review");
		verify(this.reviews, never()).record(any(), any(), any(), any());

		given(this.reviews.record(any(), any(), any(), any())).willThrow(new FieldException("heldOn", "review.heldOn.future"));
		assertThat(this.mvc.post()
			.uri("/reviews")
			.param("personId", "100")
			.param("heldOn", "2030-01-01")
			.param("notes", "Kept")
			.with(user(TestUsers.of(Role.CHAIR)))
			.with(csrf())).hasStatusOk()
			.body()
			.asString()
			.contains("the date cannot be in the future")
			.contains("href=\"#heldOn\"")
			.contains("Kept");
	}

	@Test
	void theSecretaryAndShaViewersCannotReadReviewsAndAnotherPersonsIsNotFound() {
		given(this.reviews.get(9L)).willThrow(new NotFoundException("Review", 9L));

		assertThat(this.mvc.get().uri("/reviews").with(user(TestUsers.of(Role.SECRETARY)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/reviews/9").with(user(TestUsers.of(Role.SHA_VIEWER)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/reviews/9").with(user(TestUsers.of(Role.MEMBER)))).hasStatus(404);
	}

}
