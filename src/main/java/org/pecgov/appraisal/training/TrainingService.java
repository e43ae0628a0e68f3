package org.pecgov.appraisal.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pecgov.appraisal.AppraisalService;
import org.pecgov.appraisal.Appraisers;
import org.pecgov.appraisal.PdpItem;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.Problems;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training and development of post holders, and who has had none in the last 12 months. Staff record it
 * for anyone; a member records their own.
 */
@Service
@Transactional(readOnly = true)
public class TrainingService {

	public static final int PAGE_SIZE = 25;

	/** Post holders with no training in this many months are shown as such. */
	public static final int WITHOUT_MONTHS = 12;

	private final TrainingRepository training;

	private final AppraisalService appraisals;

	private final PersonService people;

	private final Appraisers appraisers;

	private final Clock clock;

	TrainingService(TrainingRepository training, AppraisalService appraisals,
			PersonService people, Appraisers appraisers, Clock clock) {
		this.training = training;
		this.appraisals = appraisals;
		this.people = people;
		this.appraisers = appraisers;
		this.clock = clock;
	}

	/**
	 * Training recorded, latest first (a member's own), and the post holders with none in 12 months.
	 * @param page the page, from 0
	 * @return the page
	 */
	public TrainingPage list(int page) {
		return list(page, null);
	}

	/**
	 * Training recorded, latest first: a member's own; staff may narrow it to one person's (and then the list of
	 * post holders without training is not shown).
	 * @param page the page, from 0
	 * @param person the person, or null for everyone's
	 * @return the page
	 */
	public TrainingPage list(int page, Long person) {
		PecgovPrincipal user = CurrentUser.get();
		boolean own = user.getRole() == Role.MEMBER;
		Long narrowedTo = own ? null : person; // a member's list is their own, whatever they ask
		Long organisationId = CurrentUser.organisationId();
		Page<TrainingRecord> list = this.training.list(organisationId,
				own ? ((user.getPersonId() != null) ? user.getPersonId() : Long.valueOf(-1L)) : narrowedTo,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "attendedOn", "id")));
		Set<Long> holders = this.appraisers.postHoldersWithAppraisers(today()).keySet();
		Set<Long> trained = new HashSet<>(this.training.trainedSince(organisationId, today().minusMonths(WITHOUT_MONTHS)));
		Set<Long> ids = new HashSet<>();
		list.forEach((t) -> ids.add(t.getPersonId()));
		List<Long> without = (own || narrowedTo != null) ? List.of()
				: holders.stream().filter((h) -> !trained.contains(h)).toList();
		ids.addAll(without);
		if (narrowedTo != null) {
			ids.add(narrowedTo);
		}
		Map<Long, String> names = this.people.byIds(ids).stream()
			.collect(Collectors.toMap(Person::getId, Person::getFullName));
		return new TrainingPage(list, names,
				without.stream().sorted((a, b) -> names.getOrDefault(a, "").compareTo(names.getOrDefault(b, ""))).toList(),
				holders.size(), narrowedTo);
	}

	/**
	 * Whom the user may record training for: anyone holding a post for staff, else themselves.
	 * @return the people
	 */
	public List<Person> recordable() {
		PecgovPrincipal user = CurrentUser.get();
		if (user.getRole() == Role.MEMBER) {
			return (user.getPersonId() != null) ? this.people.byIds(List.of(user.getPersonId())) : List.of();
		}
		Set<Long> holders = this.appraisers.postHoldersWithAppraisers(today()).keySet();
		return this.people.activePeople().stream().filter((p) -> holders.contains(p.getId())).toList();
	}

	/**
	 * The development plan items of the user's own appraisals, that their training may serve.
	 * @return the items
	 */
	public List<PdpItem> myPdpItems() {
		Long me = CurrentUser.get().getPersonId();
		if (me == null) {
			return List.of();
		}
		return this.appraisals.pdpItemsOf(me);
	}

	@Transactional
	public TrainingRecord record(Long personId, TrainingDetails details) {
		PecgovPrincipal user = CurrentUser.get();
		if (personId != null && user.getRole() == Role.MEMBER && !personId.equals(user.getPersonId())) {
			throw new AccessDeniedException("A member records their own training");
		}
		List<FieldException.Problem> problems = problemsOf(personId, details);
		Problems.refuse(problems);
		Person person = this.people.byIds(List.of(personId)).get(0);
		return this.training.saveAndFlush(new TrainingRecord(person.getOrganisationId(), personId, details,
				CurrentUser.actor()));
	}

	/**
	 * What the rules of a training record find wrong with what was typed, without saving, so that the form says
	 * every problem at once: someone of the PCT, a day from ten years ago to today, and a development plan item
	 * of the user's own.
	 * @param personId who attended, or null
	 * @param details what was typed
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(Long personId, TrainingDetails details) {
		Long me = CurrentUser.get().getPersonId();
		LocalDate on = details.attendedOn();
		return new Problems()
			.when(personId == null || this.people.byIds(List.of(personId)).isEmpty(), "personId",
					"training.person.required")
			.when(on != null && on.isAfter(today()), "attendedOn", "training.date.future")
			.when(on != null && on.isBefore(today().minusYears(10)), "attendedOn", "training.date.tooOld")
			.when(details.pdpItemId() != null && (personId == null || !personId.equals(me)
					|| !this.appraisals.isPdpItemOf(details.pdpItemId(), personId)), "pdpItemId", "training.pdp.unknown")
			.list();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A page of training.
	 * @param records the training recorded
	 * @param names names by person id
	 * @param without post holders with no training in the last 12 months (for staff)
	 * @param postHolders how many hold a post today
	 * @param person the one person the list is narrowed to by staff, or null
	 */
	public record TrainingPage(Page<TrainingRecord> records, Map<Long, String> names, List<Long> without,
			int postHolders, Long person) {
	}

	/**
	 * How many courses someone attended since a day (for their record).
	 * @param personId the person
	 * @param since the first day
	 * @return the count
	 */
	public long countOf(Long personId, java.time.LocalDate since) {
		return this.training.countOf(org.pecgov.security.CurrentUser.organisationId(), personId, since);
	}

}
