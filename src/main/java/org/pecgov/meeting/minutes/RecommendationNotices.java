package org.pecgov.meeting.minutes;

import java.util.ArrayList;
import java.util.List;

import org.pecgov.home.HomeNotice;
import org.pecgov.home.HomeNotice.Urgency;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations to the Board on the secretary's and administrators' home page: the Board's decision to record on
 * those whose Board meeting has been held, those that wait for a Board agenda, and those drafted and not yet sent. One
 * statement.
 */
@Component
@Order(55)
@Transactional(readOnly = true)
class RecommendationNotices implements HomeNotice.Source {

	private final RecommendationRepository recommendations;

	RecommendationNotices(RecommendationRepository recommendations) {
		this.recommendations = recommendations;
	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		PecgovPrincipal user = CurrentUser.get();
		if ((user.getRole() != Role.SECRETARY && user.getRole() != Role.ADMIN) || user.getOrganisationId() == null) {
			return List.of();
		}
		long undecided = 0;
		long waiting = 0;
		long drafted = 0;
		for (Object[] row : this.recommendations.waiting(user.getOrganisationId())) {
			RecommendationStatus status = (RecommendationStatus) row[0];
			long count = ((Number) row[2]).longValue();
			if (status == RecommendationStatus.ON_AGENDA && Boolean.TRUE.equals(row[1])) {
				undecided += count;
			}
			else if (status.awaitsAgenda()) {
				waiting += count;
			}
			else if (status == RecommendationStatus.DRAFTED) {
				drafted += count;
			}
		}
		List<HomeNotice> notices = new ArrayList<>();
		if (undecided > 0) {
			notices.add(HomeNotice.of(Urgency.OVERDUE, "home.todo.RECOMMENDATIONS_UNDECIDED", new Object[] { undecided },
					List.of(), "/recommendations?status=ON_AGENDA", "home.todo.act.recommendations"));
		}
		if (waiting > 0) {
			notices.add(HomeNotice.of(Urgency.TO_DO, "home.todo.RECOMMENDATIONS_WAITING", new Object[] { waiting },
					List.of(), "/recommendations", "home.todo.act.recommendations"));
		}
		if (drafted > 0) {
			notices.add(HomeNotice.of(Urgency.TO_DO, "home.todo.RECOMMENDATIONS_DRAFTED", new Object[] { drafted },
					List.of(), "/recommendations?status=DRAFTED", "home.todo.act.recommendations"));
		}
		return notices;
	}

}
