package org.pecgov.appointment.vacancy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pecgov.committee.Post;
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
		ScoreGaps gaps = new ScoreGaps(this.scores, this.candidates.findByVacancyIdIn(ids));
		Map<Long, List<PanelMember>> seatsByVacancy = this.panel.findByVacancyIdIn(ids)
			.stream()
			.collect(Collectors.groupingBy(PanelMember::getVacancyId));
		int written = 0;
		// a fixed number of statements per PCT: its panel members and the titles of its posts
		for (Map.Entry<Long, List<Vacancy>> pct : open.stream()
			.collect(Collectors.groupingBy(Vacancy::getOrganisationId))
			.entrySet()) {
			Long organisationId = pct.getKey();
			List<PanelMember> seats = pct.getValue()
				.stream()
				.flatMap((v) -> seatsByVacancy.getOrDefault(v.getId(), List.of()).stream())
				.toList();
			Map<Long, Person> members = this.people
				.byIdsOf(organisationId, seats.stream().map(PanelMember::getPersonId).collect(Collectors.toSet()))
				.stream()
				.collect(Collectors.toMap(Person::getId, Function.identity()));
			Map<Long, String> titles = this.posts
				.byIdsOf(organisationId, pct.getValue().stream().map(Vacancy::getPostId).collect(Collectors.toSet()))
				.stream()
				.collect(Collectors.toMap(Post::getId, Post::getTitle));
			Map<Long, Vacancy> byId = pct.getValue().stream().collect(Collectors.toMap(Vacancy::getId, Function.identity()));
			for (PanelMember seat : seats) {
				long unscored = gaps.unscored(seat);
				Person member = members.get(seat.getPersonId());
				Vacancy vacancy = byId.get(seat.getVacancyId());
				if (unscored == 0 || member == null) {
					continue;
				}
				if (this.outbox.add(new Reminder(organisationId, member.getId(), member.getFullName(), member.getEmail(),
						"SCORES_AWAITED", "SCORES_AWAITED:" + seat.getId() + ":" + unscored, "/vacancies/" + vacancy.getId() + "/candidates",
						null, titles.getOrDefault(vacancy.getPostId(), ""), unscored))) {
					written++;
				}
			}
		}
		return written;
	}

}
