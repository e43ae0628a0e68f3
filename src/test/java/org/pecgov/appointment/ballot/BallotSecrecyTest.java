package org.pecgov.appointment.ballot;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.appointment.AppointCommand;
import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.Term;
import org.pecgov.appointment.vacancy.Candidate;
import org.pecgov.appointment.vacancy.Vacancy;
import org.pecgov.appointment.vacancy.VacancyService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PEC chair's ballot on PostgreSQL: each clinical member votes once while it is open, the count
 * shows only once it closes, nothing links a vote to its voter, and only the PCT chair confirms.
 */
@IntegrationTest
class BallotSecrecyTest {

	@Autowired
	private BallotService ballots;

	@Autowired
	private VacancyService vacancies;

	@Autowired
	private PostService posts;

	@Autowired
	private JdbcTemplate jdbc;

	private long southvale;

	private DemoIds ids;

	@BeforeEach
	void signIn() {
		this.ids = new DemoIds(this.jdbc);
		this.southvale = this.ids.organisation("SVL");
		SignIn.as(Role.ADMIN, this.southvale, null);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void eachClinicalMemberVotesOnceSecretlyAndThePctChairConfirms() {
		Post chair = this.posts.allPosts()
			.stream()
			.filter((p) -> p.getKind() == PostKind.CHAIR && p.getTitle().equals("PEC chair"))
			.findFirst()
			.orElseThrow();
		Vacancy vacancy = this.vacancies.open(chair.getId(), "Term of the current chair ends");
		long rahman = this.ids.person("nadia.rahman@southvale.example");
		long pritchard = this.ids.person("owen.pritchard@southvale.example");
		Candidate first = this.vacancies.addCandidate(vacancy.getId(), rahman, "Nominated by the LMC");
		Candidate second = this.vacancies.addCandidate(vacancy.getId(), pritchard, null);
		Ballot ballot = this.ballots.open(vacancy.getId());
		// issue 17 §1: every elector is told the ballot is open, once
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where kind = 'BALLOT_OPEN' and dedupe_key like ?",
				Long.class, "BALLOT_OPEN:" + ballot.getId() + ":%")).isEqualTo(this.jdbc.queryForObject(
						"select count(*) from ballot_voter where ballot_id = ?", Long.class, ballot.getId()))
			.isPositive();

		vote(rahman, first.getId());
		vote(pritchard, first.getId());
		vote(this.ids.person("james.whitaker@southvale.example"), second.getId());

		assertThatThrownBy(() -> vote(rahman, second.getId())).isInstanceOf(FieldException.class)
			.hasMessageContaining("ballot.alreadyVoted");
		assertThatThrownBy(() -> vote(this.ids.person("richard.lowe@southvale.example"), first.getId()))
			.isInstanceOf(FieldException.class)
			.hasMessageContaining("ballot.notEligible");
		SignIn.as(Role.ADMIN, this.southvale, null);
		assertThat(this.ballots.view(vacancy.getId()).orElseThrow().counts()).isEmpty();
		assertThat(this.ballots.view(vacancy.getId()).orElseThrow().voted()).isEqualTo(3);
		assertThatThrownBy(() -> this.ballots.close(vacancy.getId(), ballot.getVersion()))
			.isInstanceOf(FieldException.class)
			.hasMessageContaining("ballot.turnout");

		List<Long> others = this.jdbc.queryForList(
				"select person_id from ballot_voter where ballot_id = ? and not voted order by person_id", Long.class,
				ballot.getId());
		others.subList(0, others.size() - 1).forEach((voter) -> vote(voter, first.getId()));
		SignIn.as(Role.ADMIN, this.southvale, null);
		this.ballots.close(vacancy.getId(), ballot.getVersion());

		assertThatThrownBy(() -> vote(others.get(others.size() - 1), first.getId()))
			.isInstanceOf(FieldException.class)
			.hasMessageContaining("ballot.closed");
		SignIn.as(Role.ADMIN, this.southvale, null);
		assertThat(this.ballots.view(vacancy.getId()).orElseThrow().counts())
			.extracting(BallotView.Count::votes)
			.containsExactly(2 + others.size() - 1, 1);

		assertThat(this.jdbc.queryForList(
				"select column_name from information_schema.columns where table_name = 'ballot_vote' order by 1",
				String.class))
			.containsExactly("ballot_id", "candidate_id", "id");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type in ('BallotVote', 'ballot_vote') "
						+ "or (entity_type = 'Candidate' and entity_id in (?, ?) and action <> 'CREATE')",
				Integer.class, first.getId(), second.getId()))
			.isZero();

		SignIn.as(Role.ADMIN, this.southvale, null);
		assertThatThrownBy(() -> this.ballots.confirm(vacancy.getId(), first.getId(), "Recommended",
				command(chair.getId(), rahman)))
			.isInstanceOf(AccessDeniedException.class);

		SignIn.as(Role.SECRETARY, this.southvale, this.ids.person("anthony.booth@southvale.example"));
		assertThatThrownBy(() -> this.ballots.confirm(vacancy.getId(), second.getId(), "Not the recommendation",
				command(chair.getId(), pritchard)))
			.isInstanceOf(FieldException.class)
			.hasMessageContaining("ballot.notRecommended");
		Appointment appointment = this.ballots.confirm(vacancy.getId(), first.getId(),
				"Recommended by the clinical members", command(chair.getId(), rahman));

		assertThat(appointment.getPersonId()).isEqualTo(rahman);
		assertThat(this.jdbc.queryForObject("select status from vacancy where id = ?", String.class, vacancy.getId()))
			.isEqualTo("APPOINTED");
	}

	private void vote(long personId, Long candidateId) {
		SignIn.as(Role.MEMBER, this.southvale, personId);
		this.ballots.vote(this.vacancyOf(candidateId), candidateId);
	}

	private Long vacancyOf(Long candidateId) {
		return this.jdbc.queryForObject("select vacancy_id from candidate where id = ?", Long.class, candidateId);
	}

	private static AppointCommand command(Long postId, Long personId) {
		java.time.LocalDate start = java.time.LocalDate.of(2028, 4, 1);
		return new AppointCommand(postId, personId, new Term(start, start.plusYears(4).minusDays(1)), true, null, true);
	}

}
