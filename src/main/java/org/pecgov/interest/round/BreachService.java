package org.pecgov.interest.round;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.interest.LateDeclaration;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breaches of the rules on declaring: found automatically, then reviewed.
 */
@Service
@Transactional(readOnly = true)
public class BreachService {

	public static final int PAGE_SIZE = 25;

	private final BreachRepository breaches;

	private final RoundService rounds;

	private final PersonService people;

	private final Clock clock;

	private final DeclarationReminders reminders;

	BreachService(BreachRepository breaches, RoundService rounds, PersonService people, Clock clock,
			DeclarationReminders reminders) {
		this.reminders = reminders;
		this.breaches = breaches;
		this.rounds = rounds;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Records the breach of a declaration made late, with the declaration.
	 * @param late the declaration made late
	 */
	@EventListener
	@Transactional
	public void onLateDeclaration(LateDeclaration late) {
		this.breaches.save(Breach.lateDeclaration(late.organisationId(), late.personId(), late.declarationId(),
				late.day()));
		this.reminders.late(late.organisationId(), late.personId(), late.declarationId(), late.day());
	}

	/**
	 * The breaches of the PCT the user reads, newest first, with the people's names.
	 * @param status one status, or null for all
	 * @param page from 0
	 * @return a page of lines
	 */
	public Page<Line> list(Breach.Status status, int page) {
		Long organisationId = CurrentUser.readableOrganisationId();
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("detectedOn"), Sort.Order.desc("id")));
		Page<Breach> found = (status == null) ? this.breaches.findByOrganisationId(organisationId, request)
				: this.breaches.findByOrganisationIdAndStatus(organisationId, status, request);
		Map<Long, Person> names = this.people
			.byIds(found.getContent().stream().map(Breach::getPersonId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		return found.map((b) -> new Line(b, names.get(b.getPersonId()).getFullName()));
	}

	public Breach get(Long id) {
		return this.breaches.findByIdAndOrganisationId(id, CurrentUser.readableOrganisationId())
			.orElseThrow(() -> new NotFoundException("Breach", id));
	}

	@Transactional
	public Breach review(Long id, long version, Breach.Status status, String note) {
		Breach breach = this.breaches.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Breach", id));
		breach.checkVersion(version);
		breach.review(status, note, CurrentUser.actor());
		return this.breaches.saveAndFlush(breach);
	}

	/**
	 * Reviews several breaches at once with one status and one note: all of them, or none when one is not the PCT's
	 * or was changed by someone else since the page was read.
	 * @param versions the version read of each breach, by id
	 * @param status the status they take
	 * @param note the reviewer's note
	 * @return how many were reviewed
	 */
	@Transactional
	public int reviewAll(Map<Long, Long> versions, Breach.Status status, String note) {
		Long organisationId = CurrentUser.organisationId();
		// one query for all of them; any not of the PCT is as if it did not exist
		Map<Long, Breach> found = this.breaches.findAllById(versions.keySet())
			.stream()
			.filter((b) -> organisationId.equals(b.getOrganisationId()))
			.collect(Collectors.toMap(Breach::getId, Function.identity()));
		for (Map.Entry<Long, Long> entry : versions.entrySet()) {
			Breach breach = found.get(entry.getKey());
			if (breach == null) {
				throw new NotFoundException("Breach", entry.getKey());
			}
			breach.checkVersion(entry.getValue());
			breach.review(status, note, CurrentUser.actor());
		}
		this.breaches.flush();
		return versions.size();
	}

	/**
	 * Records a breach for each post holder who missed the latest round that has closed. Runs as often
	 * as it likes: a breach is recorded once.
	 * @param organisationId the PCT
	 * @return how many breaches it recorded
	 */
	@Transactional
	public int detectMissedRound(Long organisationId) {
		LocalDate today = LocalDate.now(this.clock);
		DeclarationRound round = this.rounds.round(organisationId);
		if (!round.isClosed(today)) {
			round = DeclarationRound.of(round.year() - 1, MonthDay.from(round.opensOn()), MonthDay.from(round.closesOn()));
		}
		Set<Long> recorded = this.breaches
			.findByOrganisationIdAndKindAndRoundYear(organisationId, Breach.Kind.MISSED_ROUND, round.year())
			.stream()
			.map(Breach::getPersonId)
			.collect(Collectors.toSet());
		Set<Long> missed = new HashSet<>();
		for (Long personId : this.rounds.outstanding(organisationId, round)) {
			if (!recorded.contains(personId)) {
				this.breaches.save(Breach.missedRound(organisationId, personId, round.year(), today));
				missed.add(personId);
			}
		}
		this.reminders.roundMissed(organisationId, round, missed);
		return missed.size();
	}

	/**
	 * A breach with the name of the person it concerns.
	 * @param breach the breach
	 * @param name the person
	 */
	public record Line(Breach breach, String name) {
	}

}
