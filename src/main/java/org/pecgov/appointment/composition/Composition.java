package org.pecgov.appointment.composition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.appointment.Appointment;
import org.pecgov.committee.CompositionRules;
import org.pecgov.committee.CompositionRules.Seat;
import org.pecgov.committee.Post;
import org.pecgov.member.Person;

/**
 * Builds the rules' view of a PEC from its posts, appointments and people.
 */
public final class Composition {

	private Composition() {
	}

	/**
	 * The seats of the PEC on a day.
	 * @param pecPosts the PEC's posts
	 * @param appointments appointments to them in force that day
	 * @param people the holders
	 * @param daysPerWeek per post id, the days a week its specification asks for
	 * @return one seat per appointment
	 */
	public static List<Seat> seats(Collection<Post> pecPosts, Collection<Appointment> appointments,
			Collection<Person> people, Map<Long, BigDecimal> daysPerWeek) {
		Map<Long, Post> posts = pecPosts.stream().collect(Collectors.toMap(Post::getId, Function.identity()));
		Map<Long, Person> holders = people.stream().collect(Collectors.toMap(Person::getId, Function.identity()));
		List<Seat> seats = new ArrayList<>();
		for (Appointment appointment : appointments) {
			Post post = posts.get(appointment.getPostId());
			Person person = holders.get(appointment.getPersonId());
			if (post != null && person != null) {
				seats.add(new Seat(person.getId(), person.getFullName(), post.getKind(), person.getProfession(),
						person.getRegistrationBody() != null && person.getRegistrationNumber() != null,
						person.isPractising(), person.getPatientFacingDays(), appointment.isBoardSeat(),
						appointment.lastDay(), person.getKeyProviderRole(), daysPerWeek.get(post.getId())));
			}
		}
		return seats;
	}

	public static Set<Long> personIds(Collection<Appointment> appointments) {
		return appointments.stream().map(Appointment::getPersonId).collect(Collectors.toSet());
	}

	public static List<CompositionRules.Result> results(List<Seat> seats, org.pecgov.organisation.PctSettings settings) {
		return CompositionRules.check(seats, settings);
	}

}
