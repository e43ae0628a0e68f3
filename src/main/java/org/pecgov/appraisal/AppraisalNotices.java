package org.pecgov.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pecgov.home.HomeNotice;
import org.pecgov.home.HomeNotice.Urgency;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appraisals on the home page: for an appraiser (the PEC chair, the PCT chair), the appraisals of the people
 * they appraise that are overdue or due within 30 days and those waiting for their assessment or signature; for
 * an appraisee, their self-assessment, comments or signature awaited. Counts and names only: never an
 * appraisal's content or outcome.
 */
@Component
@Order(10)
@Transactional(readOnly = true)
class AppraisalNotices implements HomeNotice.Source {

	static final int DUE_WITHIN_DAYS = 30;

	private final AppraisalRepository appraisals;

	private final Appraisers appraisers;

	private final PersonService people;

	private final SettingsService settings;

	private final Clock clock;

	AppraisalNotices(AppraisalRepository appraisals, Appraisers appraisers, PersonService people,
			SettingsService settings, Clock clock) {
		this.appraisals = appraisals;
		this.appraisers = appraisers;
		this.people = people;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		PecgovPrincipal user = CurrentUser.get();
		if (!Role.PCT_ROLES.contains(user.getRole()) || user.getOrganisationId() == null
				|| user.getPersonId() == null) {
			return List.of();
		}
		Long me = user.getPersonId();
		LocalDate today = LocalDate.now(this.clock);
		List<Long> mine = this.appraisers.appraisedBy(me, today);
		List<Appraisal> unsigned = this.appraisals.unsignedOf(user.getOrganisationId(), me);
		Set<Long> named = new HashSet<>(mine);
		unsigned.forEach((a) -> named.add(a.getPersonId()));
		Map<Long, String> names = names(named);
		List<HomeNotice> notices = new ArrayList<>();
		if (!mine.isEmpty()) {
			notices.addAll(due(mine, unsigned, names, today));
		}
		notices.addAll(awaited(me, unsigned, names));
		return notices;
	}

	private List<HomeNotice> due(List<Long> mine, List<Appraisal> unsigned, Map<Long, String> names,
			LocalDate today) {
		Map<Long, LocalDate> lastSigned = new HashMap<>();
		this.appraisals.lastSigned(CurrentUser.organisationId(), mine)
			.forEach((row) -> lastSigned.put((Long) row[0], (LocalDate) row[1]));
		int interval = this.settings.of(CurrentUser.organisationId()).getAppraisalIntervalMonths();
		List<Long> overdue = new ArrayList<>();
		List<Long> dueSoon = new ArrayList<>();
		for (Long person : mine) {
			Urgency urgency = dueness(lastSigned.get(person), today, interval);
			if (urgency == Urgency.OVERDUE) {
				overdue.add(person);
			}
			else if (urgency == Urgency.DUE_SOON) {
				dueSoon.add(person);
			}
		}
		Map<Long, Long> openOf = new HashMap<>();
		unsigned.forEach((a) -> openOf.putIfAbsent(a.getPersonId(), a.getId()));
		List<HomeNotice> notices = new ArrayList<>();
		if (!overdue.isEmpty()) {
			notices.add(HomeNotice.of(Urgency.OVERDUE, "home.todo.APPRAISALS_OVERDUE", new Object[] { overdue.size() },
					sorted(overdue, names), where(overdue, openOf), "home.todo.act.appraisals"));
		}
		if (!dueSoon.isEmpty()) {
			notices.add(HomeNotice.of(Urgency.DUE_SOON, "home.todo.APPRAISALS_DUE",
					new Object[] { dueSoon.size(), DUE_WITHIN_DAYS }, sorted(dueSoon, names), where(dueSoon, openOf),
					"home.todo.act.appraisals"));
		}
		return notices;
	}

	/**
	 * When someone's next appraisal falls: overdue when the last signed one ended more than the interval ago (or
	 * there is none), due soon when that day comes within 30 days.
	 * @param lastSignedTo the end of the last signed appraisal's period, or null
	 * @param today today
	 * @param intervalMonths the PCT's months between appraisals
	 * @return how pressing it is, or null when it is not due yet
	 */
	static Urgency dueness(LocalDate lastSignedTo, LocalDate today, int intervalMonths) {
		if (AppraisalService.overdue(lastSignedTo, today, intervalMonths)) {
			return Urgency.OVERDUE;
		}
		LocalDate due = lastSignedTo.plusMonths(intervalMonths);
		return due.isAfter(today.plusDays(DUE_WITHIN_DAYS)) ? null : Urgency.DUE_SOON;
	}

	private List<HomeNotice> awaited(Long me, List<Appraisal> unsigned, Map<Long, String> names) {
		List<HomeNotice> notices = new ArrayList<>();
		for (Appraisal a : unsigned) {
			String href = "/appraisals/" + a.getId();
			if (a.getPersonId().equals(me)) {
				if (a.getSelfAssessment() == null) {
					notices.add(HomeNotice.of(Urgency.TO_DO, "home.todo.MY_SELF_ASSESSMENT",
							new Object[] { HomeNotice.day(a.getPeriodFrom()), HomeNotice.day(a.getPeriodTo()) }, List.of(), href + "/self",
							"home.todo.act.appraisal"));
				}
				else if (a.getOutcome() != null && a.getMemberSignedAt() == null) {
					notices.add(HomeNotice.of(Urgency.TO_DO, "home.todo.MY_SIGNATURE",
							new Object[] { HomeNotice.day(a.getPeriodFrom()), HomeNotice.day(a.getPeriodTo()) }, List.of(), href + "/sign",
							"home.todo.act.appraisal"));
				}
			}
			else if (a.getAppraiserId().equals(me)) {
				String name = names.getOrDefault(a.getPersonId(), "");
				if (a.getSelfAssessment() != null && a.getOutcome() == null) {
					notices.add(HomeNotice.of(Urgency.TO_DO, "home.todo.ASSESSMENT_AWAITED", new Object[] { name },
							List.of(), href + "/assessment", "home.todo.act.appraisal"));
				}
				else if (a.getMemberSignedAt() != null && a.getAppraiserSignedAt() == null) {
					notices.add(HomeNotice.of(Urgency.TO_DO, "home.todo.APPRAISER_SIGNATURE", new Object[] { name },
							List.of(), href + "/sign", "home.todo.act.appraisal"));
				}
			}
		}
		return notices;
	}

	/** One person: straight to their appraisal in progress if there is one; else the list, to open one. */
	private static String where(List<Long> people, Map<Long, Long> openOf) {
		if (people.size() == 1 && openOf.containsKey(people.get(0))) {
			return "/appraisals/" + openOf.get(people.get(0));
		}
		return "/appraisals";
	}

	private Map<Long, String> names(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of()
				: this.people.byIds(ids).stream().collect(Collectors.toMap(Person::getId, Person::getFullName));
	}

	private static List<String> sorted(List<Long> ids, Map<Long, String> names) {
		return ids.stream().map((id) -> names.getOrDefault(id, "")).sorted().toList();
	}

}
