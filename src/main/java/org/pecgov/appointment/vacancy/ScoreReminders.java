package org.pecgov.appointment.vacancy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pecgov.committee.PostService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.Reminder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each morning, emails each interview panel member of an open vacancy whose scores are awaited: how many
 * candidates they have still to score (issue 17 §1), once for each number left. One instance at a time runs it.
 */
@Component
public class ScoreReminders {

	private static final Logger log = LoggerFactory.getLogger(ScoreReminders.class);

	private final VacancyRepository vacancies;

	private final CandidateRepository candidates;

	private final PanelMemberRepository panel;

	private final ScoreRepository scores;

	private final PersonService people;

	private final PostService posts;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	ScoreReminders(VacancyRepository vacancies, CandidateRepository candidates, PanelMemberRepository panel,
			ScoreRepository scores, PersonService people, PostService posts, Outbox outbox,
			TransactionTemplate transactions) {
		this.vacancies = vacancies;
		this.candidates = candidates;
		this.panel = panel;
		this.scores = scores;
		this.people = people;
		this.posts = posts;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	@Scheduled(cron = "${pecgov.reminders.cron:0 0 7 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "score-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT10M")
	public void remindDaily() {
		Integer written = this.transactions.execute((status) -> remind());
		if (written != null && written > 0) {
			log.info("Wrote {} score reminder(s)", written);
		}
	}

	/**
	 * Writes the reminders of the day, in the caller's transaction.
	 * @return how many were written
	 */
	public int remind() {
		List<Vacancy> open = this.vacancies.findByStatus(VacancyStatus.OPEN);
		if (open.isEmpty()) {
			return 0;
		}
		Set<Long> ids = open.stream().map(Vacancy::getId).collect(Collectors.toSet());
		List<Candidate> all = this.candidates.findByVacancyIdIn(ids);
		List<PanelMember> seats = this.panel.findByVacancyIdIn(ids);
		Set<String> scored = new HashSet<>();
		if (!all.isEmpty()) {
			this.scores.findByCandidateIdIn(all.stream().map(Candidate::getId).toList())
				.forEach((s) -> scored.add(s.getCandidateId() + ":" + s.getPanelMemberId()));
		}
		Map<Long, Vacancy> byId = open.stream().collect(Collectors.toMap(Vacancy::getId, Function.identity()));
		int written = 0;
		for (PanelMember seat : seats) {
			long unscored = all.stream()
				.filter((c) -> c.getVacancyId().equals(seat.getVacancyId()))
				.filter((c) -> !scored.contains(c.getId() + ":" + seat.getId()))
				.count();
			Vacancy vacancy = byId.get(seat.getVacancyId());
			if (unscored == 0 || vacancy == null) {
				continue;
			}
			Person member = this.people.byIdsOf(vacancy.getOrganisationId(), List.of(seat.getPersonId()))
				.stream()
				.findFirst()
				.orElse(null);
			if (member == null) {
				continue;
			}
			if (this.outbox.add(new Reminder(vacancy.getOrganisationId(), member.getId(), member.getFullName(),
					member.getEmail(), "SCORES_AWAITED", "SCORES_AWAITED:" + seat.getId() + ":" + unscored,
					"/vacancies/" + vacancy.getId(), null,
					this.posts.titleOf(vacancy.getOrganisationId(), vacancy.getPostId()), unscored))) {
				written++;
			}
		}
		return written;
	}

}
