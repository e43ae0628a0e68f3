package org.pecgov.meeting.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.PecFunction;
import org.pecgov.demo.DemoPct;
import org.pecgov.demo.DemoSeed;
import org.pecgov.interest.directory.DirectoryOrganisation;
import org.pecgov.interest.directory.DirectoryService;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingDetails;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.MeetingStatus;
import org.pecgov.meeting.MeetingType;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.AgendaService;
import org.pecgov.meeting.agenda.ItemDetails;
import org.pecgov.meeting.agenda.ItemPurpose;
import org.pecgov.meeting.agenda.ProposalForm;
import org.pecgov.meeting.agenda.ProposalService;
import org.pecgov.meeting.attendance.AttendanceRow;
import org.pecgov.meeting.attendance.AttendanceService;
import org.pecgov.meeting.attendance.AttendanceStatus;
import org.pecgov.meeting.minutes.DecisionForm;
import org.pecgov.meeting.minutes.BoardRecommendations;
import org.pecgov.meeting.minutes.MinutesReview;
import org.pecgov.meeting.minutes.MinutesService;
import org.pecgov.meeting.minutes.Recommendation;
import org.pecgov.meeting.minutes.RecommendationService;
import org.pecgov.meeting.minutes.RecommendationStatus;
import org.pecgov.meeting.screening.ConflictService;
import org.pecgov.meeting.screening.PlanChoice;
import org.pecgov.meeting.screening.ScreeningService;
import org.pecgov.member.Person;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo PCT's PEC meetings: two held (the first with minutes approved at the second), and one coming
 * with its agenda published, each with items that concern organisations its members have interests in.
 * Runs as the PCT's administrator, and as its PEC chair where the chair acts.
 */
@Component
@Order(3)
class DemoMeetings implements DemoSeed {

	private final MeetingService meetings;

	private final AgendaService agenda;

	private final AttendanceService attendance;

	private final ConflictService conflicts;

	private final MinutesService minutes;

	private final ScreeningService screening;

	private final CommitteeService committees;

	private final DirectoryService directory;

	private final Clock clock;

	private final RecommendationService recommendations;

	private final ProposalService proposals;

	private final BoardRecommendations board;

	private final MinutesReview review;

	DemoMeetings(MeetingService meetings, AgendaService agenda, AttendanceService attendance, ConflictService conflicts,
			MinutesService minutes, ScreeningService screening, CommitteeService committees, DirectoryService directory,
			Clock clock, RecommendationService recommendations, ProposalService proposals, BoardRecommendations board,
			MinutesReview review, org.pecgov.meeting.minutes.ActionReminders actionReminders) {
		this.actionReminders = actionReminders;
		this.review = review;
		this.board = board;
		this.recommendations = recommendations;
		this.proposals = proposals;
		this.meetings = meetings;
		this.agenda = agenda;
		this.attendance = attendance;
		this.conflicts = conflicts;
		this.minutes = minutes;
		this.screening = screening;
		this.committees = committees;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void seed(DemoPct pct) {
		Runnable[] chairsPart = new Runnable[1];
		pct.asAdministrator(() -> chairsPart[0] = build(pct.people(), pct.place()));
		pct.asChair(chairsPart[0]);
		pct.asAdministrator(() -> minuteSecond(pct.people()));
		pct.asMember(pct.people().get(2), this::propose);
		// the morning's emails about actions due or overdue wait in the outbox, as the daily job would write them
		pct.asAdministrator(this.actionReminders::remind);
	}

	private final org.pecgov.meeting.minutes.ActionReminders actionReminders;

	/**
	 * A member proposes an item for the PEC's coming meeting, for the secretary to accept or decline.
	 */
	void propose() {
		Long pec = this.committees.pec().getId();
		Meeting next = this.meetings.list(Boolean.TRUE, 0)
			.stream()
			.filter((m) -> m.getCommitteeId().equals(pec) && m.isAgendaOpen())
			.findFirst()
			.orElseThrow();
		ProposalForm form = new ProposalForm();
		form.setTitle("Access to out-of-hours dental care");
		form.setPurpose(ItemPurpose.DISCUSSION);
		form.setReason("Patients are waiting over a week for urgent dental appointments at weekends. I would like the "
				+ "committee to discuss commissioning extra sessions.");
		form.setMinutes(20);
		this.proposals.propose(next.getId(), form);
	}

	/**
	 * The meetings held so far, as the administrator records them; returns what the chair does next.
	 * @param people the register, in DemoData's order
	 * @param place the PCT's place name
	 * @return the chair's part: plans on the second meeting, and approving the first meeting's minutes
	 */
	Runnable build(java.util.List<Person> people, String place) {
		LocalDate today = LocalDate.now(this.clock);
		Committee pec = this.committees.pec();
		Map<String, Long> orgs = new LinkedHashMap<>();
		for (DirectoryOrganisation o : this.directory.active()) {
			orgs.put(o.getName(), o.getId());
		}
		Long consortium = orgs.get(place + " Commissioning Consortium");
		Long community = orgs.get(place + " Community Health Ltd");
		Long council = orgs.get(place + " Council");
		Long trust = orgs.get(place + " Hospitals NHS Foundation Trust");

		Meeting first = this.meetings.recordPast(new MeetingDetails(pec.getId(), MeetingType.BUSINESS,
				today.minusWeeks(8), LocalTime.of(14, 0), place + " House, Board room", null, true));
		this.agenda.add(first.getId(), item("Minutes of the previous meeting and matters arising", ItemPurpose.INFORMATION));
		AgendaItem plans = this.agenda.add(first.getId(), new ItemDetails("Prescribing budget for next year",
				ItemPurpose.DECISION, "Director of finance", true, Set.of(), PecFunction.STRATEGY));
		this.agenda.add(first.getId(), new ItemDetails("Quality and performance report", ItemPurpose.DISCUSSION,
				"Director of nursing", true, Set.of(trust), PecFunction.CLINICAL_GOVERNANCE));
		held(first, people.get(6).getId());
		minute(first, plans, "The committee considered the prescribing budget for next year.",
				"Budget approved, subject to the finance review");
		this.minutes.addAction(first.getId(), plans.getId(), "Send practices the prescribing budget and its conditions",
				people.get(2).getId(), today.minusWeeks(6));
		// The PEC recommends the budget to the Board, which accepts it at its next meeting.
		Recommendation budget = this.recommendations.draft(first.getId(), plans.getId(),
				"That the Board approves the prescribing budget for next year, subject to the finance review.");
		budget = this.recommendations.send(budget.getId(), budget.getVersion());
		Committee board = this.meetings.committees()
			.stream()
			.filter((c) -> c.getKind() == org.pecgov.committee.CommitteeKind.BOARD)
			.findFirst()
			.orElseThrow();
		Meeting boardMeeting = this.meetings.recordPast(new MeetingDetails(board.getId(), MeetingType.BOARD,
				today.minusWeeks(5), LocalTime.of(10, 0), place + " House, Board room", null, true));
		this.agenda.add(boardMeeting.getId(), item("Minutes of the previous meeting", ItemPurpose.INFORMATION));
		budget = this.board.putOnAgenda(boardMeeting.getId(), List.of(budget.getId())).get(0);
		held(boardMeeting, null);
		AgendaItem taken = this.agenda.item(boardMeeting.getId(), budget.getBoardItemId());
		this.minutes.record(boardMeeting.getId(), taken.getId(), taken.getVersion(),
				"The Board considered the PEC's recommendation and its statement of conflicts.", null);
		this.board.decide(budget.getId(), budget.getVersion(), RecommendationStatus.ACCEPTED,
				"Approved, with the finance review to report to the Board in three months.");

		Meeting second = this.meetings.recordPast(new MeetingDetails(pec.getId(), MeetingType.BUSINESS,
				today.minusDays(7), LocalTime.of(14, 0), place + " House, Board room", "https://meet.example.org/pec",
				true));
		this.agenda.add(second.getId(), item("Minutes of the previous meeting", ItemPurpose.INFORMATION));
		AgendaItem contract = this.agenda.add(second.getId(), new ItemDetails("Community services contract renewal",
				ItemPurpose.DECISION, "Director of commissioning", true, Set.of(community), PecFunction.COMMISSIONING));
		this.agenda.add(second.getId(), new ItemDetails("Personnel matter", ItemPurpose.DISCUSSION, null, false, Set.of()));
		held(second, people.get(8).getId());

		Meeting next = this.meetings.plan(new MeetingDetails(pec.getId(), MeetingType.BUSINESS, today.plusWeeks(3),
				LocalTime.of(14, 0), place + " House, Board room", "https://meet.example.org/pec", true));
		this.agenda.add(next.getId(), item("Minutes of the previous meeting", ItemPurpose.INFORMATION));
		this.agenda.add(next.getId(), new ItemDetails("Partnership agreement with the council", ItemPurpose.DECISION,
				"Director of public health", true, Set.of(council), PecFunction.COMMUNICATION));
		this.agenda.add(next.getId(), new ItemDetails("Consortium's commissioning intentions", ItemPurpose.DISCUSSION,
				null, true, Set.of(consortium), PecFunction.COMMISSIONING));
		this.agenda.add(next.getId(), item("Finance report", ItemPurpose.INFORMATION));
		this.meetings.advance(next.getId(), this.meetings.get(next.getId()).getVersion(), MeetingStatus.AGENDA_PUBLISHED);
		// a change after publication: kept as a new version of the agenda, and sent to everyone expected
		this.agenda.add(next.getId(), item("Any other business", ItemPurpose.INFORMATION));

		return () -> {
			this.conflicts.record(second.getId(), contract.getId(), people.get(1).getId(), PlanChoice.LEAVES,
					"Holds shares in the provider", null);
			this.review.approve(second.getId(), first.getId());
		};
	}

	/**
	 * Writes the second meeting's minutes, after the chair's plan: as the administrator.
	 * @param people the register
	 */
	void minuteSecond(java.util.List<Person> people) {
		Meeting second = this.meetings.list(Boolean.FALSE, 0)
			.stream()
			.filter((m) -> m.getStatus() == MeetingStatus.HELD)
			.findFirst()
			.orElseThrow();
		AgendaItem contract = this.screening.page(second.getId())
			.items()
			.stream()
			.filter((i) -> i.getPurpose() == ItemPurpose.DECISION)
			.findFirst()
			.orElseThrow();
		minute(second, contract, "The committee considered the renewal of the community services contract.",
				"Contract renewed for two years");
		// Sent to the Board with its statement (a member left for the item), waiting for the Board's next agenda.
		Recommendation renewal = this.recommendations.draft(second.getId(), contract.getId(),
				"That the Board renews the community services contract for two years.");
		this.recommendations.send(renewal.getId(), renewal.getVersion());
	}

	private void held(Meeting meeting, Long apologies) {
		this.meetings.advance(meeting.getId(), this.meetings.get(meeting.getId()).getVersion(), MeetingStatus.HELD);
		Map<Long, AttendanceRow> rows = new LinkedHashMap<>();
		for (Long member : this.screening.page(meeting.getId()).members()) {
			AttendanceRow row = new AttendanceRow();
			row.setStatus(member.equals(apologies) ? AttendanceStatus.APOLOGIES : AttendanceStatus.PRESENT);
			rows.put(member, row);
		}
		this.attendance.record(meeting.getId(), rows);
	}

	private void minute(Meeting meeting, AgendaItem item, String text, String outcome) {
		DecisionForm decision = new DecisionForm();
		decision.setOutcome(outcome);
		AgendaItem current = this.agenda.item(meeting.getId(), item.getId());
		this.minutes.record(meeting.getId(), item.getId(), current.getVersion(), text, decision);
	}

	private static ItemDetails item(String title, ItemPurpose purpose) {
		return new ItemDetails(title, purpose, null, true, Set.of());
	}

}
