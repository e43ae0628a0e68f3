package org.pecgov.appointment.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pecgov.appointment.AppointCommand;
import org.pecgov.appointment.AppointmentService;
import org.pecgov.appointment.Term;
import org.pecgov.appointment.vacancy.Candidate;
import org.pecgov.appointment.vacancy.InterviewPanel;
import org.pecgov.appointment.vacancy.PanelMember;
import org.pecgov.appointment.vacancy.ScoreEntry;
import org.pecgov.appointment.vacancy.Vacancy;
import org.pecgov.appointment.vacancy.VacancyService;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeKind;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.committee.SpecificationDetails;
import org.pecgov.competency.Competency;
import org.pecgov.competency.CompetencyFamily;
import org.pecgov.competency.CompetencyService;
import org.pecgov.demo.DemoPct;
import org.pecgov.demo.DemoSeed;
import org.pecgov.member.Person;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo PCTs' posts, appointments and one interview with its panel's scores. Runs as the PCT's
 * administrator would (the caller sets the security context).
 */
@Component
@Order(1)
class DemoCommittees implements DemoSeed {

	private final CommitteeService committees;

	private final PostService posts;

	private final CompetencyService competencies;

	private final AppointmentService appointments;

	private final VacancyService vacancies;

	private final InterviewPanel interviews;

	DemoCommittees(CommitteeService committees, PostService posts, CompetencyService competencies,
			AppointmentService appointments, VacancyService vacancies, InterviewPanel interviews,
			org.pecgov.appointment.TermReminders termReminders) {
		this.termReminders = termReminders;
		this.committees = committees;
		this.posts = posts;
		this.competencies = competencies;
		this.appointments = appointments;
		this.vacancies = vacancies;
		this.interviews = interviews;
	}

	@Override
	public void seed(DemoPct pct) {
		pct.asAdministrator(() -> build(pct.people()));
		// the morning's emails about terms ending within 90 days wait in the outbox, as the daily job would write them
		pct.asAdministrator(this.termReminders::remind);
	}

	private final org.pecgov.appointment.TermReminders termReminders;

	/**
	 * Builds the PEC and Board of a demo PCT from its register.
	 * @param people the register in the order of DemoData: GP chair, GP, nurse, pharmacist, AHP, dentist,
	 * CEO, director of finance, DPH, two local authority members, optometrist, social worker, lay member,
	 * PCT chair, another nurse
	 */
	void build(List<Person> people) {
		List<Competency> catalogue = this.competencies.active();
		Map<Long, Boolean> memberSpec = requirements(catalogue, CompetencyFamily.ADDED_VALUE, 4, CompetencyFamily.MANAGEMENT, 3);
		Map<Long, Boolean> chairSpec = requirements(catalogue, CompetencyFamily.CHAIR, 4, CompetencyFamily.ADDED_VALUE, 3);
		Committee pec = this.committees.committees().stream().filter(Committee::isPec).findFirst().orElseThrow();
		Committee board = this.committees.committees()
			.stream()
			.filter((c) -> c.getKind() == CommitteeKind.BOARD)
			.findFirst()
			.orElseThrow();
		LocalDate april2025 = LocalDate.of(2025, 4, 1);
		Post chair = post(pec, PostKind.CHAIR, "PEC chair", "Leads the PEC and sits on the Board ex officio.", "3",
				chairSpec);
		LocalDate chairStart = april2025.minusYears(1);
		this.appointments.recordExisting(new AppointCommand(chair.getId(), people.get(0).getId(),
				new Term(chairStart, chairStart.plusYears(4).minusDays(1)), true, null, true));
		appoint(post(pec, PostKind.DEPUTY_CHAIR, "Deputy chair (prescribing lead)",
				"Deputises for the chair; leads on prescribing.", "1.5", memberSpec), people.get(1), april2025, 3, true,
				null);
		Post nursing = post(pec, PostKind.CLINICAL_MEMBER, "Clinical member (community nursing)",
				"Leads on community services and long-term conditions.", "1", memberSpec);
		appoint(post(pec, PostKind.CLINICAL_MEMBER, "Clinical member (medicines management)",
				"Leads on medicines optimisation.", "1", memberSpec), people.get(3), april2025.plusYears(1), 3, false, null);
		appoint(post(pec, PostKind.CLINICAL_MEMBER, "Clinical member (allied health)",
				"Leads on rehabilitation and allied health services.", "1", memberSpec), people.get(4), april2025, 2, false,
				null);
		appoint(post(pec, PostKind.CLINICAL_MEMBER, "Clinical member (dental and oral health)",
				"Leads on dental commissioning.", "0.5", memberSpec), people.get(5), april2025.minusYears(1), 3, false,
				null);
		appoint(post(pec, PostKind.CLINICAL_MEMBER, "Clinical member (social care)",
				"Links the PEC with adult social care.", "0.5", memberSpec), people.get(12), april2025.plusYears(1), 4,
				false, null);
		appoint(post(pec, PostKind.CHIEF_EXECUTIVE, "Chief executive", "Core management member.", "0.5", Map.of()),
				people.get(6), april2025.minusYears(1), 4, false, null);
		appoint(post(pec, PostKind.DIRECTOR_OF_FINANCE, "Director of finance", "Core management member.", "0.5", Map.of()),
				people.get(7), april2025.minusYears(1), 4, false, null);
		appoint(post(pec, PostKind.DIRECTOR_OF_PUBLIC_HEALTH, "Director of public health", "Core management member.",
				"0.5", Map.of()), people.get(8), april2025, 4, false, null);
		appoint(post(pec, PostKind.LOCAL_AUTHORITY_MEMBER, "Local authority member (elected)",
				"Brings the council's perspective.", "0.5", Map.of()), people.get(9), april2025, 2, false, null);
		appoint(post(pec, PostKind.LOCAL_AUTHORITY_MEMBER, "Local authority member (social services)",
				"Joins up health and social care commissioning.", "0.5", Map.of()), people.get(10), april2025, 3, false,
				null);
		appoint(post(pec, PostKind.CO_OPTED_MEMBER, "Co-opted member (eye care review)",
				"Advises on the eye care services review.", "0.5", Map.of()), people.get(11), LocalDate.of(2026, 1, 1), 1,
				false, "Advice to the eye care services review, until it reports");
		post(pec, PostKind.CLINICAL_MEMBER, "Clinical member (urgent care)", "Leads on urgent and unscheduled care.",
				"1", memberSpec);
		appoint(post(board, PostKind.CHAIR, "PCT chair", "Chairs the PCT Board.", "2", Map.of()), people.get(14),
				april2025.minusYears(1), 4, false, null);
		// the Board: besides its chair, the executives who also sit on the PEC, and a non-executive director's post,
		// vacant
		appoint(post(board, PostKind.CHIEF_EXECUTIVE, "Chief executive (Board)", "Executive member of the Board.", "1",
				Map.of()), people.get(6), april2025.minusYears(1), 4, false, null);
		appoint(post(board, PostKind.DIRECTOR_OF_FINANCE, "Director of finance (Board)", "Executive member of the Board.",
				"1", Map.of()), people.get(7), april2025.minusYears(1), 4, false, null);
		post(board, PostKind.NON_EXECUTIVE_DIRECTOR, "Non-executive director", "Non-executive member of the Board.",
				"0.5", Map.of());
		// the PbC assessment sub-committee reports to the PEC; its chair, a non-executive director, is still to come
		this.committees.createSubCommittee(new org.pecgov.committee.CommitteeDetails("PbC assessment sub-committee",
				"Assesses practice-based commissioning business cases and recommends them to the Board.", 3, 1, true,
				pec.getId(), org.pecgov.committee.CommitteeMode.ADVISORY,
				"None: its recommendations go straight to the Board.", true));
		interview(nursing, people, april2025);
	}

	private void interview(Post post, List<Person> people, LocalDate start) {
		Vacancy vacancy = this.vacancies.open(post.getId(), "Advertised to community nurses and health visitors.");
		Candidate chosen = this.vacancies.addCandidate(vacancy.getId(), people.get(2).getId(),
				"Nominated by two district nursing team leaders.");
		Candidate other = this.vacancies.addCandidate(vacancy.getId(), people.get(15).getId(),
				"Nominated by the health visiting team.");
		List<PanelMember> panel = List.of(
				this.interviews.addPanellist(vacancy.getId(), people.get(6).getId(), "Chief executive"),
				this.interviews.addPanellist(vacancy.getId(), people.get(14).getId(), "PCT chair"),
				this.interviews.addPanellist(vacancy.getId(), people.get(8).getId(), "Professional representative"));
		List<Long> required = this.posts.specification(post.getCurrentSpecificationId())
			.getRequirements()
			.stream()
			.map((r) -> r.getCompetencyId())
			.toList();
		int i = 0;
		for (PanelMember member : panel) {
			int offset = i++;
			this.interviews.score(vacancy.getId(), chosen.getId(), member.getId(), required.stream()
				.map((c) -> new ScoreEntry(c, 3 + (int) ((c + offset) % 2), "Clear examples from the interview."))
				.toList());
			this.interviews.score(vacancy.getId(), other.getId(), member.getId(), required.stream()
				.map((c) -> new ScoreEntry(c, 1 + (int) ((c + offset) % 3), "Limited examples."))
				.toList());
		}
		this.vacancies.decide(vacancy.getId(), this.vacancies.get(vacancy.getId()).getVersion(), chosen.getId(),
				"Strongest evidence on every required competency.",
				new AppointCommand(post.getId(), people.get(2).getId(), new Term(start, start.plusYears(3).minusDays(1)),
						false, null, true));
	}

	private Post post(Committee committee, PostKind kind, String title, String purpose, String days,
			Map<Long, Boolean> requirements) {
		return this.posts.create(committee.getId(), kind, title, new SpecificationDetails(purpose, null, null,
				new BigDecimal(days), "Sessional rate agreed by the PCT's remuneration committee", requirements));
	}

	private void appoint(Post post, Person person, LocalDate start, int years, boolean boardSeat, String purpose) {
		this.appointments.appoint(new AppointCommand(post.getId(), person.getId(),
				new Term(start, start.plusYears(years).minusDays(1)), boardSeat, purpose, true), null);
	}

	private static Map<Long, Boolean> requirements(List<Competency> catalogue, CompetencyFamily essential,
			int essentials, CompetencyFamily desirable, int desirables) {
		Map<Long, Boolean> requirements = new LinkedHashMap<>();
		catalogue.stream().filter((c) -> c.getFamily() == essential).limit(essentials).forEach((c) -> requirements.put(c.getId(), true));
		catalogue.stream().filter((c) -> c.getFamily() == desirable).limit(desirables).forEach((c) -> requirements.put(c.getId(), false));
		return requirements;
	}

}
