package org.pecgov.appointment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.pecgov.appointment.composition.Composition;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.CompositionRules;
import org.pecgov.committee.CompositionRules.Result;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.PctSettings;
import org.pecgov.organisation.SettingsService;

import org.springframework.stereotype.Component;

/**
 * Whether a change to who holds the PEC's posts newly breaks a rule of its composition (domain.md §1): the
 * people counted before and after the change, by the PCT's settings.
 */
@Component
class CompositionCheck {

	private final AppointmentRepository appointments;

	private final PostService posts;

	private final CommitteeService committees;

	private final PersonService people;

	private final SettingsService settings;

	CompositionCheck(AppointmentRepository appointments, PostService posts, CommitteeService committees,
			PersonService people, SettingsService settings) {
		this.appointments = appointments;
		this.posts = posts;
		this.committees = committees;
		this.people = people;
		this.settings = settings;
	}

	/**
	 * Refuses, with the rules it would newly break, a change to who holds the PEC's posts on a day; the user
	 * may confirm it and go on.
	 * @param post the post changed
	 * @param day the day the change takes effect
	 * @param change the current appointments to those after the change
	 */
	void warnIfBroken(Post post, LocalDate day, Function<List<Appointment>, List<Appointment>> change) {
		warnIfBroken(post, day, change, false);
	}


	/**
	 * As {@link #warnIfBroken(Post, LocalDate, Function)}, not counting a second post the user has confirmed.
	 * @param post the post changed
	 * @param day the day the change takes effect
	 * @param change the current appointments to those after the change
	 * @param secondPostConfirmed whether a second post is confirmed
	 */
	void warnIfBroken(Post post, LocalDate day, Function<List<Appointment>, List<Appointment>> change,
			boolean secondPostConfirmed) {
		Committee committee = this.committees.get(post.getCommitteeId());
		if (!committee.isPec()) {
			return;
		}
		List<Post> pecPosts = this.posts.postsOf(committee.getId());
		List<Long> pecPostIds = pecPosts.stream().map(Post::getId).toList();
		List<Appointment> current = this.appointments.findByPostIdInOrderByTermStartDesc(pecPostIds)
			.stream()
			.filter((a) -> a.isCurrent(day))
			.toList();
		List<Appointment> after = change.apply(current);
		Set<Long> ids = new HashSet<>(Composition.personIds(current));
		ids.addAll(Composition.personIds(after));
		List<Person> holders = this.people.byIds(ids);
		PctSettings rules = this.settings.of(post.getOrganisationId());
		Map<Long, BigDecimal> days = this.posts.daysPerWeekOf(pecPosts);
		List<Result> broken = CompositionRules.newlyBroken(
				Composition.results(Composition.seats(pecPosts, current, holders, days), rules),
				Composition.results(Composition.seats(pecPosts, after, holders, days), rules))
			.stream()
			.filter((r) -> !(secondPostConfirmed && r.rule() == CompositionRules.Rule.ONE_POST_EACH))
			.toList();
		if (!broken.isEmpty()) {
			throw new CompositionWarning(broken);
		}
	}

}
