package org.pecgov.meeting.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.appointment.Holdings;
import org.pecgov.appointment.Holdings.Seat;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.PostKind;
import org.pecgov.interest.Interests;
import org.pecgov.interest.directory.DirectoryOrganisation;
import org.pecgov.interest.directory.DirectoryService;
import org.pecgov.interest.round.DeclarationRound;
import org.pecgov.interest.round.RoundService;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.AgendaItems;
import org.pecgov.meeting.agenda.PaperInfo;
import org.pecgov.meeting.attendance.Attendance;
import org.pecgov.meeting.attendance.AttendanceRecords;
import org.pecgov.meeting.attendance.AttendanceStatus;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a meeting with its agenda and screens it against the register of interests, in a fixed number
 * of statements whatever the size of the agenda, the committee or the register. Screening runs each
 * time a meeting's page is read, so it always reflects the agenda, the membership, the attendance and
 * the register as they are.
 */
@Service
@Transactional(readOnly = true)
public class ScreeningService {

	private final MeetingService meetings;

	private final CommitteeService committees;

	private final AgendaItems items;


	private final AttendanceRecords attendance;

	private final ConflictPlans plans;

	private final Holdings appointments;

	private final PersonService people;

	private final Interests declarations;

	private final RoundService rounds;

	private final DirectoryService directory;

	ScreeningService(MeetingService meetings, CommitteeService committees, AgendaItems items,
			AttendanceRecords attendance, ConflictPlans plans,
			Holdings appointments, PersonService people, Interests declarations,
			RoundService rounds, DirectoryService directory) {
		this.meetings = meetings;
		this.committees = committees;
		this.items = items;
		this.attendance = attendance;
		this.plans = plans;
		this.appointments = appointments;
		this.people = people;
		this.declarations = declarations;
		this.rounds = rounds;
		this.directory = directory;
	}

	/**
	 * A meeting of the PCT the user reads, screened.
	 * @param meetingId the meeting
	 * @return what its pages show
	 */
	public MeetingPage page(Long meetingId) {
		Meeting meeting = this.meetings.get(meetingId);
		Committee committee = this.committees.get(meeting.getCommitteeId());
		List<AgendaItem> agenda = this.items.agenda(meetingId);
		List<Seat> seats = this.appointments.seatsOn(committee.getId(), meeting.getDate());
		Map<Long, Attendance> attended = this.attendance.ofMeeting(meetingId)
			.stream()
			.collect(Collectors.toMap(Attendance::getPersonId, Function.identity(), (a, b) -> a, LinkedHashMap::new));

		Map<Long, List<PostKind>> kinds = new LinkedHashMap<>();
		seats.forEach((s) -> kinds.computeIfAbsent(s.personId(), (k) -> new ArrayList<>()).add(s.kind()));
		Set<Long> everyone = new LinkedHashSet<>(kinds.keySet());
		everyone.addAll(attended.keySet());
		Map<Long, String> names = this.people.byIds(everyone)
			.stream()
			.collect(Collectors.toMap(Person::getId, Person::getFullName));

		boolean held = !meeting.isAgendaOpen();
		List<Screening.Expected> expected = new ArrayList<>();
		kinds.forEach((personId, posts) -> {
			AttendanceStatus status = (attended.get(personId) != null) ? attended.get(personId).getStatus() : null;
			boolean there = held ? (status == AttendanceStatus.PRESENT || status == AttendanceStatus.IN_ATTENDANCE)
					: (status != AttendanceStatus.APOLOGIES && status != AttendanceStatus.ABSENT);
			if (there) {
				expected.add(new Screening.Expected(personId, names.get(personId), true,
						posts.stream().anyMatch(PostKind::isClinical), posts.contains(PostKind.CHAIR),
						posts.contains(PostKind.DEPUTY_CHAIR)));
			}
		});
		attended.values()
			.stream()
			.filter((a) -> !kinds.containsKey(a.getPersonId()) && a.getStatus() == AttendanceStatus.IN_ATTENDANCE)
			.forEach((a) -> expected.add(new Screening.Expected(a.getPersonId(), names.get(a.getPersonId()), false,
					false, false, false)));

		Set<Long> directoryIds = agenda.stream()
			.flatMap((i) -> i.getOrganisationIds().stream())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<Long> expectedIds = expected.stream().map(Screening.Expected::personId).collect(Collectors.toSet());
		List<Screening.Concern> concerns = this.declarations
			.concerning(expectedIds, directoryIds, meeting.getDate())
			.stream()
			.map((c) -> new Screening.Concern(c.declarationId(), c.personId(), c.directoryId(), c.description()))
			.toList();
		DeclarationRound round = this.rounds.roundOn(meeting.getDate());
		Set<Long> returned = this.rounds.returnedIn(round, expectedIds);
		List<Long> itemIds = agenda.stream().map(AgendaItem::getId).toList();
		Map<Long, Map<Long, PlanChoice>> planned = new HashMap<>();
		Map<Long, List<PaperInfo>> itemPapers = new HashMap<>();
		Map<String, String> notes = new HashMap<>();
		Map<String, Long> planVersions = new HashMap<>();
		if (!itemIds.isEmpty()) {
			this.plans.ofItems(itemIds).forEach((p) -> {
				planned.computeIfAbsent(p.getItemId(), (k) -> new HashMap<>()).put(p.getPersonId(), p.getPlan());
				planVersions.put(p.getItemId() + ":" + p.getPersonId(), p.getVersion());
				if (p.getNote() != null) {
					notes.put(p.getItemId() + ":" + p.getPersonId(), p.getNote());
				}
			});
			this.items.papersOf(itemIds)
				.forEach((p) -> itemPapers.computeIfAbsent(p.itemId(), (k) -> new ArrayList<>()).add(p));
		}
		Map<Long, String> organisations = this.directory.byIds(directoryIds)
			.stream()
			.collect(Collectors.toMap(DirectoryOrganisation::getId, DirectoryOrganisation::getName));
		Screening.Result result = Screening.screen(
				new Screening.Rule(committee.getQuorumMinPresent(), committee.getQuorumMinClinical(),
						committee.isQuorumChairRequired()),
				expected,
				agenda.stream().map((i) -> new Screening.Item(i.getId(), i.getPurpose(), i.getOrganisationIds())).toList(),
				concerns, returned, planned);
		return new MeetingPage(meeting, committee, agenda, itemPapers, organisations, names,
				new ArrayList<>(kinds.keySet()), attended, result, notes, planVersions);
	}

}
