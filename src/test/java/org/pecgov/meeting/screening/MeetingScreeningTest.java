package org.pecgov.meeting.screening;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingDetails;
import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.MeetingStatus;
import org.pecgov.meeting.MeetingType;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.AgendaService;
import org.pecgov.meeting.agenda.ItemDetails;
import org.pecgov.meeting.agenda.ItemPurpose;
import org.pecgov.meeting.agenda.Paper;
import org.pecgov.meeting.agenda.PaperInfo;
import org.pecgov.meeting.attendance.AttendanceRow;
import org.pecgov.meeting.attendance.AttendanceService;
import org.pecgov.meeting.attendance.AttendanceStatus;
import org.pecgov.meeting.minutes.DecisionForm;
import org.pecgov.meeting.minutes.MinutesService;
import org.pecgov.meeting.published.PublicMeetingService;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Meetings on PostgreSQL with the demo register: screening, plans, quorum, papers and the walls between
 * PCTs. Each test rolls back.
 */
@IntegrationTest
@Transactional
class MeetingScreeningTest {

	@Autowired
	private MeetingService meetings;

	@Autowired
	private AgendaService agenda;

	@Autowired
	private ScreeningService screening;

	@Autowired
	private ConflictService conflicts;

	@Autowired
	private MinutesService minutes;

	@Autowired
	private org.pecgov.meeting.minutes.MinutesReview review;

	@Autowired
	private PublicMeetingService published;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private AttendanceService attendance;

	@Autowired
	private JdbcTemplate jdbc;

	private long southvale;

	private long pec;

	private long chair;

	private long nadia;

	private long provider;

	@BeforeEach
	void ids() {
		DemoIds ids = new DemoIds(this.jdbc);
		this.southvale = ids.organisation("SVL");
		this.pec = this.jdbc.queryForObject("select id from committee where organisation_id = ? and kind = 'PEC'",
				Long.class, this.southvale);
		this.chair = ids.person("owen.pritchard@southvale.example");
		this.nadia = ids.person("nadia.rahman@southvale.example");
		this.provider = this.jdbc.queryForObject(
				"select id from directory_organisation where organisation_id = ? and name = 'Southvale Community Health Ltd'",
				Long.class, this.southvale);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aMemberWithSharesInTheProviderIsFlaggedAndLeavingMakesTheQuorumCountWithoutThem() {
		Meeting meeting = plan();
		AgendaItem contract = this.agenda.add(meeting.getId(), item("Community services contract", this.provider));
		this.agenda.add(meeting.getId(), new ItemDetails("Finance report", ItemPurpose.INFORMATION, null, true, Set.of()));

		MeetingPage before = this.screening.page(meeting.getId());
		Screening.ItemResult flagged = before.resultOf(contract.getId());
		Screening.Flag hers = flagged.flags()
			.stream()
			.filter((f) -> f.person().personId().equals(this.nadia))
			.findFirst()
			.orElseThrow();
		assertThat(hers.concerns()).extracting(Screening.Concern::description)
			.containsExactly("Shares in a community services provider");
		int unplanned = flagged.quorum().members();
		assertThat(unplanned).isLessThan(before.screening().quorum().members());

		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		this.conflicts.record(meeting.getId(), contract.getId(), this.nadia, PlanChoice.STAYS, null, null);
		assertThat(this.screening.page(meeting.getId()).resultOf(contract.getId()).quorum().members())
			.isEqualTo(unplanned + 1);
		ConflictPlan leaves = this.conflicts.record(meeting.getId(), contract.getId(), this.nadia, PlanChoice.LEAVES,
				"Holds shares", null);
		Screening.ItemResult after = this.screening.page(meeting.getId()).resultOf(contract.getId());
		assertThat(after.flags()).filteredOn((f) -> f.person().personId().equals(this.nadia))
			.extracting(Screening.Flag::plan)
			.containsExactly(PlanChoice.LEAVES);
		assertThat(after.quorum().members()).isEqualTo(unplanned);
		assertThat(this.screening.page(meeting.getId()).noteOf(contract.getId(), this.nadia)).isEqualTo("Holds shares");
		assertThat(leaves.getRecordedBy()).isEqualTo("chair@test.example");
	}

	@Test
	void onlyWhoeverChairsTheItemRecordsAPlan() {
		Meeting meeting = plan();
		AgendaItem contract = this.agenda.add(meeting.getId(), item("Community services contract", this.provider));

		SignIn.as(Role.MEMBER, this.southvale, this.nadia);
		assertThatThrownBy(() -> this.conflicts.record(meeting.getId(), contract.getId(), this.nadia, PlanChoice.STAYS,
				null, null))
			.isInstanceOf(AccessDeniedException.class);
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		assertThatThrownBy(() -> this.conflicts.record(meeting.getId(), contract.getId(), this.chair, PlanChoice.STAYS,
				null, null))
			.isInstanceOf(FieldException.class);
		assertThat(count("conflict_plan where item_id = " + contract.getId())).isZero();
	}

	@Test
	void aMeetingPageIsLoadedInAFixedNumberOfStatementsWhateverTheSizeOfTheAgenda() {
		Meeting meeting = plan();
		this.agenda.add(meeting.getId(), item("Contract", this.provider));
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.screening.page(meeting.getId());
		statistics.clear();
		this.screening.page(meeting.getId());
		long small = statistics.getPrepareStatementCount();
		List<Long> directory = this.jdbc.queryForList(
				"select id from directory_organisation where organisation_id = ?", Long.class, this.southvale);
		for (int i = 0; i < 12; i++) {
			this.agenda.add(meeting.getId(), item("Item " + i, directory.get(i % directory.size())));
		}
		this.screening.page(meeting.getId());
		statistics.clear();

		MeetingPage large = this.screening.page(meeting.getId());

		assertThat(large.items()).hasSize(13);
		assertThat(large.screening().flagCount()).isGreaterThan(1);
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(small).isLessThanOrEqualTo(15);
	}

	@Test
	void anotherPctCannotReachTheMeeting() {
		Meeting meeting = plan();
		AgendaItem contract = this.agenda.add(meeting.getId(), item("Contract", this.provider));

		SignIn.as(Role.SECRETARY, new DemoIds(this.jdbc).organisation("NSH"), null);
		assertThatThrownBy(() -> this.screening.page(meeting.getId())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.agenda.item(meeting.getId(), contract.getId()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.agenda.add(meeting.getId(), item("Sneaky", this.provider)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.meetings.update(meeting.getId(), meeting.getVersion(), details()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void anItemCannotConcernAnotherPctsOrganisation() {
		Meeting meeting = plan();
		long northshireOrg = this.jdbc.queryForObject(
				"select min(d.id) from directory_organisation d join organisation o on o.id = d.organisation_id where o.code = 'NSH'",
				Long.class);

		assertThatThrownBy(() -> this.agenda.add(meeting.getId(), item("Contract", northshireOrg)))
			.isInstanceOf(FieldException.class);
	}

	@Test
	void papersAreKnownByTheirContentAndLimitedTo20Megabytes() {
		Meeting meeting = plan();
		AgendaItem contract = this.agenda.add(meeting.getId(), item("Contract", this.provider));
		byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

		Paper paper = this.agenda.addPaper(meeting.getId(), contract.getId(), "Contract.pdf", pdf);

		assertThat(this.agenda.paper(meeting.getId(), contract.getId(), paper.getId()).content()).isEqualTo(pdf);
		assertThat(this.screening.page(meeting.getId()).papersOf(contract.getId())).extracting(PaperInfo::filename)
			.containsExactly("Contract.pdf");
		assertProblem(() -> this.agenda.addPaper(meeting.getId(), contract.getId(), "virus.pdf",
				new byte[] { 'M', 'Z', (byte) 0x90, 0 }), "paper.type");
		byte[] large = new byte[25 * 1024 * 1024];
		System.arraycopy(pdf, 0, large, 0, pdf.length);
		assertProblem(() -> this.agenda.addPaper(meeting.getId(), contract.getId(), "big.pdf", large), "paper.tooLarge");
		assertThat(count("paper where item_id = " + contract.getId())).isOne();
	}

	@Test
	void someoneToReceiveNoPapersForAnItemCannotDownloadThem() {
		Meeting meeting = plan();
		AgendaItem contract = this.agenda.add(meeting.getId(), item("Contract", this.provider));
		Paper paper = this.agenda.addPaper(meeting.getId(), contract.getId(), "Contract.pdf",
				"%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII));
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		this.conflicts.record(meeting.getId(), contract.getId(), this.nadia, PlanChoice.NO_PAPERS, null, null);

		SignIn.as(Role.MEMBER, this.southvale, this.nadia);
		assertThatThrownBy(() -> this.agenda.paper(meeting.getId(), contract.getId(), paper.getId()))
			.isInstanceOf(AccessDeniedException.class);
		SignIn.as(Role.MEMBER, this.southvale, new DemoIds(this.jdbc).person("james.whitaker@southvale.example"));
		assertThat(this.agenda.paper(meeting.getId(), contract.getId(), paper.getId()).getFilename())
			.isEqualTo("Contract.pdf");
	}

	@Test
	void aPlannedMeetingIsNeverInThePastAndTheAgendaCanBeReordered() {
		SignIn.as(Role.SECRETARY, this.southvale, null);
		assertProblem(() -> this.meetings.plan(new MeetingDetails(this.pec, MeetingType.BUSINESS,
				LocalDate.now().minusDays(1), LocalTime.NOON, "Board room", null, true)), "meeting.date.past");
		Meeting meeting = plan();
		AgendaItem first = this.agenda.add(meeting.getId(), item("First", this.provider));
		AgendaItem second = this.agenda.add(meeting.getId(), item("Second", this.provider));

		this.agenda.move(meeting.getId(), second.getId(), second.getVersion(), true);

		assertThat(this.screening.page(meeting.getId()).items()).extracting(AgendaItem::getTitle)
			.containsExactly("Second", "First");
		assertThat(new HashSet<>(List.of(first.getId(), second.getId()))).hasSize(2);
	}

	@Test
	void onlyTheCommitteesChairApprovesTheLatestDraftMinutes() {
		long approved = this.jdbc.queryForObject(
				"select min(id) from meeting where organisation_id = ? and status = 'MINUTES_APPROVED'", Long.class,
				this.southvale);
		SignIn.as(Role.SECRETARY, this.southvale, null);
		Meeting later = this.meetings.recordPast(new MeetingDetails(this.pec, MeetingType.BUSINESS,
				LocalDate.now().minusDays(1), LocalTime.of(18, 0), "Southvale House", null, true));
		this.agenda.add(later.getId(), item("Minutes of the previous meeting", this.provider));
		this.meetings.advance(later.getId(), this.meetings.get(later.getId()).getVersion(), MeetingStatus.HELD);
		long draft = this.minutes.minutes(later.getId()).previous().getId();
		assertThat(draft).isNotEqualTo(approved);

		SignIn.as(Role.CHAIR, this.southvale, new DemoIds(this.jdbc).person("james.whitaker@southvale.example"));
		assertThatThrownBy(() -> this.review.approve(later.getId(), draft)).isInstanceOf(AccessDeniedException.class);
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		assertProblem(() -> this.review.approve(later.getId(), approved), "minutes.approve.notPrevious");
		Meeting done = this.review.approve(later.getId(), draft);

		assertThat(done.getStatus()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
		assertThat(done.getApprovedAtId()).isEqualTo(later.getId());
		// issue 17 §1: the committee's members are told, once each
		assertThat(this.jdbc.queryForObject("select count(distinct person_id) = count(*) and count(*) > 0 from outbox_message"
				+ " where kind = 'MINUTES_APPROVED' and dedupe_key like ?", Boolean.class, "MINUTES_APPROVED:" + draft + ":%"))
			.isTrue();
	}

	@Test
	void theConflictsOfApprovedMinutesArePublishedOnlyWhenTheInterestIsPublished() {
		long held = this.jdbc.queryForObject(
				"select max(id) from meeting where organisation_id = ? and status = 'HELD' and committee_id in (select id from committee where kind = 'PEC')", Long.class, this.southvale);
		this.jdbc.update("update meeting set status = 'MINUTES_APPROVED' where id = ?", held);
		var pct = this.published.pct("SVL");
		assertThat(this.published.meeting(pct, held).plans()).extracting(ConflictPlan::getPersonId).contains(this.nadia);

		this.jdbc.update("update declaration set publish_consent = false, withhold_decision = null"
				+ " where person_id = ? and description = 'Shares in a community services provider'", this.nadia);

		assertThat(this.published.meeting(pct, held).plans()).extracting(ConflictPlan::getPersonId)
			.doesNotContain(this.nadia);
	}

	@Test
	void noDecisionIsRecordedOnAnItemForInformationNorAnActionBeforeTheMeeting() {
		SignIn.as(Role.SECRETARY, this.southvale, null);
		Meeting meeting = this.meetings.recordPast(new MeetingDetails(this.pec, MeetingType.BUSINESS,
				LocalDate.now().minusDays(1), LocalTime.of(18, 0), "Southvale House", null, true));
		AgendaItem report = this.agenda.add(meeting.getId(),
				new ItemDetails("Finance report", ItemPurpose.INFORMATION, null, true, Set.of()));
		this.meetings.advance(meeting.getId(), this.meetings.get(meeting.getId()).getVersion(), MeetingStatus.HELD);
		DecisionForm decision = new DecisionForm();
		decision.setOutcome("Noted");
		AgendaItem current = this.agenda.item(meeting.getId(), report.getId());

		assertProblem(() -> this.minutes.record(meeting.getId(), report.getId(), current.getVersion(), "Noted.",
				decision), "decision.information");
		Meeting coming = plan();
		assertProblem(() -> this.minutes.addAction(coming.getId(), null, "Too early", this.chair,
				LocalDate.now().plusDays(30)), "action.notHeld");
	}

	@Test
	void beforeTheDayOnlyApologiesAreRecorded() {
		Meeting coming = plan();
		AttendanceRow present = new AttendanceRow();
		present.setStatus(AttendanceStatus.PRESENT);
		AttendanceRow apologies = new AttendanceRow();
		apologies.setStatus(AttendanceStatus.APOLOGIES);

		assertProblem(() -> this.attendance.record(coming.getId(), Map.of(this.chair, present)), "attendance.future");
		this.attendance.record(coming.getId(), Map.of(this.nadia, apologies));

		assertThat(count("attendance where meeting_id = " + coming.getId() + " and status = 'APOLOGIES'")).isOne();
		assertThat(count("attendance where meeting_id = " + coming.getId() + " and status = 'PRESENT'")).isZero();
	}

	private Meeting plan() {
		SignIn.as(Role.SECRETARY, this.southvale, null);
		return this.meetings.plan(details());
	}

	private MeetingDetails details() {
		return new MeetingDetails(this.pec, MeetingType.BUSINESS, LocalDate.now().plusDays(14), LocalTime.of(10, 0),
				"Southvale House", null, true);
	}

	private static ItemDetails item(String title, long organisation) {
		return new ItemDetails(title, ItemPurpose.DECISION, null, true, Set.of(organisation));
	}

	private int count(String from) {
		return this.jdbc.queryForObject("select count(*) from " + from, Integer.class);
	}

	private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOf(FieldException.class)
			.extracting((ex) -> ((FieldException) ex).getMessageKey())
			.isEqualTo(key);
	}

}
