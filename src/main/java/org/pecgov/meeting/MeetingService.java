package org.pecgov.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.pecgov.committee.CommitteeService;
import org.pecgov.meeting.agenda.AgendaItems;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of a PCT's committees: the secretary plans them and moves them through their life.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

	public static final int PAGE_SIZE = 25;

	private final MeetingRepository meetings;

	private final AgendaItems items;

	private final CommitteeService committees;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	MeetingService(MeetingRepository meetings, AgendaItems items, CommitteeService committees, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.meetings = meetings;
		this.items = items;
		this.committees = committees;
		this.clock = clock;
	}

	/**
	 * Meetings of the PCT the user reads: upcoming ones soonest first, past ones latest first.
	 * @param upcoming true for upcoming, false for past, null for all (latest first)
	 * @param page the page, from 0
	 * @return the page
	 */
	public Page<Meeting> list(Boolean upcoming, int page) {
		Sort order = Boolean.TRUE.equals(upcoming) ? Sort.by("date", "startTime", "id")
				: Sort.by(Sort.Direction.DESC, "date", "startTime", "id");
		return this.meetings.list(CurrentUser.readableOrganisationId(), upcoming, today(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, order));
	}

	/**
	 * A meeting of the PCT the user reads.
	 * @param id the meeting
	 * @return it
	 * @throws NotFoundException when it is not there or is another PCT's
	 */
	public Meeting get(Long id) {
		return this.meetings.findByIdAndOrganisationId(id, CurrentUser.readableOrganisationId())
			.orElseThrow(() -> new NotFoundException("Meeting", id));
	}

	public Meeting locked(Long id) {
		return this.meetings.lock(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Meeting", id));
	}

	public Meeting writable(Long id) {
		return this.meetings.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Meeting", id));
	}

	/**
	 * Plans a meeting.
	 * @param details what and when
	 * @return the meeting
	 */
	@Transactional
	public Meeting plan(MeetingDetails details) {
		check(details);
		return this.meetings.save(new Meeting(CurrentUser.organisationId(), details));
	}

	/**
	 * Records a meeting that took place before the PCT used this service (and the demo's history): its day
	 * has passed, its agenda is published, and it is then recorded as held and minuted as any other.
	 * @param details what and when
	 * @return the meeting
	 */
	@Transactional
	public Meeting recordPast(MeetingDetails details) {
		Problems.refuse(pastProblemsOf(details));
		Meeting meeting = new Meeting(CurrentUser.organisationId(), details);
		meeting.moveTo(MeetingStatus.AGENDA_PUBLISHED);
		return this.meetings.save(meeting);
	}

	/**
	 * Changes a meeting's details, until it is held.
	 * @param id the meeting
	 * @param version the version the user saw
	 * @param details the new details
	 * @return the meeting
	 */
	@Transactional
	public Meeting update(Long id, long version, MeetingDetails details) {
		Meeting meeting = writable(id);
		meeting.checkVersion(version);
		if (!meeting.isAgendaOpen()) {
			throw new FieldException("date", "meeting.held.locked");
		}
		check(details);
		meeting.apply(details);
		return this.meetings.saveAndFlush(meeting);
	}

	/**
	 * Moves a meeting on: its agenda published (it needs an item), then held (not before its day).
	 * @param id the meeting
	 * @param version the version the user saw
	 * @param status the next status
	 * @return the meeting
	 */
	@Transactional
	public Meeting advance(Long id, long version, MeetingStatus status) {
		Meeting meeting = writable(id);
		meeting.checkVersion(version);
		switch (status) {
			case AGENDA_PUBLISHED -> {
				if (meeting.getStatus() != MeetingStatus.PLANNED) {
					throw new FieldException("status", "meeting.status.notNext");
				}
				if (this.items.lastPosition(id) == 0) {
					throw new FieldException("status", "meeting.publish.empty");
				}
			}
			case HELD -> {
				if (meeting.getStatus() != MeetingStatus.AGENDA_PUBLISHED) {
					throw new FieldException("status", "meeting.status.notNext");
				}
				if (meeting.getDate().isAfter(today())) {
					throw new FieldException("status", "meeting.held.future");
				}
			}
			default -> throw new FieldException("status", "meeting.status.notNext");
		}
		meeting.moveTo(status);
		Meeting saved = this.meetings.saveAndFlush(meeting);
		if (status == MeetingStatus.AGENDA_PUBLISHED) {
			this.events.publishEvent(new AgendaPublished(id));
		}
		return saved;
	}

	/**
	 * The committees a meeting may be of.
	 * @return the PCT's committees
	 */
	public List<org.pecgov.committee.Committee> committees() {
		return this.committees.committees();
	}

	/**
	 * The names of the PCT's committees, for lists of meetings.
	 * @return names by committee id
	 */
	public java.util.Map<Long, String> committeeNames() {
		return this.committees.committees()
			.stream()
			.collect(java.util.stream.Collectors.toMap(org.pecgov.committee.Committee::getId,
					org.pecgov.committee.Committee::getName));
	}

	private void check(MeetingDetails details) {
		Problems.refuse(problemsOf(details));
	}


	/**
	 * What the rules of a meeting find wrong with what was typed, without saving (a rule over a field that is
	 * missing is left to the form), so that the form says every problem at once.
	 * @param details what was typed
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(MeetingDetails details) {
		Problems problems = new Problems();
		problems.when(details.committeeId() != null && !knownCommittee(details.committeeId()), "committeeId",
				"meeting.committee.unknown");
		if (details.date() != null) {
			LocalDateTime starts = details.date().atTime((details.startTime() != null) ? details.startTime() : LocalTime.MAX);
			problems.when(starts.isBefore(LocalDateTime.now(this.clock)), "date", "meeting.date.past");
			problems.when(details.date().isAfter(today().plusYears(5)), "date", "meeting.date.tooFar");
		}
		problems.when(details.place() == null && details.remoteLink() == null, "place", "meeting.place.required");
		return problems.list();
	}

	/**
	 * What the rules of a meeting recorded after it took place find wrong, without saving.
	 * @param details what was typed
	 * @return the problems
	 */
	public List<FieldException.Problem> pastProblemsOf(MeetingDetails details) {
		return new Problems()
			.when(details.committeeId() != null && !knownCommittee(details.committeeId()), "committeeId",
					"meeting.committee.unknown")
			.when(details.date() != null && !details.date().isBefore(today()), "date", "meeting.date.notPast")
			.list();
	}

	/** Whether a committee is the PCT's, asked without a lookup that fails (which would spoil the transaction). */
	private boolean knownCommittee(Long committeeId) {
		return this.committees.committees().stream().anyMatch((c) -> c.getId().equals(committeeId));
	}

	/**
	 * Today, by the service's clock.
	 * @return today
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Meetings by id, whatever their PCT: for pages that already know the meetings are the PCT's.
	 * @param ids the meetings
	 * @return those that exist
	 */
	public List<Meeting> byIds(Collection<Long> ids) {
		return this.meetings.findAllById(ids);
	}

	/**
	 * A meeting by id, whatever its PCT: for a page that already knows it is the PCT's.
	 * @param id the meeting
	 * @return it, if it exists
	 */
	public Optional<Meeting> byId(Long id) {
		return this.meetings.findById(id);
	}

	/**
	 * A PCT's meeting, for pages that name the PCT themselves (the published pages).
	 * @param id the meeting
	 * @param organisationId the PCT
	 * @return it, if it is the PCT's
	 */
	public Optional<Meeting> ofPct(Long id, Long organisationId) {
		return this.meetings.findByIdAndOrganisationId(id, organisationId);
	}

	/**
	 * A committee's meetings before a day, latest first.
	 * @param organisationId the PCT
	 * @param committeeId the committee
	 * @param day the day
	 * @return the meetings
	 */
	public List<Meeting> before(Long organisationId, Long committeeId, LocalDate day) {
		return this.meetings.findByOrganisationIdAndCommitteeIdAndDateBeforeOrderByDateDesc(organisationId,
				committeeId, day);
	}

	/**
	 * A PCT's meetings from a day on, soonest first.
	 * @param organisationId the PCT
	 * @param day the first day
	 * @return the meetings
	 */
	/**
	 * A PCT's next public meetings, at most ten, from a day.
	 * @param organisationId the PCT
	 * @param day the first day
	 * @return the meetings, soonest first
	 */
	public List<Meeting> publicFrom(Long organisationId, LocalDate day) {
		return this.meetings.findTop10ByOrganisationIdAndPublicMeetingTrueAndDateGreaterThanEqualOrderByDateAscStartTimeAsc(
				organisationId, day);
	}

	/**
	 * Every public meeting of a PCT from a day (for its public calendar).
	 * @param organisationId the PCT
	 * @param day the first day
	 * @return the meetings, soonest first
	 */
	public List<Meeting> allPublicFrom(Long organisationId, LocalDate day) {
		return this.meetings.findByOrganisationIdAndPublicMeetingTrueAndDateGreaterThanEqualOrderByDateAscStartTimeAsc(
				organisationId, day);
	}

	/**
	 * A committee's last five public meetings whose minutes are approved.
	 * @param organisationId the PCT
	 * @param committeeId the committee
	 * @return the meetings, latest first
	 */
	public List<Meeting> lastApproved(Long organisationId, Long committeeId) {
		return this.meetings.findTop5ByOrganisationIdAndCommitteeIdAndPublicMeetingTrueAndStatusOrderByDateDesc(
				organisationId, committeeId, MeetingStatus.MINUTES_APPROVED);
	}

	public List<Meeting> from(Long organisationId, LocalDate day) {
		return this.meetings.findByOrganisationIdAndDateGreaterThanEqualOrderByDateAscStartTimeAsc(organisationId, day);
	}

	/**
	 * The PCT's next meetings, at most three, from today until a day.
	 * @param until the last day
	 * @return the meetings, soonest first
	 */
	public List<Meeting> next(LocalDate until) {
		return this.meetings.findTop3ByOrganisationIdAndDateBetweenOrderByDateAscStartTimeAsc(
				CurrentUser.readableOrganisationId(), today(), until);
	}

	/**
	 * A committee's meetings held between two days, earliest first.
	 * @param committeeId the committee
	 * @param from the first day
	 * @param to the last day
	 * @return the meetings
	 */
	public List<Meeting> heldBetween(Long committeeId, LocalDate from, LocalDate to) {
		return this.meetings.findByOrganisationIdAndCommitteeIdAndDateBetweenAndStatusInOrderByDateAsc(
				CurrentUser.readableOrganisationId(), committeeId, from, to,
				List.of(MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED));
	}

	/**
	 * The PCT's meetings between two days whose minutes are not yet approved, earliest first.
	 * @param from the first day
	 * @param to the last day
	 * @return the meetings
	 */
	public List<Meeting> notApprovedBetween(LocalDate from, LocalDate to) {
		return this.meetings.findByOrganisationIdAndDateBetweenAndStatusNotOrderByDateAscStartTimeAsc(
				CurrentUser.readableOrganisationId(), from, to, MeetingStatus.MINUTES_APPROVED);
	}

	/**
	 * A PCT's public meetings in some states.
	 * @param organisationId the PCT
	 * @param statuses the states
	 * @param pageable the page
	 * @return the page
	 */
	public Page<Meeting> publicMeetings(Long organisationId, Collection<MeetingStatus> statuses, Pageable pageable) {
		return this.meetings.findByOrganisationIdAndPublicMeetingTrueAndStatusIn(organisationId, statuses, pageable);
	}

	/**
	 * Saves a meeting changed by one of the features of a meeting (its minutes approved).
	 * @param meeting the meeting
	 * @return it, saved
	 */
	@Transactional
	public Meeting save(Meeting meeting) {
		return this.meetings.saveAndFlush(meeting);
	}

}
