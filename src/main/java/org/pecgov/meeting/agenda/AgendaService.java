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

	AgendaService(MeetingService meetings, AgendaItemRepository items, PaperRepository papers,
			ConflictPlans plans, DirectoryService directory, Clock clock,
			org.springframework.context.ApplicationEventPublisher events, org.pecgov.member.PersonService people) {
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
		return this.items.save(new AgendaItem(meeting.getOrganisationId(), meetingId,
				this.items.lastPosition(meetingId) + 1, withPresenter(details)));
	}

	@Transactional
	public AgendaItem update(Long meetingId, Long itemId, long version, ItemDetails details) {
		open(meetingId);
		AgendaItem item = writable(meetingId, itemId);
		item.checkVersion(version);
		this.directory.checkOwned(details.organisationIds(), "organisationIds");
		item.apply(withPresenter(details));
		return this.items.saveAndFlush(item);
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
		open(meetingId);
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
	}

	@Transactional
	public void remove(Long meetingId, Long itemId, long version) {
		open(meetingId);
		AgendaItem item = writable(meetingId, itemId);
		item.checkVersion(version);
		this.events.publishEvent(new ItemRemoved(meetingId, itemId));
		this.items.delete(item);
		this.items.flush();
	}

	/**
	 * Refers an item that would be inquorate elsewhere (for example to the sub-committee chaired by a
	 * non-executive director), or takes the referral back with a blank.
	 * @param meetingId the meeting
	 * @param itemId the item
	 * @param version the version the user saw
	 * @param referredTo where to, or null
	 * @return the item
	 */
	@Transactional
	public AgendaItem refer(Long meetingId, Long itemId, long version, String referredTo) {
		open(meetingId);
		AgendaItem item = writable(meetingId, itemId);
		item.checkVersion(version);
		item.referTo(referredTo);
		return this.items.saveAndFlush(item);
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
		open(meetingId);
		AgendaItem item = writable(meetingId, itemId);
		if (content == null || content.length == 0) {
			throw new FieldException("file", "paper.empty");
		}
		if (content.length > PaperType.MAX_BYTES) {
			throw new FieldException("file", "paper.tooLarge");
		}
		PaperType type = PaperType.of(content).orElseThrow(() -> new FieldException("file", "paper.type"));
		return this.papers.save(new Paper(item.getOrganisationId(), itemId, safeName(filename, type), type, content,
				this.clock.instant(), CurrentUser.actor()));
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
		open(meetingId);
		AgendaItem item = writable(meetingId, itemId);
		Paper paper = this.papers.findByIdAndItemIdAndOrganisationId(paperId, itemId, item.getOrganisationId())
			.orElseThrow(() -> new NotFoundException("Paper", paperId));
		this.papers.delete(paper);
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
