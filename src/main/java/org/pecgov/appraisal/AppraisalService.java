package org.pecgov.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.Holdings;
import org.pecgov.committee.PostRequirement;
import org.pecgov.committee.PostService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual appraisals. Seen only by the appraisee, the appraiser and the PCT's administrators. The appraiser
 * opens one, rates each competency the post requires (1 to 4), reviews the objectives, records the outcome
 * and the personal development plan; the appraisee assesses themselves and may comment; both sign, and it
 * is locked. A second unsatisfactory outcome in a row opens a review of suitability.
 */
@Service
@Transactional(readOnly = true)
public class AppraisalService {

	public static final int PAGE_SIZE = 25;

	/** An appraisal is overdue when the last one signed ended more than this many months ago. */

	private final AppraisalRepository appraisals;

	private final PdpItemRepository pdp;

	private final PersonService people;

	private final Holdings appointments;

	private final PostService posts;

	private final Appraisers appraisers;

	private final Clock clock;

	private final SettingsService settings;

	AppraisalService(AppraisalRepository appraisals, PdpItemRepository pdp, PersonService people,
			Holdings appointments, PostService posts, Appraisers appraisers, Clock clock, SettingsService settings) {
		this.settings = settings;
		this.appraisals = appraisals;
		this.pdp = pdp;
		this.people = people;
		this.appointments = appointments;
		this.posts = posts;
		this.appraisers = appraisers;
		this.clock = clock;
	}

	/**
	 * The appraisals the user may read: every current one of the PCT for an administrator, else those they
	 * had or held; and who the user appraises whose appraisal is overdue.
	 * @param page the page, from 0
	 * @return the page
	 */
	public AppraisalsPage list(int page) {
		PecgovPrincipal user = CurrentUser.get();
		Long personId = (user.getRole() == Role.ADMIN) ? null
				: ((user.getPersonId() != null) ? user.getPersonId() : -1L);
		Map<Long, Long> holders = this.appraisers.postHoldersWithAppraisers(today());
		List<Long> mine = holders.entrySet()
			.stream()
			.filter((e) -> (user.getRole() == Role.ADMIN && e.getValue() != null)
					|| (user.getPersonId() != null && user.getPersonId().equals(e.getValue())))
			.map(Map.Entry::getKey)
			.toList();
		// an appraiser reads the appraisals they held only of people they still appraise
		Page<Appraisal> list = this.appraisals.list(CurrentUser.organisationId(), personId,
				mine.isEmpty() ? List.of(-1L) : mine,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "periodTo", "id")));
		Set<Long> ids = new HashSet<>(mine);
		list.forEach((a) -> {
			ids.add(a.getPersonId());
			ids.add(a.getAppraiserId());
		});
		Map<Long, String> names = names(ids);
		Map<Long, LocalDate> lastSigned = new java.util.HashMap<>();
		if (!mine.isEmpty()) {
			this.appraisals.lastSigned(CurrentUser.organisationId(), mine)
				.forEach((row) -> lastSigned.put((Long) row[0], (LocalDate) row[1]));
		}
		int interval = this.settings.of(CurrentUser.organisationId()).getAppraisalIntervalMonths();
		List<Long> overdue = mine.stream()
			.filter((p) -> overdue(lastSigned.get(p), today(), interval))
			.sorted((a, b) -> names.getOrDefault(a, "")
			.compareTo(names.getOrDefault(b, ""))).toList();
		return new AppraisalsPage(list, names, overdue, mine);
	}

	/**
	 * Whether someone's appraisal is overdue: their last signed one ended more than the PCT's interval (12
	 * months unless it set another) ago, or they have none.
	 * @param personId the post holder
	 * @return true when overdue
	 */
	public boolean isOverdue(Long personId) {
		int interval = this.settings.of(this.people.get(personId).getOrganisationId()).getAppraisalIntervalMonths();
		return this.appraisals.findByPersonIdOrderByPeriodToDesc(personId)
			.stream()
			.filter(Appraisal::isLocked)
			.findFirst()
			.map((a) -> overdue(a.getPeriodTo(), today(), interval))
			.orElse(true);
	}

	/**
	 * The rule: an appraisal is overdue when the last signed one ended more than the PCT's interval ago
	 * (12 months by default), or there is none.
	 * @param lastSignedTo the last day of the period of the last signed appraisal, or null
	 * @param today today
	 * @param intervalMonths the PCT's months between appraisals
	 * @return true when overdue
	 */
	public static boolean overdue(LocalDate lastSignedTo, LocalDate today, int intervalMonths) {
		return lastSignedTo == null || lastSignedTo.isBefore(today.minusMonths(intervalMonths));
	}

	/**
	 * Someone's last signed appraisal in the PCT the user reads, whichever version was signed last: for
	 * the reappointment gate, which shows its outcome and no more.
	 * @param personId the post holder
	 * @return the appraisal, if they have a signed one
	 */
	public Optional<Appraisal> lastSigned(Long personId) {
		Long organisationId = CurrentUser.readableOrganisationId();
		return this.appraisals.findByPersonIdOrderByPeriodToDesc(personId)
			.stream()
			.filter((a) -> a.isLocked() && a.getOrganisationId().equals(organisationId))
			.max(Comparator.comparing(Appraisal::getPeriodTo).thenComparing(Appraisal::getId));
	}

	/**
	 * What the rules of a new appraisal find wrong with what was chosen, without saving, so that the form says
	 * every problem at once: a post holder of the PCT with an appraiser who is not themself, no appraisal of
	 * theirs already open, and a period that ends after it starts, from three years ago to three months ahead.
	 * @param personId the appraisee, or null
	 * @param from the first day of the period, or null
	 * @param to its last day, or null
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(Long personId, LocalDate from, LocalDate to) {
		Problems problems = new Problems();
		boolean known = personId != null && !this.people.byIds(List.of(personId)).isEmpty();
		problems.when(!known, "personId", "appraisal.person.required");
		if (known) {
			Long appraiser = this.appraisers.appraiserOf(personId, today()).orElse(null);
			problems.when(appraiser == null, "personId", "appraisal.noAppraiser")
				.when(appraiser != null && personId.equals(CurrentUser.get().getPersonId()), "personId",
						"appraisal.selfAppraisal")
				.when(appraiser != null && this.appraisers.appraisedPostOf(personId, today()).isEmpty(), "personId",
						"appraisal.notPostHolder")
				.when(this.appraisals.findByPersonIdAndSupersededFalseOrderByPeriodToDesc(personId)
					.stream()
					.anyMatch((a) -> !a.isLocked()), "personId", "appraisal.alreadyOpen");
		}
		problems.when(from != null && to != null
				&& (!to.isAfter(from) || to.isAfter(today().plusMonths(3)) || from.isBefore(today().minusYears(3))),
				"periodTo", "appraisal.period.invalid");
		return problems.list();
	}

	/**
	 * Opens an appraisal of a post holder for a period: by their appraiser.
	 * @param personId the appraisee
	 * @param from the first day of the period
	 * @param to its last day
	 * @return the appraisal
	 */
	@Transactional
	public Appraisal open(Long personId, LocalDate from, LocalDate to) {
		List<FieldException.Problem> problems = problemsOf(personId, from, to);
		Problems.refuse(problems);
		Person person = this.people.byIds(List.of(personId)).get(0);
		Long appraiser = this.appraisers.appraiserOf(personId, today()).orElseThrow();
		if (!appraiser.equals(CurrentUser.get().getPersonId())) {
			throw new AccessDeniedException("Only the appraiser opens an appraisal");
		}
		// the post on which they are appraised: the one whose line leads to the appraiser
		Appointment post = this.appraisers.appraisedPostOf(personId, today()).orElseThrow();
		return this.appraisals.saveAndFlush(new Appraisal(person.getOrganisationId(), personId, appraiser, post.getId(),
				from, to, null));
	}

	/**
	 * An appraisal the user may read.
	 * @param id the appraisal
	 * @return it, with what its page shows
	 */
	public AppraisalPage get(Long id) {
		Appraisal appraisal = readable(id);
		appraisal.getRatings().size();
		Appointment post = this.appointments.appointmentOf(appraisal.getAppointmentId());
		List<PostRequirement> required = (post.getSpecificationId() != null)
				? this.posts.specificationOf(appraisal.getOrganisationId(), post.getSpecificationId()).getRequirements()
				: List.of();
		Long me = CurrentUser.get().getPersonId();
		return new AppraisalPage(appraisal, names(Set.of(appraisal.getPersonId(), appraisal.getAppraiserId())),
				this.posts.titleOf(appraisal.getOrganisationId(), post.getPostId()), required,
				this.pdp.findByAppraisalIdOrderByByWhenAscIdAsc(id), appraisal.getPersonId().equals(me),
				appraisal.getAppraiserId().equals(me));
	}

	/**
	 * An appraisal the user may read: an administrator any of the PCT's; the appraisee their own; the appraiser
	 * one they held while they still appraise that person (an appraiser who no longer does reads it no more).
	 * @param id the appraisal
	 * @return it
	 */
	Appraisal readable(Long id) {
		PecgovPrincipal user = CurrentUser.get();
		Long me = user.getPersonId();
		return this.appraisals.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.filter((a) -> user.getRole() == Role.ADMIN || (me != null && (me.equals(a.getPersonId())
					|| (me.equals(a.getAppraiserId())
							&& this.appraisers.appraiserOf(a.getPersonId(), today()).filter(me::equals).isPresent()))))
			.orElseThrow(() -> new NotFoundException("Appraisal", id));
	}

	private Map<Long, String> names(Set<Long> ids) {
		return this.people.byIds(ids).stream().collect(Collectors.toMap(Person::getId, Person::getFullName));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A page of appraisals.
	 * @param appraisals the current versions the user may read
	 * @param names names by person id
	 * @param overdue those the user appraises whose appraisal is overdue
	 * @param appraisees those the user appraises (everyone holding a post, for an administrator)
	 */
	public record AppraisalsPage(Page<Appraisal> appraisals, Map<Long, String> names, List<Long> overdue,
			List<Long> appraisees) {
	}

	/**
	 * An appraisal's page.
	 * @param appraisal the appraisal
	 * @param names the names of the two people
	 * @param post the title of the post appraised
	 * @param required the competencies the post requires
	 * @param pdp the personal development plan
	 * @param appraisee whether the user is the appraisee
	 * @param appraiser whether the user is the appraiser
	 */
	public record AppraisalPage(Appraisal appraisal, Map<Long, String> names, String post,
			List<PostRequirement> required, List<PdpItem> pdp, boolean appraisee, boolean appraiser) {
	}

	/**
	 * The development plan items of someone's appraisals (their current versions), for their training.
	 * @param personId the appraisee
	 * @return the items, soonest first
	 */
	public List<PdpItem> pdpItemsOf(Long personId) {
		List<Long> theirs = this.appraisals.findByPersonIdAndSupersededFalseOrderByPeriodToDesc(personId)
			.stream()
			.map(Appraisal::getId)
			.toList();
		return theirs.isEmpty() ? List.of() : this.pdp.findByAppraisalIdInOrderByByWhenAscIdAsc(theirs);
	}

	/**
	 * Whether an item of a development plan is of someone's appraisal.
	 * @param pdpItemId the item
	 * @param personId the appraisee
	 * @return whether it is
	 */
	public boolean isPdpItemOf(Long pdpItemId, Long personId) {
		return this.pdp.findById(pdpItemId)
			.flatMap((item) -> this.appraisals.findById(item.getAppraisalId()))
			.map((a) -> a.getPersonId().equals(personId))
			.orElse(false);
	}

}
