package org.pecgov.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pecgov.committee.PostRequirement;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;
import org.pecgov.shared.StaleEditException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the appraiser and the appraisee write into an open appraisal, and their signatures: the appraisee's
 * self-assessment and comments, the appraiser's ratings, review, outcome and development plan. Any change
 * takes both signatures away; once both have signed it is locked, and a change is a new version.
 * {@link AppraisalService} opens, lists and shows appraisals.
 */
@Service
@Transactional(readOnly = true)
public class AppraisalEditor {

	private final AppraisalService appraisals;

	private final AppraisalRepository repository;

	private final PdpItemRepository pdp;

	private final Clock clock;

	AppraisalEditor(AppraisalService appraisals, AppraisalRepository repository, PdpItemRepository pdp, Clock clock) {
		this.appraisals = appraisals;
		this.repository = repository;
		this.pdp = pdp;
		this.clock = clock;
	}

	@Transactional
	public Appraisal selfAssess(Long id, long version, String text) {
		Appraisal appraisal = writable(id, version);
		requireAppraisee(appraisal);
		if (appraisal.getMemberSignedAt() != null) {
			throw new FieldException("selfAssessment", "appraisal.signed.member");
		}
		appraisal.assessSelf(text);
		appraisal.unsign();
		return this.repository.saveAndFlush(appraisal);
	}

	/**
	 * The appraiser's assessment: a rating of 1 to 4 for each competency the post requires, the review of
	 * objectives and the outcome. A change after the appraisee signed takes their signature away.
	 * @param id the appraisal
	 * @param version the version the user saw
	 * @param ratings the ratings, by competency
	 * @param objectivesReview the review of objectives
	 * @param outcome the outcome, or null while undecided
	 * @return the appraisal
	 */
	@Transactional
	public Appraisal assess(Long id, long version, Map<Long, Integer> ratings, String objectivesReview,
			AppraisalOutcome outcome) {
		Appraisal appraisal = writable(id, version);
		requireAppraiser(appraisal);
		Set<Long> required = this.appraisals.get(id).required().stream().map(PostRequirement::getCompetencyId).collect(Collectors.toSet());
		Map<Long, Integer> kept = new LinkedHashMap<>();
		for (Map.Entry<Long, Integer> rating : ratings.entrySet()) {
			if (rating.getValue() == null) {
				continue;
			}
			if (!required.contains(rating.getKey())) {
				throw new FieldException("ratings", "appraisal.rating.unknown");
			}
			if (rating.getValue() < 1 || rating.getValue() > 4) {
				throw new FieldException("rating-" + rating.getKey(), "appraisal.rating.range");
			}
			kept.put(rating.getKey(), rating.getValue());
		}
		appraisal.assess(kept, objectivesReview, outcome);
		appraisal.unsign();
		return this.repository.saveAndFlush(appraisal);
	}

	/**
	 * What the rules of a development plan item find wrong, without saving, so that the form says every
	 * problem at once: a need and an action, due from today (and not before the appraisal's period) to three
	 * years ahead.
	 * @param id the appraisal
	 * @param need the need, or null
	 * @param action the action, or null
	 * @param byWhen when it is due, or null when missing (the form says so)
	 * @return the problems
	 */
	public List<FieldException.Problem> pdpProblemsOf(Long id, String need, String action, LocalDate byWhen) {
		return pdpProblemsOf(this.appraisals.readable(id), need, action, byWhen);
	}

	private List<FieldException.Problem> pdpProblemsOf(Appraisal appraisal, String need, String action,
			LocalDate byWhen) {
		LocalDate today = LocalDate.now(this.clock);
		return new org.pecgov.shared.Problems().when(need == null, "need", "pdp.need.required")
			.when(action == null, "action", "pdp.action.required")
			.when(byWhen == null || byWhen.isBefore(today) || byWhen.isBefore(appraisal.getPeriodFrom())
					|| byWhen.isAfter(today.plusYears(3)), "byWhen", "pdp.byWhen.invalid")
			.list();
	}

	@Transactional
	public PdpItem addPdp(Long id, long version, String need, String action, String support, LocalDate byWhen) {
		Appraisal appraisal = writable(id, version);
		requireAppraiser(appraisal);
		List<FieldException.Problem> problems = pdpProblemsOf(appraisal, need, action, byWhen);
		Problems.refuse(problems);
		appraisal.unsign();
		this.repository.saveAndFlush(appraisal);
		return this.pdp.saveAndFlush(new PdpItem(appraisal.getOrganisationId(), id, need, action, support, byWhen));
	}

	@Transactional
	public Appraisal comment(Long id, long version, String comments) {
		Appraisal appraisal = writable(id, version);
		requireAppraisee(appraisal);
		if (appraisal.getMemberSignedAt() != null) {
			throw new FieldException("memberComments", "appraisal.signed.member");
		}
		appraisal.comment(comments);
		appraisal.unsign();
		return this.repository.saveAndFlush(appraisal);
	}

	/**
	 * Signs an appraisal: the appraisee or the appraiser, once the outcome is recorded. When both have, it
	 * is locked; a second unsatisfactory outcome in a row opens a review of suitability.
	 * @param id the appraisal
	 * @param version the version the user saw
	 * @return the appraisal
	 */
	@Transactional
	public Appraisal sign(Long id, long version) {
		Appraisal appraisal = writable(id, version);
		Long me = CurrentUser.get().getPersonId();
		if (appraisal.getOutcome() == null) {
			throw new FieldException("sign", "appraisal.sign.notAssessed");
		}
		boolean rated = this.appraisals.get(id).required().stream().allMatch((r) -> appraisal.getRatings().containsKey(r.getCompetencyId()));
		if (!rated) {
			throw new FieldException("sign", "appraisal.sign.notRated");
		}
		if (appraisal.getPersonId().equals(me)) {
			appraisal.signByMember(this.clock.instant());
		}
		else if (appraisal.getAppraiserId().equals(me)) {
			boolean again = appraisal.getOutcome() == AppraisalOutcome.UNSATISFACTORY
					&& this.repository.findByPersonIdAndSupersededFalseOrderByPeriodToDesc(appraisal.getPersonId())
						.stream()
						.filter((a) -> a.isLocked() && !a.getId().equals(id) && a.getPeriodTo().isBefore(appraisal.getPeriodTo()))
						.findFirst()
						.map((a) -> a.getOutcome() == AppraisalOutcome.UNSATISFACTORY)
						.orElse(false);
			appraisal.signByAppraiser(this.clock.instant(), again);
		}
		else {
			throw new AccessDeniedException("Only the appraisee and the appraiser sign");
		}
		return this.repository.saveAndFlush(appraisal);
	}

	/**
	 * Starts a new version of a locked appraisal, for its appraiser to change: the old one is kept,
	 * superseded.
	 * @param id the locked appraisal
	 * @param version the version the user saw
	 * @return the new version
	 */
	@Transactional
	public Appraisal newVersion(Long id, long version) {
		Appraisal appraisal = this.repository.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Appraisal", id));
		requireAppraiser(appraisal);
		if (appraisal.isSuperseded()) {
			// a second "start a new version", or someone else's: one was started meanwhile
			throw new StaleEditException("Appraisal", id);
		}
		appraisal.checkVersion(version);
		if (!appraisal.isLocked()) {
			throw new FieldException("version", "appraisal.notLocked");
		}
		appraisal.supersede();
		this.repository.saveAndFlush(appraisal);
		Appraisal next = this.repository.saveAndFlush(appraisal.nextVersion());
		this.pdp.findByAppraisalIdOrderByByWhenAscIdAsc(id).forEach((item) -> this.pdp.save(item.copyTo(next.getId())));
		return next;
	}

	/**
	 * Refuses anyone but the appraisal's appraiser (404 when they may not read it, else 403), before
	 * what they sent is read.
	 * @param id the appraisal
	 */
	public void checkAppraiser(Long id) {
		requireAppraiser(this.appraisals.readable(id));
	}

	/**
	 * Refuses anyone but the appraisee (404 when they may not read it, else 403), before what they sent
	 * is read.
	 * @param id the appraisal
	 */
	public void checkAppraisee(Long id) {
		requireAppraisee(this.appraisals.readable(id));
	}

	private Appraisal writable(Long id, long version) {
		Appraisal appraisal = this.appraisals.readable(id);
		appraisal.checkVersion(version);
		if (appraisal.isLocked() || appraisal.isSuperseded()) {
			throw new FieldException("version", "appraisal.locked");
		}
		return appraisal;
	}

	private static void requireAppraisee(Appraisal appraisal) {
		if (!appraisal.getPersonId().equals(CurrentUser.get().getPersonId())) {
			throw new AccessDeniedException("Only the appraisee");
		}
	}

	private static void requireAppraiser(Appraisal appraisal) {
		if (!appraisal.getAppraiserId().equals(CurrentUser.get().getPersonId())) {
			throw new AccessDeniedException("Only the appraiser");
		}
	}

}
