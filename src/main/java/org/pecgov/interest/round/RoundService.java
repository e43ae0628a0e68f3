package org.pecgov.interest.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.pecgov.appointment.Holdings;
import org.pecgov.interest.Interests;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.PctSettings;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual round of declarations: each post holder confirms their declarations or makes a nil return.
 */
@NamedInterface("round")
@Service
@Transactional(readOnly = true)
public class RoundService {

	private final RoundReturnRepository returns;

	private final Interests declarations;

	private final SettingsService settings;

	private final Holdings appointments;

	private final PersonService people;

	private final Clock clock;

	RoundService(RoundReturnRepository returns, Interests declarations, SettingsService settings,
			Holdings appointments, PersonService people, Clock clock) {
		this.returns = returns;
		this.declarations = declarations;
		this.settings = settings;
		this.appointments = appointments;
		this.people = people;
		this.clock = clock;
	}

	public DeclarationRound current() {
		return round(CurrentUser.readableOrganisationId());
	}

	/**
	 * The round that a day belongs to, in the PCT the user reads.
	 * @param day the day
	 * @return the round open on that day, else the latest that opened before it
	 */
	public DeclarationRound roundOn(LocalDate day) {
		PctSettings rules = this.settings.of(CurrentUser.readableOrganisationId());
		return DeclarationRound.on(day, rules.getRoundOpens(), rules.getRoundCloses());
	}

	/**
	 * Who made a return in a year's round, in the PCT the user reads.
	 * @param year the round's year
	 * @return their ids
	 */
	public Set<Long> returnedIn(int year) {
		return this.returns.findByOrganisationIdAndRoundYear(CurrentUser.readableOrganisationId(), year)
			.stream()
			.map(RoundReturn::getPersonId)
			.collect(Collectors.toSet());
	}

	/**
	 * Who made their return in a round, in the PCT the user reads: a return made, or (of some people) something
	 * declared since the round opened. One statement.
	 * @param round the round
	 * @param people whose declarations count as a return
	 * @return their ids
	 */
	public Set<Long> returnedIn(DeclarationRound round, Collection<Long> people) {
		if (people.isEmpty()) {
			return returnedIn(round.year());
		}
		return this.returns
			.returnedOrDeclared(CurrentUser.readableOrganisationId(), round.year(), people, round.opensOn())
			.stream()
			.map(Number::longValue)
			.collect(Collectors.toSet());
	}

	DeclarationRound round(Long organisationId) {
		PctSettings rules = this.settings.of(organisationId);
		return DeclarationRound.on(LocalDate.now(this.clock), rules.getRoundOpens(), rules.getRoundCloses());
	}

	/**
	 * What someone returned in the current round, if anything.
	 * @param personId the person
	 * @return their return
	 */
	public Optional<RoundReturn> returnOf(Long personId) {
		return (personId == null) ? Optional.empty()
				: this.returns.findByPersonIdAndRoundYear(personId, current().year());
	}

	/**
	 * A post holder's return in the open round: a nil return, or their declarations confirmed up to date.
	 * @param personId the declarant (a member only for themselves)
	 * @param kind nil or confirmed
	 * @return the return
	 */
	@Transactional
	public RoundReturn make(Long personId, RoundReturn.Kind kind) {
		if (CurrentUser.get().getRole() != Role.ADMIN && CurrentUser.get().getRole() != Role.SECRETARY
				&& !personId.equals(CurrentUser.get().getPersonId())) {
			throw new AccessDeniedException("Only your own return");
		}
		Person person = this.people.get(personId);
		DeclarationRound round = round(person.getOrganisationId());
		LocalDate today = LocalDate.now(this.clock);
		if (!round.isOpen(today)) {
			throw new FieldException("round", "round.notOpen");
		}
		if (this.returns.findByPersonIdAndRoundYear(personId, round.year()).isPresent()) {
			throw new FieldException("round", "round.alreadyReturned");
		}
		boolean hasCurrent = this.declarations.hasCurrent(personId, person.getOrganisationId(), today);
		if (kind == RoundReturn.Kind.NIL && hasCurrent) {
			throw new FieldException("round", "round.nil.hasInterests");
		}
		if (kind == RoundReturn.Kind.CONFIRMED && !hasCurrent) {
			throw new FieldException("round", "round.confirm.noInterests");
		}
		return this.returns.save(new RoundReturn(person.getOrganisationId(), personId, round.year(), kind, today,
				CurrentUser.actor()));
	}

	/**
	 * Records a return made in an earlier round, before the PCT used this service.
	 * @param personId the declarant
	 * @param year the round's year, which must have closed
	 * @param kind nil or confirmed
	 * @param madeOn when it was made
	 * @return the return
	 */
	@Transactional
	public RoundReturn recordPast(Long personId, int year, RoundReturn.Kind kind, LocalDate madeOn) {
		Person person = this.people.get(personId);
		PctSettings rules = this.settings.of(person.getOrganisationId());
		if (!DeclarationRound.of(year, rules.getRoundOpens(), rules.getRoundCloses()).isClosed(LocalDate.now(this.clock))) {
			throw new FieldException("round", "round.notClosed");
		}
		return this.returns.save(new RoundReturn(person.getOrganisationId(), personId, year, kind, madeOn,
				CurrentUser.actor()));
	}

	/**
	 * The post holders of a PCT who have not made a return in a round.
	 * @param organisationId the PCT
	 * @param round the round
	 * @return their ids
	 */
	Set<Long> outstanding(Long organisationId, DeclarationRound round) {
		return outstandingOf(this.appointments.holdersDuring(organisationId, round.opensOn(), round.closesOn()),
				organisationId, round);
	}

	/**
	 * The post holders of a PCT expected to make a return in a round: everyone holding a post while it is open.
	 * @param organisationId the PCT
	 * @param round the round
	 * @return their ids
	 */
	Set<Long> expected(Long organisationId, DeclarationRound round) {
		return this.appointments.holdersDuring(organisationId, round.opensOn(), round.closesOn());
	}

	/**
	 * Those of some post holders who have not made a return in a round.
	 * @param holders the post holders
	 * @param organisationId the PCT
	 * @param round the round
	 * @return their ids
	 */
	Set<Long> outstandingOf(Set<Long> holders, Long organisationId, DeclarationRound round) {
		Set<Long> returned = this.returns.findByOrganisationIdAndRoundYear(organisationId, round.year())
			.stream()
			.map(RoundReturn::getPersonId)
			.collect(Collectors.toSet());
		return holders.stream().filter((id) -> !returned.contains(id)).collect(Collectors.toSet());
	}

	List<RoundReturn> returnsIn(Long organisationId, int year) {
		return this.returns.findByOrganisationIdAndRoundYear(organisationId, year);
	}

}
