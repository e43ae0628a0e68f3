package org.pecgov.interest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.pecgov.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the register says, as other features ask it: the interests an agenda is screened against, those the
 * public may see, and who declared or returned when. {@link DeclarationService} is where declarations are made.
 */
@Service
@Transactional(readOnly = true)
public class Interests {

	private final DeclarationRepository declarations;

	Interests(DeclarationRepository declarations) {
		this.declarations = declarations;
	}

	/**
	 * The current interests on a day of some people of the PCT the user reads in some organisations: what
	 * an agenda is screened against.
	 * @param people the people
	 * @param directoryIds the organisations
	 * @param day the day
	 * @return each interest in each organisation
	 */
	public List<Concern> concerning(Collection<Long> people, Collection<Long> directoryIds,
			LocalDate day) {
		if (people.isEmpty() || directoryIds.isEmpty()) {
			return List.of();
		}
		return this.declarations.concerning(CurrentUser.readableOrganisationId(), people, directoryIds, day)
			.stream()
			.map((row) -> new Concern(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
					((Number) row[2]).longValue(), (String) row[3]))
			.toList();
	}

	/**
	 * Which of some people of a PCT had, on a day, an interest the public may see in some organisations: for
	 * what is published without a signed-in user.
	 * @param organisationId the PCT
	 * @param people the people
	 * @param directoryIds the organisations
	 * @param day the day
	 * @return who had an interest the public may see in which organisation
	 */
	public Set<PublishedInterest> publishedConcerning(Long organisationId, Collection<Long> people,
			Collection<Long> directoryIds, LocalDate day) {
		if (people.isEmpty() || directoryIds.isEmpty()) {
			return Set.of();
		}
		return this.declarations.publishedConcerning(organisationId, people, directoryIds, day)
			.stream()
			.map((row) -> new PublishedInterest(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
			.collect(Collectors.toSet());
	}

	/**
	 * Who of some people of the PCT the user reads declared something on or after a day.
	 * @param people the people
	 * @param since the day
	 * @return their ids
	 */
	public Set<Long> declaredSince(Collection<Long> people, LocalDate since) {
		return people.isEmpty() ? Set.of()
				: new HashSet<>(this.declarations.declaredSince(CurrentUser.readableOrganisationId(), people,
						since));
	}

	/**
	 * Whether someone has an interest on the register that is current on a day.
	 * @param personId the person
	 * @param organisationId their PCT
	 * @param day the day
	 * @return whether they have
	 */
	public boolean hasCurrent(Long personId, Long organisationId, LocalDate day) {
		return this.declarations.findByPersonIdAndOrganisationIdOrderByFromDateDesc(personId, organisationId)
			.stream()
			.anyMatch((d) -> d.isCurrent(day));
	}

	/**
	 * Whether someone has declared an interest on or after a day.
	 * @param personId the person
	 * @param day the day
	 * @return whether they have
	 */
	public boolean hasDeclaredSince(Long personId, LocalDate day) {
		return this.declarations.existsByPersonIdAndDeclaredOnGreaterThanEqual(personId, day);
	}

	/**
	 * An interest, current on a day, of someone in an organisation of the directory.
	 * @param declarationId the declaration
	 * @param personId the declarant
	 * @param directoryId the organisation
	 * @param description what the interest is
	 */
	public record Concern(Long declarationId, Long personId, Long directoryId, String description) {
	}

	/**
	 * The interests of some people of the PCT the user reads in some organisations current on any day of a span,
	 * with the days they ran: for screening several meetings in one statement.
	 * @param people the people
	 * @param directoryIds the organisations
	 * @param from the first day
	 * @param to the last day
	 * @return each interest, with its days
	 */
	public List<DatedConcern> concerningBetween(Collection<Long> people, Collection<Long> directoryIds, LocalDate from,
			LocalDate to) {
		if (people.isEmpty() || directoryIds.isEmpty()) {
			return List.of();
		}
		return this.declarations
			.concerningBetween(CurrentUser.readableOrganisationId(), people, directoryIds, from, to)
			.stream()
			.map((row) -> new DatedConcern(new Concern(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
					((Number) row[2]).longValue(), (String) row[3]), toDay(row[4]), toDay(row[5])))
			.toList();
	}

	private static LocalDate toDay(Object value) {
		if (value == null) {
			return null;
		}
		return (value instanceof java.sql.Date date) ? date.toLocalDate() : (LocalDate) value;
	}

	/**
	 * An interest with the days it ran.
	 * @param concern the interest
	 * @param from its first day
	 * @param to its last day, or null while it runs
	 */
	public record DatedConcern(Concern concern, LocalDate from, LocalDate to) {

		/**
		 * Whether it was current on a day.
		 * @param day the day
		 * @return true when it was
		 */
		public boolean currentOn(LocalDate day) {
			return !this.from.isAfter(day) && (this.to == null || !this.to.isBefore(day));
		}

	}

	/**
	 * Someone had an interest the public may see in an organisation of the directory.
	 * @param personId the declarant
	 * @param directoryId the organisation
	 */
	public record PublishedInterest(Long personId, Long directoryId) {
	}

}
