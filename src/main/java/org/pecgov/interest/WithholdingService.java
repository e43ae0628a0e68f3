package org.pecgov.interest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;
import org.pecgov.user.UserService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to withhold an entry of the register of interests from publication, and the conflicts-of-interest
 * guardian's decisions on them. A declarant asks by not consenting to publication; until the guardian decides,
 * the published register shows the entry only as "withheld".
 */
@Service
@Transactional(readOnly = true)
public class WithholdingService {

	static final int PAGE_SIZE = 25;

	static final int NOTE_MAX = 2000;

	private final DeclarationRepository declarations;

	private final PersonService people;

	private final UserService users;

	private final Clock clock;

	WithholdingService(DeclarationRepository declarations, PersonService people, UserService users, Clock clock) {
		this.declarations = declarations;
		this.people = people;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The requests of the PCT being read, undecided first, in three statements.
	 * @param page the page, from 0
	 * @return the requests with the declarants' names
	 */
	public Page<Request> requests(int page) {
		Page<Declaration> found = this.declarations.withholdingRequests(CurrentUser.readableOrganisationId(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		Map<Long, String> names = this.people.byIds(found.map(Declaration::getPersonId).toList())
			.stream()
			.collect(Collectors.toMap(Person::getId, Person::getFullName, (a, b) -> a));
		return found.map((d) -> new Request(d, names.getOrDefault(d.getPersonId(), "")));
	}

	/**
	 * Whether the signed-in user may decide.
	 * @return true for the PCT's guardian
	 */
	public boolean mayDecide() {
		return this.users.currentIsGuardian();
	}

	/**
	 * The guardian decides whether an entry is withheld.
	 * @param id the declaration
	 * @param version the version the guardian saw
	 * @param decision withhold or publish
	 * @param note the guardian's reason, kept privately
	 * @return the declaration
	 */
	@Transactional
	public Declaration decide(Long id, long version, WithholdDecision decision, String note) {
		if (!mayDecide()) {
			throw new AccessDeniedException("Only the conflicts of interest guardian decides");
		}
		Declaration declaration = this.declarations.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.filter((d) -> !d.isPublishConsent() || d.getReviewStatus() == ReviewStatus.WITH_GUARDIAN)
			.orElseThrow(() -> new NotFoundException("Withholding request", id));
		declaration.checkVersion(version);
		String trimmed = (note != null) ? note.strip() : "";
		new Problems().when(decision == null, "decision", "withholding.decision.required")
			.when(trimmed.isEmpty(), "note", "withholding.note.required")
			.when(trimmed.length() > NOTE_MAX, "note", "withholding.note.size")
			.throwIfAny();
		declaration.decideWithholding(decision, trimmed, CurrentUser.actor(), LocalDate.now(this.clock));
		if (declaration.getReviewStatus() == ReviewStatus.WITH_GUARDIAN) {
			// passed by the reviewer: the guardian's decision is the review's
			declaration.publish(declaration.getDescription(), declaration.getActions(), CurrentUser.actor(),
					LocalDate.now(this.clock));
		}
		return this.declarations.saveAndFlush(declaration);
	}

	/** A request and the declarant's name. */
	public record Request(Declaration declaration, String name) {
	}

}
