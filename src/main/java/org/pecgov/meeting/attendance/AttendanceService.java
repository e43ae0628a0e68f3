package org.pecgov.meeting.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.MeetingStatus;
import org.pecgov.meeting.screening.ScreeningService;
import org.pecgov.member.PersonService;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.Problems;
import org.pecgov.shared.StaleEditException;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attended a meeting: the committee's members (present, apologies, absent) and others in attendance,
 * with their arrival and departure times; and each member's record over the committee's meetings.
 */
@NamedInterface("attendance")
@Service
@Transactional(readOnly = true)
public class AttendanceService {

	/** Meetings missed in a row that flag a member. */
	public static final int MISSED_IN_A_ROW = 3;

	private final ScreeningService screening;

	private final MeetingService meetings;

	private final AttendanceRepository attendance;


	private final PersonService people;

	AttendanceService(ScreeningService screening, MeetingService meetings, AttendanceRepository attendance, PersonService people) {
		this.screening = screening;
		this.meetings = meetings;
		this.attendance = attendance;
		this.people = people;
	}

	/**
	 * Records the attendance of a meeting, all lines or none. A member is present, sent apologies or was
	 * absent; anyone else is in attendance (never a member present). Times, when given, are in order.
	 * @param meetingId the meeting
	 * @param rows each person's line (a line without a status records nothing)
	 */
	@Transactional
	public void record(Long meetingId, Map<Long, AttendanceRow> rows) {
		Meeting meeting = this.meetings.locked(meetingId);
		if (meeting.getStatus() == MeetingStatus.MINUTES_APPROVED) {
			throw new FieldException("attendance", "attendance.locked");
		}
		List<FieldException.Problem> problems = problemsOf(meeting, rows);
		Problems.refuse(problems);
		Map<Long, Attendance> recorded = new HashMap<>(this.screening.page(meetingId).attendance());
		for (Map.Entry<Long, AttendanceRow> entry : rows.entrySet()) {
			Long personId = entry.getKey();
			AttendanceRow row = entry.getValue();
			if (personId == null || row == null || row.getStatus() == null) {
				continue;
			}
			Attendance line = recorded.get(personId);
			if (line == null) {
				line = new Attendance(meeting.getOrganisationId(), meetingId, personId);
			}
			else if (row.getVersion() == null || row.getVersion() != line.getVersion()) {
				throw new StaleEditException("Attendance", line.getId());
			}
			line.record(row.getStatus(), row.getArrivedAt(), row.getLeftAt());
			this.attendance.save(line);
		}
		this.attendance.flush();
	}

	/**
	 * What the rules of attendance find wrong with the lines typed, without saving: every line's problems at
	 * once. A member is present, sent apologies or was absent; anyone else is in attendance; before the day only
	 * apologies are taken; times, when given, are in order.
	 * @param meetingId the meeting
	 * @param rows each person's line
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(Long meetingId, Map<Long, AttendanceRow> rows) {
		Meeting meeting = this.meetings.get(meetingId);
		if (meeting.getStatus() == MeetingStatus.MINUTES_APPROVED) {
			return List.of(new FieldException.Problem("attendance", "attendance.locked"));
		}
		return problemsOf(meeting, rows);
	}

	private List<FieldException.Problem> problemsOf(Meeting meeting, Map<Long, AttendanceRow> rows) {
		MeetingPage page = this.screening.page(meeting.getId());
		Set<Long> members = Set.copyOf(page.members());
		Map<Long, Attendance> recorded = page.attendance();
		boolean beforeTheDay = meeting.getDate().isAfter(this.meetings.today());
		Problems problems = new Problems();
		for (Map.Entry<Long, AttendanceRow> entry : rows.entrySet()) {
			Long personId = entry.getKey();
			AttendanceRow row = entry.getValue();
			if (personId == null || row == null) {
				continue;
			}
			String field = "rows[" + personId + "].status";
			boolean member = members.contains(personId);
			boolean expected = member || recorded.containsKey(personId);
			AttendanceStatus status = row.getStatus();
			problems.when(!expected, field, "attendance.notExpected");
			if (!expected || status == null) {
				continue;
			}
			// before the day, only apologies: nobody is present at, or absent from, a meeting not yet held
			problems.when(beforeTheDay && status != AttendanceStatus.APOLOGIES, field, "attendance.future")
				.when(member && status == AttendanceStatus.IN_ATTENDANCE, field, "attendance.member.inAttendance")
				.when(!member && status != AttendanceStatus.IN_ATTENDANCE, field, "attendance.nonMember.present")
				.when(row.getArrivedAt() != null && row.getLeftAt() != null
						&& !row.getLeftAt().isAfter(row.getArrivedAt()), "rows[" + personId + "].leftAt",
						"attendance.times.order")
				.when((status == AttendanceStatus.ABSENT || status == AttendanceStatus.APOLOGIES)
						&& (row.getArrivedAt() != null || row.getLeftAt() != null), "rows[" + personId + "].arrivedAt",
						"attendance.times.notThere");
		}
		return problems.list();
	}

	/**
	 * Adds someone who is not a member of the committee as in attendance (an officer presenting an item).
	 * @param meetingId the meeting
	 * @param personId who, from the member register
	 */
	@Transactional
	public void addInAttendance(Long meetingId, Long personId) {
		Meeting meeting = this.meetings.locked(meetingId);
		MeetingPage page = this.screening.page(meetingId);
		if (personId == null || this.people.byIds(List.of(personId)).isEmpty()) {
			throw new FieldException("personId", "attendance.person.unknown");
		}
		if (page.members().contains(personId)) {
			throw new FieldException("personId", "attendance.person.isMember");
		}
		if (page.attendance().containsKey(personId)) {
			throw new FieldException("personId", "attendance.person.already");
		}
		Attendance line = new Attendance(meeting.getOrganisationId(), meetingId, personId);
		line.record(AttendanceStatus.IN_ATTENDANCE, null, null);
		this.attendance.saveAndFlush(line);
	}

	/**
	 * Each member's attendance over the committee's meetings held up to a meeting (itself included once
	 * held) at which their attendance was recorded: how many they attended, of how many, and whether they
	 * missed the last three in a row.
	 * @param page the meeting
	 * @return each member's record, by person id
	 */
	public Map<Long, Record> records(MeetingPage page) {
		if (page.members().isEmpty()) {
			return Map.of();
		}
		// one statement: the members' lines at the held meetings, the latest meeting first
		Map<Long, List<AttendanceStatus>> latestFirst = new HashMap<>();
		this.attendance
			.recordedBefore(page.meeting().getOrganisationId(), page.meeting().getCommitteeId(),
					page.meeting().getDate().plusDays(1), List.of(MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED),
					page.members())
			.forEach((a) -> latestFirst.computeIfAbsent(a.getPersonId(), (k) -> new ArrayList<>()).add(a.getStatus()));
		return page.members().stream().collect(Collectors.toMap((p) -> p, (personId) -> {
			// a meeting without a line for them: not a member then, or attendance not taken; not counted
			List<AttendanceStatus> statuses = latestFirst.getOrDefault(personId, List.of());
			int attended = 0;
			int missedInARow = 0;
			boolean counting = true;
			for (AttendanceStatus status : statuses) {
				if (status == AttendanceStatus.PRESENT) {
					attended++;
					counting = false;
				}
				else if (counting) {
					missedInARow++;
				}
			}
			return new Record(attended, statuses.size(), missedInARow >= MISSED_IN_A_ROW);
		}));
	}

	/**
	 * Someone's attendance at a committee's meetings held between two days, in the PCT the user reads:
	 * for the reappointment gate.
	 * @param personId the member
	 * @param committeeId the committee
	 * @param from the first day
	 * @param to the last day
	 * @return their record, of 0 meetings when none was held
	 */
	public Record recordOf(Long personId, Long committeeId, LocalDate from, LocalDate to) {
		List<AttendanceStatus> statuses = this.attendance.statusesOf(CurrentUser.readableOrganisationId(), personId,
				committeeId, from, to, List.of(MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED))
			.stream()
			.filter((s) -> s != AttendanceStatus.IN_ATTENDANCE)
			.toList();
		int attended = (int) statuses.stream().filter((s) -> s == AttendanceStatus.PRESENT).count();
		int missedInARow = (int) statuses.stream().takeWhile((s) -> s != AttendanceStatus.PRESENT).count();
		return new Record(attended, statuses.size(), missedInARow >= MISSED_IN_A_ROW);
	}

	/**
	 * A member's attendance.
	 * @param attended meetings they were present at
	 * @param of meetings held at which their attendance was recorded
	 * @param missedThreeInARow whether they missed the last three
	 */
	public record Record(int attended, int of, boolean missedThreeInARow) {

		public int percent() {
			return (this.of == 0) ? 0 : Math.round(100f * this.attended / this.of);
		}

	}

}
