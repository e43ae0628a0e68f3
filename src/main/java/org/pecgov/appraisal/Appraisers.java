package org.pecgov.appraisal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.Holdings;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeKind;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.organisation.AppraisalLine;
import org.pecgov.organisation.PctSettings;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Who appraises and reviews whom: lines of accountability ("Fit to lead" §3.4), set by the PCT for each kind
 * of post. By default the PCT chair (who chairs the Board) appraises the PEC chair, and the PEC chair the
 * PEC's clinical, co-opted and deputy members; nobody in pecgov appraises the PCT chair, non-executive
 * directors or management members unless the PCT names someone for their kind of post. Nobody appraises
 * themself. Someone with several posts is appraised on the line of their first post in the order of
 * {@link PostKind}.
 */
@Component
public class Appraisers {

	private final CommitteeService committees;

	private final Holdings appointments;

	private final PostService posts;

	private final SettingsService settings;

	Appraisers(CommitteeService committees, Holdings appointments, PostService posts, SettingsService settings) {
		this.committees = committees;
		this.appointments = appointments;
		this.posts = posts;
		this.settings = settings;
	}

	/**
	 * Who appraises someone of the user's PCT on a day.
	 * @param personId the appraisee
	 * @param day the day
	 * @return the appraiser's person id, if there is one
	 */
	public Optional<Long> appraiserOf(Long personId, LocalDate day) {
		Lines lines = lines(day);
		return Optional.ofNullable(lines.appraiserOf(personId, this.appointments.currentOf(personId, day)));
	}

	/**
	 * The appointment someone is appraised on: the post whose line leads to their appraiser (their PEC chair's
	 * post, say, rather than a second post the PEC chair appraises).
	 * @param personId the appraisee
	 * @param day the day
	 * @return the appointment, if anyone appraises them
	 */
	public Optional<Appointment> appraisedPostOf(Long personId, LocalDate day) {
		Lines lines = lines(day);
		List<Appointment> held = new ArrayList<>(this.appointments.currentOf(personId, day));
		held.removeIf((a) -> !lines.postsById().containsKey(a.getPostId()));
		held.sort(Comparator.comparing((Appointment a) -> lines.postsById().get(a.getPostId()).getKind()));
		for (Appointment appointment : held) {
			if (lines.appraiserOf(personId, List.of(appointment)) != null) {
				return Optional.of(appointment);
			}
		}
		return Optional.empty();
	}

	/**
	 * Everyone holding a post of the user's PCT on a day, with their appraiser: in a fixed number of
	 * statements, for lists.
	 * @param day the day
	 * @return the appraiser's person id (or null when there is none) by post holder
	 */
	public Map<Long, Long> postHoldersWithAppraisers(LocalDate day) {
		Lines lines = lines(day);
		Map<Long, List<Appointment>> byHolder = this.appointments.currentIn(CurrentUser.organisationId(), day)
			.stream()
			.collect(Collectors.groupingBy(Appointment::getPersonId));
		Map<Long, Long> result = new HashMap<>();
		byHolder.forEach((holder, held) -> result.put(holder, lines.appraiserOf(holder, held)));
		return result;
	}

	/**
	 * The post holders someone appraises on a day.
	 * @param appraiserId the appraiser
	 * @param day the day
	 * @return their appraisees' person ids
	 */
	public List<Long> appraisedBy(Long appraiserId, LocalDate day) {
		return postHoldersWithAppraisers(day).entrySet()
			.stream()
			.filter((e) -> appraiserId.equals(e.getValue()))
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * The post holders someone appraises on a day, whoever that is: those whose appraisals and reviews are due.
	 * @param day the day
	 * @return their person ids
	 */
	public List<Long> withAppraiser(LocalDate day) {
		return postHoldersWithAppraisers(day).entrySet()
			.stream()
			.filter((e) -> e.getValue() != null)
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * Whether someone holds a post on a day: objectives, reviews and appraisals are for post holders.
	 * @param personId the person
	 * @param day the day
	 * @return true when they do
	 */
	public boolean holdsPost(Long personId, LocalDate day) {
		return this.appointments.holdsPostOn(personId, day);
	}

	private Lines lines(LocalDate day) {
		PctSettings rules = this.settings.of(CurrentUser.organisationId());
		Map<Long, Post> postsById = this.posts.allPosts()
			.stream()
			.collect(Collectors.toMap(Post::getId, Function.identity()));
		Long pecChair = chairOf(this.committees.pec(), day);
		Long pctChair = this.committees.committees()
			.stream()
			.filter((c) -> c.getKind() == CommitteeKind.BOARD)
			.findFirst()
			.map((board) -> chairOf(board, day))
			.orElse(null);
		Long chiefExecutive = this.appointments.currentIn(CurrentUser.organisationId(), day)
			.stream()
			.filter((a) -> postsById.containsKey(a.getPostId())
					&& postsById.get(a.getPostId()).getKind() == PostKind.CHIEF_EXECUTIVE)
			.map(Appointment::getPersonId)
			.findFirst()
			.orElse(null);
		Map<AppraisalLine, Long> who = new HashMap<>();
		who.put(AppraisalLine.PEC_CHAIR, pecChair);
		who.put(AppraisalLine.PCT_CHAIR, pctChair);
		who.put(AppraisalLine.CHIEF_EXECUTIVE, chiefExecutive);
		return new Lines(rules, postsById, who);
	}

	private Long chairOf(Committee committee, LocalDate day) {
		return this.appointments.seatsOn(committee.getId(), day)
			.stream()
			.filter((s) -> s.kind() == PostKind.CHAIR)
			.map(Holdings.Seat::personId)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The PCT's lines, and who stands at the end of each today.
	 * @param rules the PCT's settings
	 * @param postsById its posts
	 * @param who the person at the end of each line, or null
	 */
	record Lines(PctSettings rules, Map<Long, Post> postsById, Map<AppraisalLine, Long> who) {

		Long appraiserOf(Long personId, List<Appointment> held) {
			List<PostKind> kinds = new ArrayList<>();
			for (Appointment appointment : held) {
				Post post = this.postsById.get(appointment.getPostId());
				if (post != null) {
					kinds.add(post.getKind());
				}
			}
			kinds.sort(Comparator.naturalOrder());
			return appraiserOf(personId, kinds, this.rules::appraiserOf, this.who);
		}

		/**
		 * The rule: the line of the first kind of post whose line leads to someone else.
		 * @param personId the appraisee
		 * @param kinds the kinds of their posts, in order
		 * @param lineOf the PCT's line for a kind of post (by name)
		 * @param who the person at the end of each line, or null
		 * @return the appraiser, or null for nobody
		 */
		static Long appraiserOf(Long personId, List<PostKind> kinds, Function<String, AppraisalLine> lineOf,
				Map<AppraisalLine, Long> who) {
			for (PostKind kind : kinds) {
				Long appraiser = who.get(lineOf.apply(kind.name()));
				if (appraiser != null && !appraiser.equals(personId)) {
					return appraiser;
				}
			}
			return null;
		}

	}

}
