package org.pecgov.interest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.pecgov.home.HomeNotice;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.SettingsService;
import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.Reminder;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;
import org.pecgov.user.UserService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declarations reviewed before publication (issue 17 §5), where the PCT's setting asks for it (the default): a new
 * or changed declaration waits in a queue for the secretary (or an administrator, or the conflicts of interest
 * guardian), who publishes it as declared, publishes it in edited public wording (the declarant's own words stay
 * in the private register, and they are told what was published), asks the declarant for a change, or passes it
 * to the guardian to decide whether it is withheld. Until then the published register shows what was published
 * before, or nothing.
 */
@Service
@Transactional(readOnly = true)
public class DeclarationReview implements HomeNotice.Source {

	static final int PAGE_SIZE = 25;

	static final int TEXT_MAX = 2000;

	private final DeclarationRepository declarations;

	private final PersonService people;

	private final SettingsService settings;

	private final UserService users;

	private final Outbox outbox;

	private final Clock clock;

	DeclarationReview(DeclarationRepository declarations, PersonService people, SettingsService settings,
			UserService users, Outbox outbox, Clock clock) {
		this.declarations = declarations;
		this.people = people;
		this.settings = settings;
		this.users = users;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * A declaration was made or changed: it waits for review, or is published at once where the PCT does not
	 * review declarations.
	 * @param declaration the declaration, saved
	 */
	@Transactional
	void received(Declaration declaration) {
		if (this.settings.of(declaration.getOrganisationId()).isReviewDeclarations()) {
			declaration.awaitReview();
		}
		else {
			declaration.publish(declaration.getDescription(), declaration.getActions(), CurrentUser.actor(),
					LocalDate.now(this.clock));
		}
	}

	/**
	 * Whether the signed-in user reviews declarations: the secretary, an administrator, or the guardian.
	 * @return true if they may
	 */
	public boolean mayReview() {
		Role role = CurrentUser.get().getRole();
		return role == Role.SECRETARY || role == Role.ADMIN || (role == Role.CHAIR && this.users.currentIsGuardian());
	}

	private void checkMayReview() {
		if (!mayReview()) {
			throw new AccessDeniedException("Only the secretary, an administrator or the guardian reviews declarations");
		}
	}

	/**
	 * The queue: declarations waiting for review, then those waiting for their declarant or the guardian, with
	 * the declarants' names, in three statements.
	 * @param page the page, from 0
	 * @return the page
	 */
	public Page<Item> queue(int page) {
		checkMayReview();
		Long me = CurrentUser.get().getPersonId();
		Page<Declaration> found = this.declarations.reviewQueue(CurrentUser.organisationId(), (me != null) ? me : -1L,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		Map<Long, String> names = this.people.byIds(found.map(Declaration::getPersonId).toSet())
			.stream()
			.collect(Collectors.toMap(Person::getId, Person::getFullName, (a, b) -> a));
		return found.map((d) -> new Item(d, names.getOrDefault(d.getPersonId(), "")));
	}

	/**
	 * One declaration of the PCT, to review.
	 * @param id the declaration
	 * @return it with its declarant's name
	 */
	public Item get(Long id) {
		checkMayReview();
		Declaration declaration = this.declarations.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.map((d) -> this.declarations.findWithOrganisations(List.of(d.getId())).get(0))
			.orElseThrow(() -> new NotFoundException("Declaration", id));
		checkNotOwn(declaration);
		return new Item(declaration, this.people.byIds(List.of(declaration.getPersonId()))
			.stream()
			.map(Person::getFullName)
			.findFirst()
			.orElse(""));
	}

	/**
	 * Publishes a declaration in the wording given: the declarant's own, or the reviewer's (then the declarant is
	 * told by email what was published).
	 * @param id the declaration
	 * @param version the version the reviewer saw
	 * @param description the public wording of the details
	 * @param actions the public wording of the actions taken, or blank
	 * @return the declaration
	 */
	@Transactional
	public Declaration publish(Long id, long version, String description, String actions) {
		Declaration declaration = waiting(id, version);
		Problems.refuse(wordingProblems(description, actions));
		declaration.publish(description.strip(), actions, CurrentUser.actor(), LocalDate.now(this.clock));
		if (declaration.isWordingEdited()) {
			tell(declaration, "DECLARATION_EDITED", declaration.getPublicDescription());
		}
		return this.declarations.saveAndFlush(declaration);
	}

	/**
	 * Asks the declarant for a change: they are told by email and on their declarations.
	 * @param id the declaration
	 * @param version the version the reviewer saw
	 * @param note what to change
	 * @return the declaration
	 */
	@Transactional
	public Declaration askChange(Long id, long version, String note) {
		Declaration declaration = waiting(id, version);
		Problems.refuse(noteProblems("changeNote", note));
		declaration.askChange(note.strip(), CurrentUser.actor(), LocalDate.now(this.clock));
		tell(declaration, "DECLARATION_CHANGE_ASKED", note.strip());
		return this.declarations.saveAndFlush(declaration);
	}

	/**
	 * Passes a declaration to the conflicts of interest guardian to decide whether it is withheld.
	 * @param id the declaration
	 * @param version the version the reviewer saw
	 * @param note why, for the guardian
	 * @return the declaration
	 */
	@Transactional
	public Declaration passToGuardian(Long id, long version, String note) {
		Declaration declaration = waiting(id, version);
		Problems.refuse(noteProblems("guardianNote", note));
		declaration.passToGuardian(note.strip(), CurrentUser.actor(), LocalDate.now(this.clock));
		return this.declarations.saveAndFlush(declaration);
	}

	/**
	 * What is wrong with public wording: every problem at once.
	 * @param description the details
	 * @param actions the actions taken
	 * @return the problems
	 */
	public List<FieldException.Problem> wordingProblems(String description, String actions) {
		return new Problems().when(description == null || description.isBlank(), "publicDescription",
				"review.wording.required")
			.when(description != null && description.strip().length() > TEXT_MAX, "publicDescription",
					"review.text.size")
			.when(actions != null && actions.strip().length() > TEXT_MAX, "publicActions", "review.text.size")
			.list();
	}

	/**
	 * What is wrong with a note to the declarant or the guardian.
	 * @param field the note's field
	 * @param note the note
	 * @return the problems
	 */
	public List<FieldException.Problem> noteProblems(String field, String note) {
		return new Problems().when(note == null || note.isBlank(), field, "review." + field + ".required")
			.when(note != null && note.strip().length() > TEXT_MAX, field, "review.text.size")
			.list();
	}

	private Declaration waiting(Long id, long version) {
		checkMayReview();
		Declaration declaration = this.declarations.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Declaration", id));
		checkNotOwn(declaration);
		declaration.checkVersion(version);
		if (declaration.getReviewStatus() != ReviewStatus.PENDING) {
			throw new FieldException("publicDescription", "review.notWaiting");
		}
		return declaration;
	}

	/** Nobody reviews their own declaration: another reviewer does. */
	private static void checkNotOwn(Declaration declaration) {
		if (declaration.getPersonId().equals(CurrentUser.get().getPersonId())) {
			throw new AccessDeniedException("A reviewer does not review their own declaration");
		}
	}

	private void tell(Declaration declaration, String kind, String text) {
		Person person = this.people.byIds(List.of(declaration.getPersonId())).stream().findFirst().orElse(null);
		if (person == null) {
			return;
		}
		this.outbox.add(new Reminder(declaration.getOrganisationId(), person.getId(), person.getFullName(),
				person.getEmail(), kind, kind.toLowerCase(java.util.Locale.ROOT) + ":" + declaration.getId() + ":"
						+ declaration.getVersion(),
				"/declarations/mine", null, text));
	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		PecgovPrincipal user = CurrentUser.get();
		if (user.getOrganisationId() == null || !Role.PCT_ROLES.contains(user.getRole())) {
			return List.of();
		}
		Long organisationId = user.getOrganisationId();
		List<HomeNotice> notices = new ArrayList<>();
		if (user.getPersonId() != null) {
			long asked = this.declarations.countByOrganisationIdAndPersonIdAndReviewStatus(organisationId,
					user.getPersonId(), ReviewStatus.CHANGE_ASKED);
			if (asked > 0) {
				notices.add(HomeNotice.of(HomeNotice.Urgency.DUE_SOON, "home.review.changeAsked", new Object[] { asked },
						List.of(), "/declarations/mine", "home.review.act.mine"));
			}
		}
		if (user.getRole() == Role.SECRETARY || user.getRole() == Role.ADMIN || user.getRole() == Role.CHAIR) {
			boolean guardian = this.users.currentIsGuardian();
			if (user.getRole() != Role.CHAIR || guardian) {
				long waiting = this.declarations.countWaitingFor(organisationId,
						(user.getPersonId() != null) ? user.getPersonId() : -1L);
				if (waiting > 0) {
					notices.add(HomeNotice.of(HomeNotice.Urgency.TO_DO, "home.review.waiting", new Object[] { waiting },
							List.of(), "/interests/review", "home.review.act.queue"));
				}
			}
			if (guardian) {
				long passed = this.declarations.countByOrganisationIdAndReviewStatus(organisationId,
						ReviewStatus.WITH_GUARDIAN);
				if (passed > 0) {
					notices.add(HomeNotice.of(HomeNotice.Urgency.TO_DO, "home.review.guardian", new Object[] { passed },
							List.of(), "/interests/withholding", "home.review.act.guardian"));
				}
			}
		}
		return notices;
	}

	/** A declaration in the queue and its declarant's name. */
	public record Item(Declaration declaration, String name) {
	}

}
