package org.pecgov.meeting.minutes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.indicator.Indicator;
import org.pecgov.indicator.Measure;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.attendance.Attendance;
import org.pecgov.meeting.attendance.AttendanceStatus;
import org.pecgov.meeting.screening.ScreeningService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PEC's meetings of the last 12 months as indicators: attendance (overall, and each member's), meetings
 * quorate as held, items referred for want of a quorum, items debated rather than received for information,
 * decisions carrying a recommendation to the Board. The meetings are screened together, in a fixed number of
 * statements.
 */
@Component
@Order(40)
@Transactional(readOnly = true)
class MeetingIndicators implements Measure.Source {

	private final MeetingService meetings;

	private final CommitteeService committees;

	private final ScreeningService screening;

	private final Decisions decisions;

	MeetingIndicators(MeetingService meetings, CommitteeService committees, ScreeningService screening,
			Decisions decisions) {
		this.meetings = meetings;
		this.committees = committees;
		this.screening = screening;
		this.decisions = decisions;
	}

	@Override
	public List<Measure> measures() {
		Committee pec = this.committees.committees().stream().filter(Committee::isPec).findFirst().orElse(null);
		if (pec == null) {
			return List.of();
		}
		List<Meeting> held = this.meetings.heldBetween(pec.getId(), this.meetings.today().minusMonths(12),
				this.meetings.today());
		List<MeetingPage> pages = this.screening.pages(held);
		long expected = 0;
		long present = 0;
		long quorate = 0;
		long items = 0;
		long debated = 0;
		long referred = 0;
		List<Long> itemIds = new ArrayList<>();
		Map<Long, long[]> byMember = new LinkedHashMap<>();
		Map<Long, String> names = new HashMap<>();
		for (MeetingPage page : pages) {
			for (Long member : page.members()) {
				Attendance attendance = page.attendance().get(member);
				boolean there = attendance != null && attendance.getStatus() == AttendanceStatus.PRESENT;
				expected++;
				present += there ? 1 : 0;
				long[] counts = byMember.computeIfAbsent(member, (k) -> new long[2]);
				counts[0] += there ? 1 : 0;
				counts[1]++;
				names.putIfAbsent(member, page.names().get(member));
			}
			quorate += page.screening().quorum().isQuorate() ? 1 : 0;
			for (AgendaItem item : page.items()) {
				items++;
				debated += item.getPurpose().isDebated() ? 1 : 0;
				referred += (item.getReferredTo() != null) ? 1 : 0;
				itemIds.add(item.getId());
			}
		}
		long recommendations = itemIds.isEmpty() ? 0
				: this.decisions.ofItems(itemIds)
					.stream()
					.filter((d) -> d.getRecommendation() != null && !d.getRecommendation().isBlank())
					.count();
		List<Measure.Part> parts = byMember.entrySet()
			.stream()
			.map((e) -> new Measure.Part(names.getOrDefault(e.getKey(), ""), e.getValue()[0], e.getValue()[1]))
			.sorted((a, b) -> a.label().compareTo(b.label()))
			.toList();
		String past = "/meetings?when=past";
		return List.of(Measure.share(Indicator.ATTENDANCE, present, expected, past).withParts(parts),
				Measure.share(Indicator.QUORATE, quorate, pages.size(), past),
				Measure.count(Indicator.REFERRED, referred, past),
				Measure.share(Indicator.DEBATED, debated, items, past),
				Measure.count(Indicator.RECOMMENDATIONS, recommendations, past));
	}

}
