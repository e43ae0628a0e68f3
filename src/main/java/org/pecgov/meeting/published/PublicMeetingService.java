package org.pecgov.meeting.published;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.interest.Interests;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.MeetingStatus;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.AgendaItems;
import org.pecgov.meeting.agenda.Paper;
import org.pecgov.meeting.agenda.PaperInfo;
import org.pecgov.meeting.attendance.Attendance;
import org.pecgov.meeting.attendance.AttendanceRecords;
import org.pecgov.meeting.attendance.AttendanceStatus;
import org.pecgov.meeting.minutes.Decision;
import org.pecgov.meeting.minutes.Decisions;
import org.pecgov.meeting.screening.ConflictPlan;
import org.pecgov.meeting.screening.ConflictPlans;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.organisation.OrganisationType;
import org.pecgov.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a PCT publishes about its meetings, for anyone: the dates of its public meetings, their
 * published agendas, the papers of public items, and approved minutes of public items with the
 * statement of how conflicts were handled. Nothing of a private meeting or item, no draft minutes.
 */
@Service
@Transactional(readOnly = true)
public class PublicMeetingService {

	private static final Set<MeetingStatus> PUBLISHED = EnumSet.of(MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.HELD,
			MeetingStatus.MINUTES_APPROVED);

	public static final int PAGE_SIZE = 25;

	private final OrganisationService organisations;

	private final MeetingService meetings;

	private final AgendaItems items;


	private final Decisions decisions;

	private final ConflictPlans plans;

	private final CommitteeService committees;

	private final PersonService people;

	private final Interests declarations;

	private final AttendanceRecords attendance;

	private final org.pecgov.meeting.minutes.RecommendationService recommendations;

	PublicMeetingService(OrganisationService organisations, MeetingService meetings, AgendaItems items,
			Decisions decisions, ConflictPlans plans,
			CommitteeService committees, PersonService people, Interests declarations,
			AttendanceRecords attendance, org.pecgov.meeting.minutes.RecommendationService recommendations) {
		this.recommendations = recommendations;
		this.declarations = declarations;
		this.attendance = attendance;
		this.organisations = organisations;
		this.meetings = meetings;
		this.items = items;
		this.decisions = decisions;
		this.plans = plans;
		this.committees = committees;
		this.people = people;
	}

	public Organisation pct(String code) {
		return this.organisations.findByCode(code.toUpperCase(Locale.ROOT))
			.filter((o) -> o.getType() == OrganisationType.PCT)
			.orElseThrow(() -> new NotFoundException("PCT", code));
	}

	/**
	 * A PCT's next public meetings (those planned too, before their agenda is published), at most ten.
	 * @param pct the PCT
	 * @param today today
	 * @return the meetings, soonest first
	 */
	public List<Meeting> coming(Organisation pct, java.time.LocalDate today) {
		return this.meetings.publicFrom(pct.getId(), today);
	}

	/**
	 * What the PEC decided and recommended at its last five public meetings whose minutes are approved: each
	 * public item with a decision or a recommendation, with the Board's outcome; in a fixed number of statements.
	 * @param pct the PCT
	 * @return the outcomes, latest meeting first
	 */
	public List<Outcome> pecOutcomes(Organisation pct) {
		Long pec = this.committees.committeesOf(pct.getId())
			.stream()
			.filter((c) -> c.getKind() == org.pecgov.committee.CommitteeKind.PEC)
			.map(Committee::getId)
			.findFirst()
			.orElse(null);
		if (pec == null) {
			return List.of();
		}
		List<Meeting> approved = this.meetings.lastApproved(pct.getId(), pec);
		Map<Long, List<AgendaItem>> agendas = this.items.agendas(approved.stream().map(Meeting::getId).toList());
		List<AgendaItem> publicItems = approved.stream()
			.flatMap((m) -> agendas.getOrDefault(m.getId(), List.of()).stream())
			.filter(AgendaItem::isPublicItem)
			.toList();
		List<Long> ids = publicItems.stream().map(AgendaItem::getId).toList();
		Map<Long, Decision> decided = this.decisions.ofItems(ids)
			.stream()
			.collect(Collectors.toMap(Decision::getItemId, (d) -> d, (a, b) -> a));
		Map<Long, List<org.pecgov.meeting.minutes.Recommendation>> recommended = this.recommendations.ofItems(ids);
		Map<Long, Meeting> byId = approved.stream().collect(Collectors.toMap(Meeting::getId, (m) -> m));
		return publicItems.stream()
			.filter((i) -> decided.containsKey(i.getId()) || !recommended.getOrDefault(i.getId(), List.of()).isEmpty())
			.map((i) -> new Outcome(byId.get(i.getMeetingId()), i, decided.get(i.getId()),
					recommended.getOrDefault(i.getId(), List.of())))
			.toList();
	}

	/**
	 * A public item of an approved meeting of the PEC: its decision and its recommendations to the Board.
	 * @param meeting the meeting
	 * @param item the item
	 * @param decision the decision, or null
	 * @param recommendations its recommendations, with the Board's outcome when decided
	 */
	public record Outcome(Meeting meeting, AgendaItem item, Decision decision,
			List<org.pecgov.meeting.minutes.Recommendation> recommendations) {
	}

	public Page<Meeting> meetings(Organisation pct, int page) {
		return this.meetings.publicMeetings(pct.getId(), PUBLISHED,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "date", "startTime", "id")));
	}

	public Map<Long, String> committeeNames(Organisation pct) {
		return this.committees.committeesOf(pct.getId())
			.stream()
			.collect(Collectors.toMap(Committee::getId, Committee::getName));
	}

	/**
	 * A published meeting of a PCT, with its public items only.
	 * @param pct the PCT
	 * @param meetingId the meeting
	 * @return what is published of it
	 */
	public Published meeting(Organisation pct, Long meetingId) {
		Meeting meeting = this.meetings.ofPct(meetingId, pct.getId())
			.filter((m) -> m.isPublicMeeting() && PUBLISHED.contains(m.getStatus()))
			.orElseThrow(() -> new NotFoundException("Meeting", meetingId));
		List<AgendaItem> agenda = this.items.agenda(meetingId);
		List<AgendaItem> publicItems = agenda.stream().filter(AgendaItem::isPublicItem).toList();
		Map<Long, Integer> numbers = new java.util.HashMap<>();
		for (int i = 0; i < agenda.size(); i++) {
			numbers.put(agenda.get(i).getId(), i + 1);
		}
		List<Long> ids = publicItems.stream().map(AgendaItem::getId).toList();
		Map<Long, List<PaperInfo>> itemPapers = ids.isEmpty() ? Map.of()
				: this.items.papersOf(ids).stream().collect(Collectors.groupingBy(PaperInfo::itemId));
		boolean approved = meeting.getStatus() == MeetingStatus.MINUTES_APPROVED;
		Map<Long, Decision> decided = (!approved || ids.isEmpty()) ? Map.of()
				: this.decisions.ofItems(ids)
					.stream()
					.collect(Collectors.toMap(Decision::getItemId, Function.identity()));
		List<ConflictPlan> recorded = (!approved || ids.isEmpty()) ? List.of() : this.plans.ofItems(ids);
		// Only conflicts that rest on an interest the public may see on the day: never a withheld one.
		Set<Interests.PublishedInterest> visible = this.declarations.publishedConcerning(pct.getId(),
				recorded.stream().map(ConflictPlan::getPersonId).collect(Collectors.toSet()),
				publicItems.stream().flatMap((i) -> i.getOrganisationIds().stream()).collect(Collectors.toSet()),
				meeting.getDate());
		Map<Long, Set<Long>> itemOrganisations = publicItems.stream()
			.collect(Collectors.toMap(AgendaItem::getId, AgendaItem::getOrganisationIds));
		Set<Long> away = this.attendance.ofMeeting(meetingId)
			.stream()
			.filter((a) -> a.getStatus() == AttendanceStatus.APOLOGIES || a.getStatus() == AttendanceStatus.ABSENT)
			.map(Attendance::getPersonId)
			.collect(Collectors.toSet());
		List<ConflictPlan> handled = recorded.stream()
			.filter((p) -> !away.contains(p.getPersonId()))
			.filter((p) -> itemOrganisations.getOrDefault(p.getItemId(), Set.of())
				.stream()
				.anyMatch((o) -> visible.contains(new Interests.PublishedInterest(p.getPersonId(), o))))
			.toList();
		Map<Long, String> names = this.people
			.byIdsOf(pct.getId(), handled.stream().map(ConflictPlan::getPersonId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Person::getId, Person::getFullName));
		String committee = this.committeeNames(pct).get(meeting.getCommitteeId());
		Map<Long, List<org.pecgov.meeting.minutes.Recommendation>> recommended = (!approved || ids.isEmpty()) ? Map.of()
				: this.recommendations.ofItems(ids);
		return new Published(meeting, committee, publicItems, numbers, itemPapers, approved, decided, handled, names,
				recommended);
	}

	/**
	 * A paper of a public item of a published meeting.
	 * @param pct the PCT
	 * @param meetingId the meeting
	 * @param paperId the paper
	 * @return it, with its content
	 */
	public Paper paper(Organisation pct, Long meetingId, Long paperId) {
		Published published = meeting(pct, meetingId);
		Paper paper = this.items.paper(paperId)
			.filter((p) -> p.getOrganisationId().equals(pct.getId()))
			.orElseThrow(() -> new NotFoundException("Paper", paperId));
		if (published.items().stream().noneMatch((i) -> i.getId().equals(paper.getItemId()))) {
			throw new NotFoundException("Paper", paperId);
		}
		return paper;
	}

	/**
	 * What is published of a meeting.
	 * @param meeting the meeting
	 * @param committee its committee's name
	 * @param items its public items
	 * @param numbers each item's number on the whole agenda, by item id
	 * @param papers the papers of the public items, by item id
	 * @param approved whether its minutes have been approved (and so are published)
	 * @param decisions the decisions on public items, once approved
	 * @param plans how conflicts on public items were handled, once approved
	 * @param names the names of those who had a conflict
	 * @param recommendations the recommendations to the Board made on (or taken as) public items, once approved
	 */
	public record Published(Meeting meeting, String committee, List<AgendaItem> items, Map<Long, Integer> numbers,
			Map<Long, List<PaperInfo>> papers, boolean approved, Map<Long, Decision> decisions, List<ConflictPlan> plans,
			Map<Long, String> names, Map<Long, List<org.pecgov.meeting.minutes.Recommendation>> recommendations) {

		public List<org.pecgov.meeting.minutes.Recommendation> recommendationsOf(Long itemId) {
			return this.recommendations.getOrDefault(itemId, List.of());
		}

		public List<PaperInfo> papersOf(Long itemId) {
			return this.papers.getOrDefault(itemId, List.of());
		}

		public List<ConflictPlan> plansOf(Long itemId) {
			return this.plans.stream().filter((p) -> p.getItemId().equals(itemId)).toList();
		}

	}

}
