package org.pecgov.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.competency.Competency;
import org.pecgov.competency.CompetencyService;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;
import org.pecgov.shared.ReadMemo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts on committees, and their versioned job descriptions and person specifications.
 */
@Service
@Transactional(readOnly = true)
public class PostService {

	private final PostRepository posts;

	private final PostSpecificationRepository specifications;

	private final CommitteeRepository committees;

	private final CompetencyService competencies;

	private final Clock clock;

	private final ObjectProvider<PostHolders> holders;

	private final CommitteeService committeeService;

	PostService(PostRepository posts, PostSpecificationRepository specifications, CommitteeRepository committees,
			CompetencyService competencies, Clock clock, ObjectProvider<PostHolders> holders,
			CommitteeService committeeService) {
		this.holders = holders;
		this.committeeService = committeeService;
		this.posts = posts;
		this.specifications = specifications;
		this.committees = committees;
		this.competencies = competencies;
		this.clock = clock;
	}

	public Post get(Long id) {
		return this.posts.findByIdAndOrganisationId(id, CurrentUser.readableOrganisationId())
			.orElseThrow(() -> new NotFoundException("Post", id));
	}

	/**
	 * A post of the user's PCT, locked until the transaction ends, so that appointments to it are made
	 * one at a time and two cannot overlap.
	 * @param id the post
	 * @return it
	 */
	@Transactional
	public Post lockForAppointment(Long id) {
		return this.posts.lock(id, CurrentUser.organisationId()).orElseThrow(() -> new NotFoundException("Post", id));
	}

	public List<Post> postsOf(Long committeeId) {
		committee(committeeId);
		List<Post> ofCommittee = ReadMemo.isActive()
				? allPosts().stream().filter((p) -> p.getCommitteeId().equals(committeeId)).toList()
				: this.posts.findByCommitteeIdOrderByKindAscTitleAsc(committeeId);
		return ofCommittee.stream()
			.sorted(Comparator.comparing((Post p) -> p.getKind().ordinal()).thenComparing(Post::getTitle))
			.toList();
	}

	/**
	 * The chair's posts of the PECs of some PCTs: for an SHA's directory of PEC chairs.
	 * @param organisationIds the PCTs
	 * @return their PEC chairs' posts
	 */
	public List<Post> pecChairPostsOf(Collection<Long> organisationIds) {
		return organisationIds.isEmpty() ? List.of() : this.posts.pecChairPostsOf(organisationIds);
	}

	public List<Post> allPosts() {
		Long organisationId = CurrentUser.readableOrganisationId();
		return ReadMemo.get(List.of("posts", organisationId),
				() -> this.posts.findByOrganisationIdOrderByCommitteeIdAscKindAscTitleAsc(organisationId));
	}

	/**
	 * Posts of a given PCT, for jobs that run without a signed-in user (such as reminders).
	 * @param organisationId the PCT
	 * @param ids the posts
	 * @return those of that PCT
	 */
	public List<Post> byIdsOf(Long organisationId, Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.posts.findByOrganisationIdAndIdIn(organisationId, ids);
	}

	public List<Post> byIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of()
				: this.posts.findByOrganisationIdAndIdIn(CurrentUser.readableOrganisationId(), ids);
	}

	/**
	 * Every specification of a post, newest first, with their requirements.
	 * @param postId the post
	 * @return the specifications
	 */
	public List<PostSpecification> specificationsOf(Long postId) {
		get(postId);
		return this.specifications.findByPostIdOrderByNumberDesc(postId);
	}

	/**
	 * The days a week each post's current specification asks for, in one statement.
	 * @param posts the posts
	 * @return per post id, its days a week (posts without a specification, or days, are left out)
	 */
	public java.util.Map<Long, java.math.BigDecimal> daysPerWeekOf(Collection<Post> posts) {
		List<Long> ids = posts.stream().map(Post::getCurrentSpecificationId).filter(java.util.Objects::nonNull).toList();
		java.util.Map<Long, java.math.BigDecimal> bySpecification = new java.util.HashMap<>();
		specifications(ids).stream()
			.filter((s) -> s.getDaysPerWeek() != null)
			.forEach((s) -> bySpecification.put(s.getId(), s.getDaysPerWeek()));
		java.util.Map<Long, java.math.BigDecimal> days = new java.util.HashMap<>();
		posts.stream()
			.filter((p) -> bySpecification.containsKey(p.getCurrentSpecificationId()))
			.forEach((p) -> days.put(p.getId(), bySpecification.get(p.getCurrentSpecificationId())));
		return days;
	}

	/**
	 * Specifications by id, with their requirements, in one query.
	 * @param ids the specifications
	 * @return those of the PCT the user reads
	 */
	public List<PostSpecification> specifications(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Long organisationId = CurrentUser.readableOrganisationId();
		return this.specifications.findWithRequirements(ids)
			.stream()
			.filter((s) -> s.getOrganisationId().equals(organisationId))
			.toList();
	}

	/**
	 * A specification of a given PCT, with its requirements (for a record already checked to be the user's).
	 * @param organisationId the PCT
	 * @param id the specification
	 * @return it
	 */
	public PostSpecification specificationOf(Long organisationId, Long id) {
		return this.specifications.findWithRequirements(List.of(id))
			.stream()
			.filter((s) -> s.getOrganisationId().equals(organisationId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Specification", id));
	}

	/**
	 * The title of a post of a given PCT.
	 * @param organisationId the PCT
	 * @param postId the post
	 * @return its title
	 */
	public String titleOf(Long organisationId, Long postId) {
		return byIdsOf(organisationId, List.of(postId)).stream().map(Post::getTitle).findFirst().orElse("");
	}

	public PostSpecification specification(Long id) {
		return specifications(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFoundException("Specification", id));
	}

	@Transactional
	public Post create(Long committeeId, PostKind kind, String title, SpecificationDetails details) {
		Committee committee = this.committees.findByIdAndOrganisationId(committeeId, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Committee", committeeId));
		Problems.refuse(problemsOf(committeeId, null, kind, title));
		Post post = this.posts.saveAndFlush(new Post(committee.getOrganisationId(), committeeId, kind, title.strip()));
		specify(post, details);
		return post;
	}

	/**
	 * Changes a post. A changed specification becomes a new version; the earlier ones stay.
	 * @param id the post
	 * @param version the version the administrator saw
	 * @param kind its kind
	 * @param title its title
	 * @param details its job description and person specification
	 * @return the post
	 */
	@Transactional
	public Post update(Long id, long version, PostKind kind, String title, SpecificationDetails details) {
		Post post = this.posts.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Post", id));
		post.checkVersion(version);
		Problems.refuse(problemsOf(post.getCommitteeId(), id, kind, title));
		post.rename(kind, title.strip());
		PostSpecification current = (post.getCurrentSpecificationId() != null)
				? this.specifications.findWithRequirements(List.of(post.getCurrentSpecificationId())).get(0) : null;
		if (current == null || changed(current, details)) {
			specify(post, details);
		}
		return this.posts.saveAndFlush(post);
	}

	/**
	 * Retires a post nobody holds now or later: it stays with its history, and no vacancy opens for it.
	 * @param id the post
	 * @param version the version the administrator saw
	 * @return the post
	 */
	@Transactional
	public Post retire(Long id, long version) {
		Post post = owned(id);
		post.checkVersion(version);
		boolean held = this.holders.getObject()
			.holdersOf(id)
			.stream()
			.anyMatch((h) -> h.lastDay() == null || !h.lastDay().isBefore(LocalDate.now(this.clock)));
		if (held) {
			throw new FieldException("post", "post.retire.held");
		}
		post.retire();
		return this.posts.saveAndFlush(post);
	}

	@Transactional
	public Post restore(Long id, long version) {
		Post post = owned(id);
		post.checkVersion(version);
		post.restore();
		return this.posts.saveAndFlush(post);
	}

	private Post owned(Long id) {
		return this.posts.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Post", id));
	}

	private void specify(Post post, SpecificationDetails details) {
		Map<Long, Competency> known = this.competencies.byIds(details.requirements().keySet())
			.stream()
			.collect(Collectors.toMap(Competency::getId, Function.identity()));
		Set<Long> requiredBefore = (post.getCurrentSpecificationId() == null) ? Set.of()
				: this.specifications.findWithRequirements(List.of(post.getCurrentSpecificationId()))
					.get(0)
					.getRequirements()
					.stream()
					.map(PostRequirement::getCompetencyId)
					.collect(Collectors.toSet());
		List<PostRequirement> requirements = new ArrayList<>();
		for (Map.Entry<Long, Boolean> requirement : details.requirements().entrySet()) {
			Competency competency = known.get(requirement.getKey());
			if (competency == null) {
				throw new FieldException("requirements", "post.requirement.unknown");
			}
			if (competency.isRetired() && !requiredBefore.contains(competency.getId())) {
				throw new FieldException("requirements", "post.requirement.retired");
			}
			requirements.add(new PostRequirement(competency.getId(), competency.getName(), requirement.getValue()));
		}
		PostSpecification specification = this.specifications.saveAndFlush(new PostSpecification(post,
				this.specifications.lastNumber(post.getId()) + 1, details, requirements, this.clock.instant(),
				CurrentUser.actor()));
		post.specify(specification);
		this.posts.saveAndFlush(post);
	}

	private static boolean changed(PostSpecification current, SpecificationDetails details) {
		Map<Long, Boolean> currentRequirements = current.getRequirements()
			.stream()
			.collect(Collectors.toMap(PostRequirement::getCompetencyId, PostRequirement::isEssential));
		return !(Objects.equals(current.getPurpose(), details.purpose())
				&& Objects.equals(current.getLeadAreas(), details.leadAreas())
				&& Objects.equals(current.getTasks(), details.tasks())
				&& current.getDaysPerWeek().compareTo(details.daysPerWeek()) == 0
				&& Objects.equals(current.getRemuneration(), details.remuneration())
				&& currentRequirements.equals(details.requirements()));
	}

	private Committee committee(Long id) {
		return this.committeeService.get(id);
	}

	/**
	 * What the rules of a post find wrong with what was typed, without saving (a rule over a field that is
	 * missing is left to the form), so that the form says every problem at once. A committee has one chair and
	 * one deputy; a Board seat is a post on the Board; non-executive directors sit on the Board and its
	 * sub-committees, not on the PEC; the kind of a post somebody holds stays; titles differ within a committee.
	 * @param committeeId the committee
	 * @param postId the post being changed, or null for a new one
	 * @param kind the kind typed, or null
	 * @param title the title typed, or null
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(Long committeeId, Long postId, PostKind kind, String title) {
		Long exceptId = (postId != null) ? postId : -1L;
		Post post = (postId != null) ? owned(postId) : null;
		Committee committee = this.committees
			.findByIdAndOrganisationId((post != null) ? post.getCommitteeId() : committeeId, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Committee", committeeId));
		Problems problems = new Problems();
		problems.when(title != null && this.posts.titleTaken(committee.getId(), title.strip(), exceptId), "title",
				"post.title.duplicate");
		if (kind != null && (post == null || kind != post.getKind())) {
			problems.when(kind == PostKind.BOARD_SEAT && committee.getKind() != CommitteeKind.BOARD, "kind",
					"post.kind.boardOnly");
			problems.when(kind == PostKind.NON_EXECUTIVE_DIRECTOR && committee.isPec(), "kind", "post.kind.notPec");
			problems.when((kind == PostKind.CHAIR || kind == PostKind.DEPUTY_CHAIR)
					&& this.posts.findByCommitteeIdOrderByKindAscTitleAsc(committee.getId())
						.stream()
						.anyMatch((p) -> p.getKind() == kind && !p.getId().equals(exceptId) && !p.isRetired()),
					"kind", "post.kind.one");
			problems.when(post != null && !this.holders.getObject().holdersOf(postId).isEmpty(), "kind",
					"post.kind.held");
		}
		return problems.list();
	}


}
