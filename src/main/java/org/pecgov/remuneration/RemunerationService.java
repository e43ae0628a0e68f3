package org.pecgov.remuneration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.Holdings;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.PayRates;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostService;
import org.pecgov.committee.PostSpecification;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rates of pay with their history, each appointment's annual cost and each committee's total, in a fixed number
 * of statements; uplifts from a date; and members paid at their own rate, with a reason.
 */
@Service
@Transactional(readOnly = true)
public class RemunerationService implements PayRates {

	private static final BigDecimal MAX_SALARY = new BigDecimal("10000000");

	/** The most characters of the reason for a member's own rate (the column's size). */
	static final int MAX_REASON = 1000;

	private final RemunerationRepository rates;

	private final RateExceptionRepository exceptions;

	private final Holdings appointments;

	private final PostService posts;

	private final CommitteeService committees;

	private final PersonService people;

	private final Clock clock;

	private final SettingsService settings;

	RemunerationService(RemunerationRepository rates, RateExceptionRepository exceptions,
			Holdings appointments, PostService posts, CommitteeService committees, PersonService people,
			Clock clock, SettingsService settings) {
		this.settings = settings;
		this.rates = rates;
		this.exceptions = exceptions;
		this.appointments = appointments;
		this.posts = posts;
		this.committees = committees;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public Optional<Rates> today(Long organisationId) {
		LocalDate today = LocalDate.now(this.clock);
		return this.rates.findByOrganisationIdOrderByEffectiveFromDesc(organisationId)
			.stream()
			.filter((r) -> !r.getEffectiveFrom().isAfter(today))
			.findFirst()
			.map((r) -> new Rates(r.getChairPercent(), r.getMemberPercent()));
	}

	public RemunerationPage page() {
		Long organisationId = CurrentUser.readableOrganisationId();
		LocalDate today = LocalDate.now(this.clock);
		List<RemunerationRate> history = this.rates.findByOrganisationIdOrderByEffectiveFromDesc(organisationId);
		RemunerationRate current = history.stream()
			.filter((r) -> !r.getEffectiveFrom().isAfter(today))
			.findFirst()
			.orElse(null);
		List<Appointment> held = this.appointments.currentAppointments();
		Map<Long, Post> postsById = this.posts.allPosts()
			.stream()
			.collect(Collectors.toMap(Post::getId, Function.identity()));
		Map<Long, PostSpecification> specifications = this.posts
			.specifications(held.stream().map(Appointment::getSpecificationId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(PostSpecification::getId, Function.identity()));
		Map<Long, String> names = this.people.byIds(held.stream().map(Appointment::getPersonId).toList())
			.stream()
			.collect(Collectors.toMap(Person::getId, Person::getFullName));
		Map<Long, RateException> own = this.exceptions.findByOrganisationId(organisationId)
			.stream()
			.collect(Collectors.toMap(RateException::getAppointmentId, Function.identity()));
		Map<Long, List<Line>> byCommittee = new LinkedHashMap<>();
		List<Committee> committeeList = this.committees.committees();
		committeeList.forEach((c) -> byCommittee.put(c.getId(), new ArrayList<>()));
		for (Appointment appointment : held) {
			Post post = postsById.get(appointment.getPostId());
			if (post == null) {
				continue;
			}
			PostSpecification specification = specifications.get(appointment.getSpecificationId());
			BigDecimal days = (specification != null) ? specification.getDaysPerWeek() : BigDecimal.ZERO;
			boolean pec = committeeList.stream().anyMatch((c) -> c.getId().equals(post.getCommitteeId()) && c.isPec());
			boolean payable = pec && Pay.paid(post.getKind());
			boolean paid = payable && current != null;
			RateException exception = own.get(appointment.getId());
			BigDecimal percent = paid ? Pay.percent(post.getKind(), current,
					(exception != null) ? exception.getPercent() : null) : null;
			BigDecimal cost = paid ? Pay.annualCost(current.getCeoSalary(), percent, days, current.getBackfillPerDay(),
					post.getKind().isClinical()) : BigDecimal.ZERO;
			byCommittee.computeIfAbsent(post.getCommitteeId(), (k) -> new ArrayList<>())
				.add(new Line(appointment.getId(), names.get(appointment.getPersonId()), post.getTitle(), post.getKind(),
						days, payable, percent, exception, cost));
		}
		List<CommitteeTotal> totals = committeeList.stream()
			.map((c) -> new CommitteeTotal(c, byCommittee.get(c.getId()), byCommittee.get(c.getId())
				.stream()
				.map(Line::cost)
				.reduce(BigDecimal.ZERO, BigDecimal::add)))
			.toList();
		return new RemunerationPage(current, history, totals);
	}

	/**
	 * What the rules of rates of pay find wrong with what was typed, without saving (a rule over a field that is
	 * missing is left to the form), so that the form says every problem at once.
	 * @param details what was typed
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(RateDetails details) {
		Long organisationId = CurrentUser.organisationId();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = details.effectiveFrom();
		BigDecimal chair = details.chairPercent();
		BigDecimal members = details.memberPercent();
		return new Problems()
			.when(from != null && (from.isBefore(today.minusYears(5)) || from.isAfter(today.plusYears(1))),
					"effectiveFrom", "remuneration.from.range")
			.when(from != null && this.rates.findByOrganisationIdOrderByEffectiveFromDesc(organisationId)
				.stream()
				.anyMatch((r) -> r.getEffectiveFrom().equals(from)), "effectiveFrom", "remuneration.from.taken")
			.when(details.ceoSalary() != null
					&& (details.ceoSalary().signum() <= 0 || details.ceoSalary().compareTo(MAX_SALARY) > 0), "ceoSalary",
					"remuneration.salary.range")
			.when(chair != null && !percentInRange(chair), "chairPercent", "remuneration.percent.range")
			.when(members != null && !percentInRange(members), "memberPercent", "remuneration.percent.range")
			.when(chair != null && members != null && this.settings.of(organisationId).getPecRules().chairRateNotBelow()
					&& chair.compareTo(members) < 0, "chairPercent", "remuneration.chair.belowMembers")
			.when(details.backfillPerDay() != null && details.backfillPerDay().signum() < 0, "backfillPerDay",
					"remuneration.backfill.negative")
			.list();
	}

	/**
	 * Records rates of pay from a date (an uplift); earlier rates are kept.
	 * @param details the rates
	 * @return them
	 */
	@Transactional
	public RemunerationRate addRate(RateDetails details) {
		Long organisationId = CurrentUser.organisationId();
		List<FieldException.Problem> problems = problemsOf(details);
		Problems.refuse(problems);
		return this.rates.saveAndFlush(new RemunerationRate(organisationId, details, CurrentUser.actor()));
	}

	/**
	 * Withdraws rates that are not yet in force, so that rates recorded by mistake for a coming date can be
	 * recorded again corrected; rates in force, or that were, stay in the history.
	 * @param id the rates
	 * @param version the version the administrator saw
	 * @return the rates withdrawn
	 */
	@Transactional
	public RemunerationRate withdrawRate(Long id, long version) {
		RemunerationRate rate = this.rates.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("RemunerationRate", id));
		rate.checkVersion(version);
		if (!rate.getEffectiveFrom().isAfter(LocalDate.now(this.clock))) {
			throw new FieldException("rate", "remuneration.withdraw.inForce");
		}
		this.rates.delete(rate);
		this.rates.flush();
		return rate;
	}

	/**
	 * Pays a member at their own rate, with a reason; a blank rate returns them to the members' rate.
	 * @param appointmentId the member's appointment (not the chair's)
	 * @param percent their rate, or null
	 * @param reason why, required with a rate
	 */
	@Transactional
	public void setOwnRate(Long appointmentId, BigDecimal percent, String reason) {
		Long organisationId = CurrentUser.organisationId();
		Line line = page().committees()
			.stream()
			.flatMap((c) -> c.lines().stream())
			.filter((l) -> l.appointmentId().equals(appointmentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Appointment", appointmentId));
		if (!line.paid() || line.kind() == org.pecgov.committee.PostKind.CHAIR) {
			throw new FieldException("percent", "remuneration.own.notMember");
		}
		RateException existing = this.exceptions.findByAppointmentId(appointmentId).orElse(null);
		if (percent == null) {
			if (existing != null) {
				this.exceptions.delete(existing);
			}
			return;
		}
		Problems problems = new Problems().when(!percentInRange(percent), "percent", "remuneration.percent.range")
			.when(reason == null || reason.isBlank(), "reason", "remuneration.own.reason")
			.when(reason != null && reason.strip().length() > MAX_REASON, "reason", "remuneration.own.reason.tooLong");
		problems.throwIfAny();
		RateException exception = (existing != null) ? existing : new RateException(organisationId, appointmentId);
		exception.set(percent, reason.strip(), CurrentUser.actor());
		this.exceptions.saveAndFlush(exception);
	}

	private static boolean percentInRange(BigDecimal percent) {
		return percent != null && percent.compareTo(new BigDecimal("0.01")) >= 0 && percent.compareTo(new BigDecimal("100")) <= 0
				&& percent.stripTrailingZeros().scale() <= 2;
	}
	/**
	 * A paid appointment's line.
	 * @param appointmentId the appointment
	 * @param name who holds it
	 * @param post the post
	 * @param kind the post's kind
	 * @param daysPerWeek the days a week it asks for
	 * @param paid whether it is paid as a PEC post
	 * @param percent its share of the chief executive's salary, when paid
	 * @param exception the member's own rate, if any
	 * @param cost its annual cost
	 */
	public record Line(Long appointmentId, String name, String post, org.pecgov.committee.PostKind kind,
			BigDecimal daysPerWeek, boolean paid, BigDecimal percent, RateException exception, BigDecimal cost) {
	}

	/**
	 * A committee's lines and total.
	 * @param committee the committee
	 * @param lines its appointments
	 * @param total their annual cost
	 */
	public record CommitteeTotal(Committee committee, List<Line> lines, BigDecimal total) {
	}

	/**
	 * The remuneration page.
	 * @param current the rates in force today, or null when none is set
	 * @param history every rate, latest first
	 * @param committees each committee's lines and total
	 */
	public record RemunerationPage(RemunerationRate current, List<RemunerationRate> history,
			List<CommitteeTotal> committees) {
	}

}
