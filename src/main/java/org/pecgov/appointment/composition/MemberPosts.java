package org.pecgov.appointment.composition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.Holdings;
import org.pecgov.appointment.renewal.RenewalService;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostService;
import org.pecgov.member.PostsHeld;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posts a person holds and held, for their record (My details, and the register's page of a member), in a
 * fixed number of statements.
 */
@Component
@Transactional(readOnly = true)
class MemberPosts implements PostsHeld {

	private final Holdings appointments;

	private final PostService posts;

	private final CommitteeService committees;

	private final Clock clock;

	private final RenewalService renewals;

	MemberPosts(Holdings appointments, PostService posts, CommitteeService committees, Clock clock,
			RenewalService renewals) {
		this.appointments = appointments;
		this.posts = posts;
		this.committees = committees;
		this.clock = clock;
		this.renewals = renewals;
	}

	@Override
	public List<HeldPost> of(Long personId) {
		Long organisationId = CurrentUser.readableOrganisationId();
		List<Appointment> held = this.appointments.committeeAppointmentsOf(organisationId, personId);
		if (held.isEmpty()) {
			return List.of();
		}
		Map<Long, Post> postsById = this.posts.byIdsOf(organisationId, held.stream().map(Appointment::getPostId).toList())
			.stream()
			.collect(Collectors.toMap(Post::getId, Function.identity()));
		Map<Long, Committee> committeesById = this.committees.committees()
			.stream()
			.collect(Collectors.toMap(Committee::getId, Function.identity()));
		LocalDate today = LocalDate.now(this.clock);
		Role role = CurrentUser.get().getRole();
		boolean checksGates = role == Role.ADMIN || role == Role.CHAIR;
		return held.stream()
			.filter((a) -> postsById.containsKey(a.getPostId()))
			.map((a) -> {
				Post post = postsById.get(a.getPostId());
				Committee committee = committeesById.get(post.getCommitteeId());
				return new HeldPost(a.getId(), post.getTitle(), (committee != null) ? committee.getName() : "",
						a.getTermStart(), a.lastDay(), a.isCurrent(today), checksGates && this.renewals.considered(a)
								&& held.stream().noneMatch((b) -> a.getId().equals(b.getRenewsId())));
			})
			.toList();
	}

}
