package org.pecgov.meeting.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.AgendaItems;
import org.pecgov.meeting.agenda.Paper;
import org.pecgov.meeting.published.PublicMeetingService;
import org.pecgov.meeting.screening.Screening;
import org.pecgov.meeting.screening.ScreeningService;
import org.pecgov.organisation.Organisation;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * One board pack per meeting (issue 16, §5): a cover, the agenda with its timings and the page each item starts on, the
 * conflicts matrix for those who run or chair the meeting, then each item's papers in order, merged, with a bookmark
 * per item and page numbers that match the agenda. A member's pack leaves out the papers of items they receive none
 * of; the public's holds the public items of a published public meeting.
 */
@Service
public class PackService {

	private final ScreeningService screening;

	private final AgendaItems items;

	private final PublicMeetingService published;

	private final MessageSource messages;

	private final org.pecgov.meeting.screening.ConflictPlans plans;

	PackService(ScreeningService screening, AgendaItems items, PublicMeetingService published,
			MessageSource messages, org.pecgov.meeting.screening.ConflictPlans plans) {
		this.plans = plans;
		this.screening = screening;
		this.items = items;
		this.published = published;
		this.messages = messages;
	}

	/**
	 * The pack of a meeting of the PCT the user reads, as they may read it.
	 * @param meetingId the meeting
	 * @return the pack
	 */
	public Pack pack(Long meetingId) {
		MeetingPage page = this.screening.page(meetingId);
		PecgovPrincipal user = CurrentUser.get();
		boolean member = user.getRole() == Role.MEMBER;
		// the rule of a paper's download: only the secretary and administrators receive every paper
		boolean everyPaper = user.getRole() == Role.ADMIN || user.getRole() == Role.SECRETARY
				|| user.getRole() == Role.SHA_VIEWER;
		boolean matrix = user.getRole() == Role.ADMIN || user.getRole() == Role.SECRETARY
				|| user.getRole() == Role.CHAIR;
		// the same rule as a paper's download: a member whose plan on an item says no papers receives none
		java.util.Set<Long> noPapers = (everyPaper || page.items().isEmpty()) ? java.util.Set.of()
				: this.plans.ofItems(page.items().stream().map(AgendaItem::getId).toList())
					.stream()
					.filter((p) -> p.getPersonId().equals(user.getPersonId())
							&& p.getPlan() == org.pecgov.meeting.screening.PlanChoice.NO_PAPERS)
					.map(org.pecgov.meeting.screening.ConflictPlan::getItemId)
					.collect(java.util.stream.Collectors.toSet());
		List<Pack.Item> packed = new ArrayList<>();
		LocalTime starts = page.meeting().getStartTime();
		int number = 0;
		for (AgendaItem item : page.items()) {
			number++;
			boolean withheld = !everyPaper && noPapers.contains(item.getId());
			packed.add(new Pack.Item(number, item, starts, withheld ? List.of() : page.papersOf(item.getId()),
					withheld));
			starts = starts.plusMinutes((item.getMinutesAllotted() != null) ? item.getMinutesAllotted() : 0);
		}
		return new Pack(page.meeting(), page.committee().getName(),
				member ? "pack.audience.member" : (matrix ? "pack.audience.chair" : "pack.audience.reader"), packed,
				matrix ? matrix(page, packed) : List.of(), matrix);
	}

	/**
	 * The public's pack of a published public meeting of a PCT: its public items and their papers.
	 * @param pct the PCT
	 * @param meetingId the meeting
	 * @return the pack
	 */
	public Pack publicPack(Organisation pct, Long meetingId) {
		PublicMeetingService.Published meeting = this.published.meeting(pct, meetingId);
		List<Pack.Item> packed = new ArrayList<>();
		Map<Long, LocalTime> starts = new LinkedHashMap<>();
		LocalTime time = meeting.meeting().getStartTime();
		for (AgendaItem item : this.items.agenda(meetingId)) {
			starts.put(item.getId(), time);
			time = time.plusMinutes((item.getMinutesAllotted() != null) ? item.getMinutesAllotted() : 0);
		}
		for (AgendaItem item : meeting.items()) {
			packed.add(new Pack.Item(meeting.numbers().get(item.getId()), item, starts.get(item.getId()),
					meeting.papersOf(item.getId()), false));
		}
		return new Pack(meeting.meeting(), meeting.committee(), "pack.audience.public", packed, List.of(), false);
	}

	/**
	 * Writes a pack as PDF, reading its papers one at a time.
	 * @param pack the pack
	 * @param out where to
	 * @throws IOException when the pack cannot be written
	 */
	public void write(Pack pack, OutputStream out) throws IOException {
		new PackWriter(this::text, this::paper).write(pack, out);
	}

	private Optional<byte[]> paper(Long id) {
		return this.items.paper(id).map(Paper::content);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

	private List<Pack.MatrixRow> matrix(MeetingPage page, List<Pack.Item> packed) {
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, Map<Long, String>> plans = new LinkedHashMap<>();
		for (Pack.Item item : packed) {
			Screening.ItemResult result = page.resultOf(item.item().getId());
			for (Screening.Flag flag : result.flags()) {
				names.putIfAbsent(flag.person().personId(), flag.person().name());
				plans.computeIfAbsent(flag.person().personId(), (k) -> new LinkedHashMap<>())
					.put(item.item().getId(), (flag.plan() != null) ? text("PlanChoice." + flag.plan().name())
							: text("conflicts.noPlan"));
			}
		}
		List<Pack.MatrixRow> rows = new ArrayList<>();
		names.forEach((personId, name) -> rows.add(new Pack.MatrixRow(name,
				packed.stream().map((i) -> plans.get(personId).get(i.item().getId())).toList())));
		return rows;
	}

}
