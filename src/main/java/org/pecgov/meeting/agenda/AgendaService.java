package org.pecgov.meeting.agenda;

import java.time.Clock;
import java.util.List;

import org.pecgov.interest.directory.DirectoryService;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.screening.ConflictPlans;
import org.pecgov.meeting.screening.PlanChoice;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda: its items in order, the organisations each concerns, and their papers.
 */
@Service
@Transactional(readOnly = true)
public class AgendaService {

	private final MeetingService meetings;

	private final AgendaItemRepository items;

	private final PaperRepository papers;

	private final ConflictPlans plans;

	private final DirectoryService directory;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final org.pecgov.member.PersonService people;

	private final org.pecgov.committee.CommitteeService committees;

	AgendaService(MeetingService meetings, AgendaItemRepository items, PaperRepository papers,
			ConflictPlans plans, DirectoryService directory, Clock clock,
			org.springframework.context.ApplicationEventPublisher events, org.pecgov.member.PersonService people,
			org.pecgov.committee.CommitteeService committees) {
		this.committees = committees;
		this.people = people;
		this.events = events;
		this.meetings = meetings;
		this.items = items;
		this.papers = papers;
		this.plans = plans;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * An item of a meeting of the PCT the user reads.
	 * @param meetingId the meeting
	 * @param itemId the item
	 * @return it
	 */
	public AgendaItem item(Long meetingId, Long itemId) {
		this.meetings.get(meetingId);
		return this.items.findByIdAndMeetingIdAndOrganisationId(itemId, meetingId, CurrentUser.readableOrganisationId())
			.orElseThrow(() -> new NotFoundException("AgendaItem", itemId));
	}

	@Transactional
	public AgendaItem add(Long meetingId, ItemDetails details) {
		Meeting meeting = open(meetingId);
		this.directory.checkOwned(details.organisationIds(), "organisationIds");
		AgendaItem added = this.items.save(new AgendaItem(meeting.getOrganisationId(), meetingId,
				this.items.lastPosition(meetingId) + 1, withPresenter(details)));
		changed(meeting, "ADDED", added.getTitle());
		return added;
	}

	@Transactional
	public AgendaItem update(Long meetingId, Long itemId, long version, ItemDetails details) {
		Meeting meeting = open(meetingId);
		AgendaItem item = writable(meetingId, itemId);
		item.checkVersion(version);
		this.directory.checkOwned(details.organisationIds(), "organisationIds");
		// a new presenter from the register replaces the old one's name, unless another was typed
		ItemDetails typed = (!java.util.Objects.equals(item.getPresenterId(), details.presenterId())
				&& item.getPresenterId() != null && java.util.Objects.equals(details.presenter(), item.getPresenter()))
						? new ItemDetails(details.title(), details.purpose(), null, details.publicItem(),
								details.organisationIds(), details.function(), details.minutes(), details.presenterId())
						: details;
		item.apply(withPresenter(typed));
		AgendaItem saved = this.items.saveAndFlush(item);
		changed(meeting, "CHANGED", saved.getTitle());
		return saved;
	}

	/**
	 * Moves an item one place up or down the agenda.
	 * @param meetingId the meeting
	 * @param itemId the item
	 * @param version the version the user saw
	 * @param up true to move it up
	 */
	@Transactional
	public void move(Long meetingId, Long itemId, long version, boolean up) {
		Meeting meeting = open(meetingId);
		AgendaItem item = writable(meetingId, itemId);
		item.checkVersion(version);
		List<AgendaItem> agenda = this.items.agenda(meetingId);
		int index = agenda.indexOf(item);
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= agenda.size()) {
			return;
		}
		AgendaItem neighbour = agenda.get(other);
		int position = item.getPosition();
		item.moveTo(neighbour.getPosition());
		neighbour.moveTo(position);
		this.items.saveAllAndFlush(List.of(item, neighbour));
		changed(meeting, "MOVED", item.getTitle());
	}

	@Transactional
	public void remove(Long meetingId, Long itemId, long version) {
		Meeting meeting = open(meetingId);
		AgendaItem item = writable(meetingId, itemId);
		item.checkVersion(version);
		this.events.publishEvent(new ItemRemoved(meetingId, itemId));
		this.items.delete(item);
		this.items.flush();
		changed(meeting, "REMOVED", item.getTitle());
	}

	/**
	 * Refers an item that would be inquorate to another of the PCT's committees (for example the sub-committee chaired
	 * by a non-executive director), or takes the referral back with null: the item is then offered on the agenda of
	 * that committee's next meeting.
	 * @param meetingId the meeting
	 * @param itemId the item
	 * @param version the version the user saw
	 * @param committeeId the committee, or null
	 * @return the item
	 */
	@Transactional
	public AgendaItem refer(Long meetingId, Long itemId, long version, Long committeeId) {
		Meeting meeting = open(meetingId);
		AgendaItem item = writable(meetingId, itemId);
		item.checkVersion(version);
		if (committeeId == null) {
			item.referTo(null, null);
		}
		else {
			org.pecgov.committee.Committee to = this.committees.find(committeeId)
				.filter((c) -> !c.getId().equals(meeting.getCommitteeId()))
				.orElseThrow(() -> new FieldException("referredTo", "agenda.refer.unknown"));
			item.referTo(to.getName(), to.getId());
		}
		return this.items.saveAndFlush(item);
	}

	/**
	 * Items referred to a meeting's committee by another and not yet taken up.
	 * @param meetingId the meeting
	 * @return the items, the earliest first
	 */
	public List<AgendaItem> referredTo(Long meetingId) {
		Meeting meeting = this.meetings.get(meetingId);
		return this.items.referredTo(meeting.getOrganisationId(), meeting.getCommitteeId());
	}

	/**
	 * Takes up an item referred to a meeting's committee: it joins the end of the agenda as it was (title, purpose,
	 * presenter, whether public, the organisations it concerns, function, time).
	 * @param meetingId the meeting, whose agenda is open
	 * @param referredId the item referred
	 * @return the item added
	 */
	@Transactional
	public AgendaItem takeUp(Long meetingId, Long referredId) {
		Meeting meeting = open(meetingId);
		AgendaItem referred = this.items.referredTo(meeting.getOrganisationId(), meeting.getCommitteeId())
			.stream()
			.filter((i) -> i.getId().equals(referredId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("AgendaItem", referredId));
		AgendaItem item = new AgendaItem(meeting.getOrganisationId(), meetingId, this.items.lastPosition(meetingId) + 1,
				new ItemDetails(referred.getTitle(), referred.getPurpose(), referred.getPresenter(),
						referred.isPublicItem(), referred.getOrganisationIds(), referred.getFunction(),
						referred.getMinutesAllotted(), referred.getPresenterId()));
		item.takenUpFrom(referred.getId());
		AgendaItem saved = this.items.saveAndFlush(item);
		changed(meeting, "ADDED", saved.getTitle());
		return saved;
	}

	/**
	 * Adds a paper to an item: a PDF or DOCX, known by its content, of at most 20 MB.
	 * @param meetingId the meeting
	 * @param itemId the item
	 * @param filename the name of the file uploaded
	 * @param content its content
	 * @return the paper
	 */
	@Transactional
	public Paper addPaper(Long meetingId, Long itemId, String filename, byte[] content) {
		Meeting meeting = open(meetingId);
		AgendaItem item = writable(meetingId, itemId);
		if (content == null || content.length == 0) {
			throw new FieldException("file", "paper.empty");
		}
		if (content.length > PaperType.MAX_BYTES) {
			throw new FieldException("file", "paper.tooLarge");
		}
		PaperType type = PaperType.of(content).orElseThrow(() -> new FieldException("file", "paper.type"));
		Paper paper = this.papers.save(new Paper(item.getOrganisationId(), itemId, safeName(filename, type), type,
				content, this.clock.instant(), CurrentUser.actor()));
		changed(meeting, "PAPER_ADDED", paper.getFilename());
		return paper;
	}

	/**
	 * A paper to download: a member does not receive the papers of an item the chair said they receive
	 * none of.
	 * @param meetingId the meeting
	 * @param itemId the item
	 * @param paperId the paper
	 * @return it, with its content
	 */
	public Paper paper(Long meetingId, Long itemId, Long paperId) {
		AgendaItem item = item(meetingId, itemId);
		Paper paper = this.papers.findByIdAndItemIdAndOrganisationId(paperId, itemId, item.getOrganisationId())
			.orElseThrow(() -> new NotFoundException("Paper", paperId));
		Long personId = CurrentUser.get().getPersonId();
		if (personId != null && CurrentUser.get().getRole() != Role.ADMIN
				&& CurrentUser.get().getRole() != Role.SECRETARY && this.plans.of(itemId, personId)
					.filter((p) -> p.getPlan() == PlanChoice.NO_PAPERS)
					.isPresent()) {
			throw new AccessDeniedException("No papers for this item");
		}
		return paper;
	}

	@Transactional
	public void removePaper(Long meetingId, Long itemId, Long paperId) {
		Meeting meeting = open(meetingId);
		AgendaItem item = writable(meetingId, itemId);
		Paper paper = this.papers.findByIdAndItemIdAndOrganisationId(paperId, itemId, item.getOrganisationId())
			.orElseThrow(() -> new NotFoundException("Paper", paperId));
		this.papers.delete(paper);
		changed(meeting, "PAPER_REMOVED", paper.getFilename());
	}

	/**
	 * The details with the presenter from the register checked, and named when no other name was typed.
	 */
	private ItemDetails withPresenter(ItemDetails details) {
		if (details.presenterId() == null) {
			return details;
		}
		org.pecgov.member.Person presenter = this.people.byIds(List.of(details.presenterId()))
			.stream()
			.findFirst()
			.orElseThrow(() -> new FieldException("presenterId", "agenda.presenterId.unknown"));
		String name = (details.presenter() == null || details.presenter().isBlank()) ? presenter.getFullName()
				: details.presenter();
		return new ItemDetails(details.title(), details.purpose(), name, details.publicItem(), details.organisationIds(),
				details.function(), details.minutes(), details.presenterId());
	}

	/** Tells the publishing step of a change to an agenda already published. */
	private void changed(Meeting meeting, String kind, String title) {
		if (meeting.getStatus() == org.pecgov.meeting.MeetingStatus.AGENDA_PUBLISHED) {
			this.events.publishEvent(new AgendaChanged(meeting.getId(), "agenda.change." + kind, title));
		}
	}

	private Meeting open(Long meetingId) {
		Meeting meeting = this.meetings.locked(meetingId);
		if (!meeting.isAgendaOpen()) {
			throw new FieldException("agenda", "agenda.locked");
		}
		return meeting;
	}

	private AgendaItem writable(Long meetingId, Long itemId) {
		return this.items.findByIdAndMeetingIdAndOrganisationId(itemId, meetingId, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("AgendaItem", itemId));
	}

	/** The file name as the user gave it, without a path or characters unsafe in a download header. */
	static String safeName(String filename, PaperType type) {
		String name = (filename == null) ? "" : filename.replaceAll(".*[/\\\\]", "");
		name = name.replaceAll("[^A-Za-z0-9 ._()\\-]", "_").strip();
		if (name.length() > 200) {
			name = name.substring(0, 200);
		}
		if (name.isEmpty() || name.chars().allMatch((c) -> c == '.' || c == '_')) {
			name = "paper";
		}
		return name.toLowerCase(java.util.Locale.ROOT).endsWith(type.extension()) ? name : name + type.extension();
	}

}
