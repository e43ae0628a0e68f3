package org.pecgov.meeting.minutes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.PecFunction;
import org.pecgov.indicator.Indicator;
import org.pecgov.indicator.Measure;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.attendance.Attendance;
import org.pecgov.meeting.attendance.AttendanceStatus;
import org.pecgov.meeting.screening.ScreeningService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PEC's meetings of the last 12 months as indicators: attendance (overall, and each member's), meetings
 * quorate as held, items referred for want of a quorum, items debated rather than received for information,
 * recommendations made to the Board. The meetings are screened together, in a fixed number of
 * statements.
 */
@Component
@Order(40)
@Transactional(readOnly = true)
class MeetingIndicators implements Measure.Source {

	private final MeetingService meetings;

	private final CommitteeService committees;

	private final ScreeningService screening;

	private final RecommendationService recommendations;

	private final MessageSource messages;

	MeetingIndicators(MeetingService meetings, CommitteeService committees, ScreeningService screening,
			RecommendationService recommendations, MessageSource messages) {
		this.messages = messages;
		this.meetings = meetings;
		this.committees = committees;
		this.screening = screening;
		this.recommendations = recommendations;
	}

	@Override
	public List<Measure> measures() {
		Committee pec = this.committees.committees().stream().filter(Committee::isPec).findFirst().orElse(null);
		if (pec == null) {
			return List.of();
		}
		// the year to today, as the annual report's
		List<Meeting> held = this.meetings.heldBetween(pec.getId(), this.meetings.today().minusYears(1).plusDays(1),
				this.meetings.today());
		List<MeetingPage> pages = this.screening.pages(held);
		long expected = 0;
		long present = 0;
		long quorate = 0;
		long items = 0;
		long debated = 0;
		long referred = 0;
		Map<PecFunction, Long> byFunction = new EnumMap<>(PecFunction.class);
		long unsaid = 0;
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
				names.putIfAbsent(member, java.util.Objects.requireNonNullElse(page.names().get(member), ""));
			}
			quorate += page.screening().quorum().isQuorate() ? 1 : 0;
			for (AgendaItem item : page.items()) {
				items++;
				debated += item.getPurpose().isDebated() ? 1 : 0;
				if (item.getPurpose().isDebated()) {
					if (item.getFunction() != null) {
						byFunction.merge(item.getFunction(), 1L, Long::sum);
					}
					else {
						unsaid++;
					}
				}
				referred += (item.getReferredTo() != null) ? 1 : 0;
				itemIds.add(item.getId());
			}
		}
		long recommendations = this.recommendations.countOnItems(itemIds);
		List<Measure.Part> parts = byMember.entrySet()
			.stream()
			.map((e) -> new Measure.Part(names.getOrDefault(e.getKey(), ""), e.getValue()[0], e.getValue()[1]))
			.sorted((a, b) -> a.label().compareTo(b.label()))
			.toList();
		String past = "/meetings?when=past";
		List<Measure.Part> functions = new ArrayList<>();
		for (PecFunction function : PecFunction.values()) {
			functions.add(new Measure.Part(say("PecFunction." + function.name()), byFunction.getOrDefault(function, 0L),
					debated));
		}
		functions.add(new Measure.Part(say("indicator.function.none"), unsaid, debated));
		return List.of(Measure.share(Indicator.ATTENDANCE, present, expected, past).withParts(parts),
				Measure.share(Indicator.QUORATE, quorate, pages.size(), past),
				Measure.count(Indicator.REFERRED, referred, past),
				Measure.share(Indicator.DEBATED, debated, items, past),
				Measure.count(Indicator.FUNCTIONS, byFunction.size(), past).withParts(functions),
				Measure.count(Indicator.RECOMMENDATIONS, recommendations, "/recommendations"));
	}

	private String say(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
