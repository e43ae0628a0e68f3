package org.pecgov.appraisal.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pecgov.appraisal.Appraisers;
import org.pecgov.home.HomeNotice;
import org.pecgov.home.HomeNotice.Urgency;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-to-one reviews due, on the home page of whoever holds them: a review is due the PCT's interval (quarterly
 * by default) after the last one, or at once for someone never reviewed; more than a month late, overdue.
 */
@Component
@Order(11)
@Transactional(readOnly = true)
class ReviewNotices implements HomeNotice.Source {

	static final int DUE_WITHIN_DAYS = 14;

	private final ReviewRepository reviews;

	private final Appraisers appraisers;

	private final PersonService people;

	private final SettingsService settings;

	private final Clock clock;

	ReviewNotices(ReviewRepository reviews, Appraisers appraisers, PersonService people, SettingsService settings,
			Clock clock) {
		this.reviews = reviews;
		this.appraisers = appraisers;
		this.people = people;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		PecgovPrincipal user = CurrentUser.get();
		if (!Role.PCT_ROLES.contains(user.getRole()) || user.getPersonId() == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		List<Long> mine = this.appraisers.appraisedBy(user.getPersonId(), today);
		if (mine.isEmpty()) {
			return List.of();
		}
		Map<Long, LocalDate> last = new HashMap<>();
		this.reviews.lastHeld(user.getOrganisationId(), mine).forEach((row) -> last.put((Long) row[0], (LocalDate) row[1]));
		int interval = this.settings.of(user.getOrganisationId()).getReviewIntervalMonths();
		List<Long> due = new ArrayList<>();
		boolean late = false;
		for (Long person : mine) {
			Urgency urgency = dueness(last.get(person), today, interval);
			if (urgency != null) {
				due.add(person);
				late |= urgency == Urgency.OVERDUE;
			}
		}
		if (due.isEmpty()) {
			return List.of();
		}
		List<String> names = this.people.byIds(due).stream().map(Person::getFullName).sorted().toList();
		String href = (due.size() == 1) ? "/reviews/new?person=" + due.get(0) : "/reviews/new";
		return List.of(HomeNotice.of(late ? Urgency.OVERDUE : Urgency.DUE_SOON, "home.todo.REVIEWS_DUE",
				new Object[] { due.size(), interval }, names, href, "home.todo.act.review"));
	}

	/**
	 * Whether someone's one-to-one review is due: the interval after their last one, due within 14 days; more
	 * than a month past that, overdue; never reviewed, due now.
	 * @param lastHeld the day of their last review, or null
	 * @param today today
	 * @param intervalMonths the PCT's months between reviews
	 * @return how pressing it is, or null when it is not due
	 */
	static Urgency dueness(LocalDate lastHeld, LocalDate today, int intervalMonths) {
		if (lastHeld == null) {
			return Urgency.DUE_SOON;
		}
		LocalDate due = lastHeld.plusMonths(intervalMonths);
		if (due.plusMonths(1).isBefore(today)) {
			return Urgency.OVERDUE;
		}
		return due.isAfter(today.plusDays(DUE_WITHIN_DAYS)) ? null : Urgency.DUE_SOON;
	}

}
