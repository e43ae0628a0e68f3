package org.pecgov.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member register of the signed-in user's PCT.
 */
@Service
@Transactional(readOnly = true)
public class PersonService {

	public static final int PAGE_SIZE = 25;

	static final Sort REGISTER_ORDER = Sort.by("familyName", "givenName", "id");

	private final PersonRepository people;

	private final Clock clock;

	PersonService(PersonRepository people, Clock clock) {
		this.people = people;
		this.clock = clock;
	}

	public Page<Person> list(PersonFilter filter, int page) {
		return this.people.search(CurrentUser.organisationId(), filter,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, REGISTER_ORDER));
	}

	/**
	 * A member of the current user's PCT. A member (role) may only read their own record.
	 * @param id the person
	 * @return the person
	 * @throws NotFoundException when it is not there, belongs to another PCT, or is not the member's own
	 */
	public Person get(Long id) {
		PecgovPrincipal user = CurrentUser.get();
		if (user.getRole() == Role.MEMBER && !id.equals(user.getPersonId())) {
			throw new NotFoundException("Person", id);
		}
		return this.people.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Person", id));
	}

	/**
	 * People of the current PCT, for choosing one (for example to link a user to).
	 * @return active people in register order
	 */
	public List<Person> activePeople() {
		return this.people.findAll(PersonRepository.matching(CurrentUser.organisationId(),
				new PersonFilter(null, null, false)), REGISTER_ORDER);
	}

	/**
	 * The whole register of the current PCT, as the list filters it, for its CSV (one statement).
	 * @param filter the list's filter
	 * @return the people in register order
	 */
	public List<Person> register(PersonFilter filter) {
		return this.people.findAll(PersonRepository.matching(CurrentUser.organisationId(), filter), REGISTER_ORDER);
	}

	/**
	 * People of a given PCT, for jobs that run without a signed-in user (such as reminders).
	 * @param organisationId the PCT
	 * @param ids the people
	 * @return those of that PCT
	 */
	public List<Person> byIdsOf(Long organisationId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.people.findAllById(ids).stream().filter((p) -> p.getOrganisationId().equals(organisationId)).toList();
	}

	/**
	 * People of some PCTs: for what an SHA viewer reads across the PCTs of their SHA.
	 * @param organisationIds the PCTs
	 * @param ids the people
	 * @return those of one of those PCTs
	 */
	public List<Person> ofPcts(Collection<Long> organisationIds, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.people.findAllById(ids).stream().filter((p) -> organisationIds.contains(p.getOrganisationId())).toList();
	}

	/**
	 * People of the PCT the user reads, for pages that show who holds what.
	 * @param ids the people
	 * @return those of that PCT
	 */
	public List<Person> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Long organisationId = CurrentUser.readableOrganisationId();
		if (org.pecgov.shared.ReadMemo.isActive()) {
			// a page whose features each name some of the PCT's people reads the register once
			java.util.Set<Long> wanted = new java.util.HashSet<>(ids);
			return org.pecgov.shared.ReadMemo
				.get(List.of("people", organisationId), () -> this.people.findByOrganisationId(organisationId))
				.stream()
				.filter((p) -> wanted.contains(p.getId()))
				.toList();
		}
		return this.people.findAllById(ids).stream().filter((p) -> p.getOrganisationId().equals(organisationId)).toList();
	}

	@Transactional
	public Person create(PersonDetails details) {
		Long organisationId = CurrentUser.organisationId();
		checkEmailFree(organisationId, details.email(), null);
		return this.people.save(new Person(organisationId, details));
	}

	/**
	 * Creates a person in a given PCT, for demo data loaded at start-up.
	 * @param organisationId the PCT
	 * @param details the person
	 * @return the person
	 */
	@Transactional
	public Person createIn(Long organisationId, PersonDetails details) {
		checkEmailFree(organisationId, details.email(), null);
		return this.people.save(new Person(organisationId, details));
	}

	@Transactional
	public Person update(Long id, long version, PersonDetails details) {
		Person person = get(id);
		person.checkVersion(version);
		checkEmailFree(person.getOrganisationId(), details.email(), id);
		person.apply(details);
		return this.people.saveAndFlush(person);
	}

	@Transactional
	public Person updateContact(Long id, long version, String email, String phone) {
		Person person = get(id);
		person.checkVersion(version);
		checkEmailFree(person.getOrganisationId(), email, id);
		person.changeContact(email, phone);
		return this.people.saveAndFlush(person);
	}

	@Transactional
	public Person retire(Long id, long version) {
		Person person = get(id);
		person.checkVersion(version);
		if (!person.isRetired()) {
			person.retire(LocalDate.now(this.clock));
		}
		return this.people.saveAndFlush(person);
	}

	@Transactional
	public Person reinstate(Long id, long version) {
		Person person = get(id);
		person.checkVersion(version);
		if (person.isRetired()) {
			person.reinstate();
		}
		return this.people.saveAndFlush(person);
	}

	public long count(Long organisationId) {
		return this.people.countByOrganisationId(organisationId);
	}

	/**
	 * What the register's own rules find wrong with a person's record as typed, without saving: checked with the
	 * form's, so that every problem is said at once.
	 * @param personId the person, or null for someone new
	 * @param email the email typed, or null
	 * @return the problems (an email another person of the PCT has)
	 */
	public java.util.List<FieldException.Problem> problemsOf(Long personId, String email) {
		boolean taken = email != null && !email.isBlank()
				&& this.people.emailTaken(CurrentUser.organisationId(), email.strip(), (personId != null) ? personId : -1L);
		return taken ? java.util.List.of(new FieldException.Problem("email", "person.email.duplicate"))
				: java.util.List.of();
	}

	private void checkEmailFree(Long organisationId, String email, Long exceptId) {
		if (email != null && this.people.emailTaken(organisationId, email.strip(), (exceptId != null) ? exceptId : -1L)) {
			throw new FieldException("email", "person.email.duplicate");
		}
	}

	/**
	 * The people of a PCT whose name ("given family") contains some text, any case.
	 * @param organisationId the PCT
	 * @param text the text
	 * @return their ids
	 */
	public Set<Long> idsNamed(Long organisationId, String text) {
		String pattern = "%" + PersonRepository.escapeLike(text.toLowerCase(java.util.Locale.ROOT)) + "%";
		return new HashSet<>(this.people.idsNamed(organisationId, pattern));
	}

}
