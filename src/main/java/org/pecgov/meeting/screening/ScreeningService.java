package org.pecgov.meeting.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

	private final org.pecgov.organisation.SettingsService settings;

	ScreeningService(MeetingService meetings, CommitteeService committees, AgendaItems items,
			AttendanceRecords attendance, ConflictPlans plans,
			Holdings appointments, PersonService people, Interests declarations,
			RoundService rounds, DirectoryService directory, org.pecgov.organisation.SettingsService settings) {
		this.settings = settings;
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
		return pages(List.of(this.meetings.get(meetingId))).get(0);
	}

	/**
	 * A meeting's agenda page: the meeting screened, and the PCT's longest agenda, read in the same transaction (so
	 * the PCT's settings, which screening reads already, cost no statement of their own).
	 * @param meetingId the meeting
	 * @return the page and the limit
	 */
	public Agenda agenda(Long meetingId) {
		MeetingPage page = page(meetingId);
		// the PCT's committees were read to screen the meeting: the others it may refer an item to cost nothing more
		List<Committee> others = this.committees.committees()
			.stream()
			.filter((c) -> !c.getId().equals(page.committee().getId()))
			.toList();
		return new Agenda(page, this.settings.of(page.meeting().getOrganisationId()).getAgendaLimitMinutes(), others);
	}

	/**
	 * A meeting's agenda page.
	 * @param page the meeting, screened
	 * @param limitMinutes the PCT's longest agenda
	 * @param others the PCT's other committees, to which an item may be referred
	 */
	public record Agenda(MeetingPage page, int limitMinutes, List<Committee> others) {

		/**
		 * The time allotted to the agenda's items.
		 * @return minutes
		 */
		public int minutes() {
			return this.page.items()
				.stream()
				.mapToInt((i) -> (i.getMinutesAllotted() != null) ? i.getMinutesAllotted() : 0)
				.sum();
		}

	}

	/**
	 * Several meetings of the PCT the user reads, screened together: each fact is read once for all of them, so
	 * the statements are as few as for one meeting (a statement more for each round of declarations their days
	 * fall in).
	 * @param meetingList the meetings, of the PCT the user reads
	 * @return what their pages show, in the same order
	 */
	public List<MeetingPage> pages(List<Meeting> meetingList) {
		if (meetingList.isEmpty()) {
			return List.of();
		}
		List<Long> meetingIds = meetingList.stream().map(Meeting::getId).toList();
		Map<Long, List<AgendaItem>> agendas = this.items.agendas(meetingIds);
		Map<Long, Map<Long, Attendance>> attendedAt = new HashMap<>();
		this.attendance.ofMeetings(meetingIds)
			.forEach((a) -> attendedAt.computeIfAbsent(a.getMeetingId(), (k) -> new LinkedHashMap<>())
				.putIfAbsent(a.getPersonId(), a));
		List<Loaded> loaded = new ArrayList<>();
		Set<Long> everyone = new LinkedHashSet<>();
		for (Meeting meeting : meetingList) {
			Committee committee = this.committees.get(meeting.getCommitteeId());
			Map<Long, List<PostKind>> kinds = new LinkedHashMap<>();
			this.appointments.seatsOn(committee.getId(), meeting.getDate())
				.forEach((s) -> kinds.computeIfAbsent(s.personId(), (k) -> new ArrayList<>()).add(s.kind()));
			Map<Long, Attendance> attended = attendedAt.getOrDefault(meeting.getId(), new LinkedHashMap<>());
			everyone.addAll(kinds.keySet());
			everyone.addAll(attended.keySet());
			loaded.add(new Loaded(meeting, committee, agendas.getOrDefault(meeting.getId(), List.of()), kinds, attended));
		}
		Map<Long, String> names = this.people.byIds(everyone)
			.stream()
			.collect(Collectors.toMap(Person::getId, Person::getFullName));
		Set<Long> allExpected = new LinkedHashSet<>();
		Set<Long> allDirectory = new LinkedHashSet<>();
		List<Long> allItems = new ArrayList<>();
		Map<DeclarationRound, Set<Long>> expectedInRound = new LinkedHashMap<>();
		for (Loaded l : loaded) {
			l.expected().addAll(expected(l, names));
			l.expected().forEach((e) -> allExpected.add(e.personId()));
			l.agenda().forEach((i) -> {
				allDirectory.addAll(i.getOrganisationIds());
				allItems.add(i.getId());
			});
			expectedInRound.computeIfAbsent(this.rounds.roundOn(l.meeting().getDate()), (k) -> new LinkedHashSet<>())
				.addAll(l.expected().stream().map(Screening.Expected::personId).toList());
		}
		LocalDate first = meetingList.stream().map(Meeting::getDate).min(LocalDate::compareTo).orElseThrow();
		LocalDate last = meetingList.stream().map(Meeting::getDate).max(LocalDate::compareTo).orElseThrow();
		List<Interests.DatedConcern> concerns = this.declarations.concerningBetween(allExpected, allDirectory, first,
				last);
		Map<DeclarationRound, Set<Long>> returnedInRound = new HashMap<>();
		expectedInRound.forEach((round, people) -> returnedInRound.put(round, this.rounds.returnedIn(round, people)));
		Map<Long, Map<Long, PlanChoice>> planned = new HashMap<>();
		Map<Long, List<PaperInfo>> itemPapers = new HashMap<>();
		Map<String, String> notes = new HashMap<>();
		Map<String, Long> planVersions = new HashMap<>();
		if (!allItems.isEmpty()) {
			this.plans.ofItems(allItems).forEach((p) -> {
				planned.computeIfAbsent(p.getItemId(), (k) -> new HashMap<>()).put(p.getPersonId(), p.getPlan());
				planVersions.put(p.getItemId() + ":" + p.getPersonId(), p.getVersion());
				if (p.getNote() != null) {
					notes.put(p.getItemId() + ":" + p.getPersonId(), p.getNote());
				}
			});
			this.items.papersOf(allItems)
				.forEach((p) -> itemPapers.computeIfAbsent(p.itemId(), (k) -> new ArrayList<>()).add(p));
		}
		Map<Long, String> organisations = this.directory.byIds(allDirectory)
			.stream()
			.collect(Collectors.toMap(DirectoryOrganisation::getId, DirectoryOrganisation::getName));
		return loaded.stream().map((l) -> {
			Set<Long> expectedIds = l.expected().stream().map(Screening.Expected::personId).collect(Collectors.toSet());
			Set<Long> directoryIds = l.agenda()
				.stream()
				.flatMap((i) -> i.getOrganisationIds().stream())
				.collect(Collectors.toSet());
			List<Screening.Concern> theirs = concerns.stream()
				.filter((c) -> c.currentOn(l.meeting().getDate()) && expectedIds.contains(c.concern().personId())
						&& directoryIds.contains(c.concern().directoryId()))
				.map((c) -> new Screening.Concern(c.concern().declarationId(), c.concern().personId(),
						c.concern().directoryId(), c.concern().description()))
				.toList();
			Set<Long> returned = returnedInRound.get(this.rounds.roundOn(l.meeting().getDate()));
			Screening.Result result = Screening.screen(
					new Screening.Rule(l.committee().getQuorumMinPresent(), l.committee().getQuorumMinClinical(),
							l.committee().isQuorumChairRequired()),
					l.expected(),
					l.agenda().stream().map((i) -> new Screening.Item(i.getId(), i.getPurpose(), i.getOrganisationIds())).toList(),
					theirs, returned, planned);
			return new MeetingPage(l.meeting(), l.committee(), l.agenda(), itemPapers, organisations, names,
					new ArrayList<>(l.kinds().keySet()), l.attended(), result, notes, planVersions);
		}).toList();
	}

	/**
	 * Who is expected at a meeting: before it, the committee's members except those who sent apologies or are
	 * recorded absent; once held, those recorded present; and anyone in attendance.
	 */
	private static List<Screening.Expected> expected(Loaded l, Map<Long, String> names) {
		boolean held = !l.meeting().isAgendaOpen();
		List<Screening.Expected> expected = new ArrayList<>();
		l.kinds().forEach((personId, posts) -> {
			AttendanceStatus status = (l.attended().get(personId) != null) ? l.attended().get(personId).getStatus() : null;
			boolean there = held ? (status == AttendanceStatus.PRESENT || status == AttendanceStatus.IN_ATTENDANCE)
					: (status != AttendanceStatus.APOLOGIES && status != AttendanceStatus.ABSENT);
			if (there) {
				expected.add(new Screening.Expected(personId, names.get(personId), true,
						posts.stream().anyMatch(PostKind::isClinical), posts.contains(PostKind.CHAIR),
						posts.contains(PostKind.DEPUTY_CHAIR)));
			}
		});
		l.attended()
			.values()
			.stream()
			.filter((a) -> !l.kinds().containsKey(a.getPersonId()) && a.getStatus() == AttendanceStatus.IN_ATTENDANCE)
			.forEach((a) -> expected.add(new Screening.Expected(a.getPersonId(), names.get(a.getPersonId()), false,
					false, false, false)));
		return expected;
	}

	/** A meeting with what is read of it alone: its committee, agenda, members' posts and attendance. */
	private record Loaded(Meeting meeting, Committee committee, List<AgendaItem> agenda, Map<Long, List<PostKind>> kinds,
			Map<Long, Attendance> attended, List<Screening.Expected> expected) {

		Loaded(Meeting meeting, Committee committee, List<AgendaItem> agenda, Map<Long, List<PostKind>> kinds,
				Map<Long, Attendance> attended) {
			this(meeting, committee, agenda, kinds, attended, new ArrayList<>());
		}

	}

}
