package org.pecgov.interest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;

import org.pecgov.appointment.Holdings;
import org.pecgov.interest.directory.DirectoryOrganisation;
import org.pecgov.interest.directory.DirectoryService;
import org.pecgov.interest.round.DeclarationRound;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declarations of interest: a member's own, and the PCT's register for its staff.
 */
@Service
@Transactional(readOnly = true)
public class DeclarationService {

	public static final int PAGE_SIZE = 25;

	private final DeclarationRepository declarations;

	private final DirectoryService directory;

	private final PersonService people;

	private final Clock clock;

	private final Holdings appointments;

	private final ApplicationEventPublisher events;

	private final DeclarationReview review;

	DeclarationService(DeclarationRepository declarations, DirectoryService directory, PersonService people,
			Clock clock, Holdings appointments, ApplicationEventPublisher events, DeclarationReview review) {
		this.review = review;
		this.declarations = declarations;
		this.directory = directory;
		this.people = people;
		this.clock = clock;
		this.appointments = appointments;
		this.events = events;
	}

	/**
	 * The signed-in user's own declarations, newest first.
	 * @return their declarations (none when they are not on the register)
	 */
	public List<Declaration> mine() {
		Long personId = CurrentUser.get().getPersonId();
		return (personId == null) ? List.of()
				: this.declarations.findByPersonIdAndOrganisationIdOrderByFromDateDesc(personId,
						CurrentUser.organisationId());
	}

	public List<Declaration> of(Long personId) {
		Person person = this.people.get(personId);
		return this.declarations.findByPersonIdAndOrganisationIdOrderByFromDateDesc(person.getId(),
				person.getOrganisationId());
	}

	/**
	 * A declaration the signed-in user may change: their own, or any of their PCT for its staff.
	 * @param id the declaration
	 * @return it, with its organisations
	 */
	public Declaration getForChange(Long id) {
		Declaration declaration = owned(id);
		return this.declarations.findWithOrganisations(List.of(declaration.getId())).get(0);
	}

	/**
	 * The register of interests of the PCT the user reads, in a fixed number of queries.
	 * @param filter what to narrow it to
	 * @param page from 0
	 * @return a page of entries with the declarant's name and the organisations concerned
	 */
	public Page<Entry> search(InterestFilter filter, int page) {
		Long organisationId = CurrentUser.readableOrganisationId();
		LocalDate today = LocalDate.now(this.clock);
		// declarants holding a post of the committee today, and declarants by name: as their modules say
		Set<Long> holders = (filter.committeeId() != null)
				? this.appointments.holderIdsOn(filter.committeeId(), today) : null;
		Set<Long> named = (filter.person() != null) ? this.people.idsNamed(organisationId, filter.person()) : null;
		Specification<Declaration> specification = (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("organisationId"), organisationId));
			if (filter.personId() != null) {
				predicates.add(cb.equal(root.get("personId"), filter.personId()));
			}
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.category() != null) {
				predicates.add(cb.equal(root.get("category"), filter.category()));
			}
			if (filter.directoryId() != null) {
				Join<Declaration, DirectoryOrganisation> concerned = root.join("organisations");
				predicates.add(cb.equal(concerned.get("id"), filter.directoryId()));
			}
			if (filter.current() != null) {
				Predicate current = cb.and(cb.lessThanOrEqualTo(root.get("fromDate"), today),
						cb.or(cb.isNull(root.get("toDate")), cb.greaterThanOrEqualTo(root.get("toDate"), today)));
				predicates.add(filter.current() ? current : cb.not(current));
			}
			if (holders != null) {
				predicates.add(holders.isEmpty() ? cb.disjunction() : root.get("personId").in(holders));
			}
			if (named != null) {
				predicates.add(named.isEmpty() ? cb.disjunction() : root.get("personId").in(named));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		Page<Declaration> found = this.declarations.search(specification,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Order.desc("fromDate"), Sort.Order.desc("id"))));
		return entries(found, today);
	}

	/**
	 * Everyone with a current interest in an organisation of the directory.
	 * @param directoryId the organisation
	 * @return the entries
	 */
	public List<Entry> currentIn(Long directoryId) {
		DirectoryOrganisation organisation = this.directory.get(directoryId);
		LocalDate today = LocalDate.now(this.clock);
		List<Long> ids = this.declarations.currentIn(organisation.getOrganisationId(), organisation.getId(), today);
		return entries(new PageImpl<>(this.declarations.findAllById(ids)), today).getContent();
	}

	@Transactional
	public Declaration declare(Long personId, DeclarationDetails details) {
		Person person = this.people.get(personId);
		checkMayChange(person.getId());
		check(details);
		LocalDate today = LocalDate.now(this.clock);
		Declaration made = new Declaration(person.getOrganisationId(), person.getId(), details,
				new LinkedHashSet<>(this.directory.owned(person.getOrganisationId(), details.organisationIds())), today,
				CurrentUser.actor());
		this.review.received(made);
		Declaration declaration = this.declarations.save(made);
		if (DeclarationRound.late(details.fromDate(), this.appointments.firstAppointed(person.getId()), today)) {
			this.events.publishEvent(new LateDeclaration(person.getOrganisationId(), person.getId(), declaration.getId(),
					today));
		}
		return declaration;
	}

	@Transactional
	public Declaration update(Long id, long version, DeclarationDetails details) {
		Declaration declaration = owned(id);
		declaration.checkVersion(version);
		check(details);
		declaration.apply(details, new LinkedHashSet<>(
				this.directory.owned(declaration.getOrganisationId(), details.organisationIds())));
		this.review.received(declaration);
		return this.declarations.saveAndFlush(declaration);
	}

	@Transactional
	public Declaration end(Long id, long version, LocalDate on) {
		Declaration declaration = owned(id);
		declaration.checkVersion(version);
		if (on.isBefore(declaration.getFromDate())) {
			throw new FieldException("toDate", "declaration.toDate.beforeFrom");
		}
		if (on.isAfter(LocalDate.now(this.clock))) {
			throw new FieldException("toDate", "declaration.toDate.future");
		}
		declaration.end(on);
		return this.declarations.saveAndFlush(declaration);
	}

	private Declaration owned(Long id) {
		Declaration declaration = this.declarations.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Declaration", id));
		checkMayChange(declaration.getPersonId());
		return declaration;
	}

	/**
	 * A member reads and changes only their own declarations; staff record on anyone's behalf.
	 */
	private static void checkMayChange(Long personId) {
		PecgovPrincipal user = CurrentUser.get();
		boolean staff = user.getRole() == Role.ADMIN || user.getRole() == Role.SECRETARY;
		if (!staff && !personId.equals(user.getPersonId())) {
			throw new AccessDeniedException("Only your own declarations");
		}
	}

	private void check(DeclarationDetails details) {
		problems(details).throwIfAny();
	}

	/**
	 * What the rules of a declaration find wrong with what was written, every problem at once, without saving;
	 * a rule over a field that is missing is left to the form's own checks.
	 * @param details what was written
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(DeclarationDetails details) {
		return problems(details).list();
	}

	private Problems problems(DeclarationDetails details) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = details.fromDate();
		LocalDate to = details.toDate();
		return new Problems().when(from != null && from.isAfter(today), "fromDate", "declaration.fromDate.future")
			.when(from != null && to != null && to.isBefore(from), "toDate", "declaration.toDate.beforeFrom")
			.when(to != null && to.isAfter(today) && (from == null || !to.isBefore(from)), "toDate",
					"declaration.toDate.future")
			.when(details.kind() == InterestKind.INDIRECT
					&& (details.relationship() == null || details.relationship().isBlank()), "relationship",
					"declaration.relationship.required");
	}

	private Page<Entry> entries(Page<Declaration> page, LocalDate today) {
		List<Long> ids = page.getContent().stream().map(Declaration::getId).toList();
		Map<Long, Declaration> withOrganisations = ids.isEmpty() ? Map.of()
				: this.declarations.findWithOrganisations(ids)
					.stream()
					.collect(Collectors.toMap(Declaration::getId, Function.identity()));
		Map<Long, Person> declarants = this.people
			.byIds(page.getContent().stream().map(Declaration::getPersonId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		return page.map((d) -> new Entry(withOrganisations.get(d.getId()), declarants.get(d.getPersonId()).getFullName(),
				d.isCurrent(today)));
	}

	/**
	 * A declaration in the register, with its declarant's name.
	 * @param declaration the declaration, its organisations loaded
	 * @param name the declarant
	 * @param current whether it stands today
	 */
	public record Entry(Declaration declaration, String name, boolean current) {
	}

	/**
	 * Whether a declaration was made late: more than 28 days after the interest arose, or after the declarant
	 * was first appointed if that was later (then a breach was recorded with it).
	 * @param declaration the declaration
	 * @return whether it was
	 */
	public boolean isLate(Declaration declaration) {
		return DeclarationRound.late(declaration.getFromDate(),
				this.appointments.firstAppointed(declaration.getPersonId()), declaration.getDeclaredOn());
	}

}
