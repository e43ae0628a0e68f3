package org.pecgov.appraisal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pecgov.appraisal.Appraisal;
import org.pecgov.appraisal.AppraisalEditor;
import org.pecgov.appraisal.AppraisalOutcome;
import org.pecgov.appraisal.AppraisalService;
import org.pecgov.appraisal.objective.Objective;
import org.pecgov.appraisal.objective.ObjectiveService;
import org.pecgov.appraisal.objective.ObjectiveStatus;
import org.pecgov.appraisal.review.ReviewService;
import org.pecgov.appraisal.training.TrainingDetails;
import org.pecgov.appraisal.training.TrainingService;
import org.pecgov.committee.PostRequirement;
import org.pecgov.demo.DemoPct;
import org.pecgov.demo.DemoSeed;
import org.pecgov.member.Person;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo PCT's appraisal year in use: the community nurse (the demo member) has objectives with progress, two
 * one-to-one reviews, training, and an appraisal that both signed; the pharmacist's appraisal is in progress.
 * The PEC chair does the appraiser's part, the members their own.
 */
@Component
@Order(4)
class DemoAppraisals implements DemoSeed {

	private final AppraisalService appraisals;

	private final AppraisalEditor editor;

	private final ObjectiveService objectives;

	private final ReviewService reviews;

	private final TrainingService training;

	private final Clock clock;

	DemoAppraisals(AppraisalService appraisals, AppraisalEditor editor, ObjectiveService objectives,
			ReviewService reviews, TrainingService training, Clock clock,
			org.pecgov.appraisal.AppraisalReminders appraisalReminders,
			org.pecgov.appraisal.review.ReviewReminders reviewReminders) {
		this.appraisalReminders = appraisalReminders;
		this.reviewReminders = reviewReminders;
		this.appraisals = appraisals;
		this.editor = editor;
		this.objectives = objectives;
		this.reviews = reviews;
		this.training = training;
		this.clock = clock;
	}

	@Override
	public void seed(DemoPct pct) {
		List<Person> people = pct.people();
		Person nurse = people.get(2);
		Person pharmacist = people.get(3);
		Person allied = people.get(4);
		LocalDate today = LocalDate.now(this.clock);
		Long[] signed = new Long[1];
		pct.asChair(() -> {
			Objective objective = this.objectives.set(nurse.getId(), "Community services",
					"Agree with the localities a plan for long-term conditions in the community",
					"A plan agreed by the PEC", today.plusMonths(4));
			this.objectives.update(nurse.getId(), objective.getId(), objective.getVersion(), ObjectiveStatus.ON_TRACK,
					"A first draft has gone to the locality teams.");
			this.objectives.set(nurse.getId(), "Urgent care", "Review admissions avoidance with the urgent care lead",
					"A report to the PEC", today.plusMonths(8));
			this.reviews.record(nurse.getId(), today.minusMonths(4), "Settling into the post; lead areas agreed.", null);
			this.reviews.record(nurse.getId(), today.minusMonths(1), "Long-term conditions plan discussed.",
					"On track");
			this.reviews.record(allied.getId(), today.minusMonths(2), "Rehabilitation pathway work reviewed.", null);
			Appraisal appraisal = this.appraisals.open(nurse.getId(), today.minusYears(1), today.minusDays(1));
			Map<Long, Integer> ratings = new LinkedHashMap<>();
			for (PostRequirement required : this.appraisals.get(appraisal.getId()).required()) {
				ratings.put(required.getCompetencyId(), required.isEssential() ? 3 : 4);
			}
			appraisal = this.editor.assess(appraisal.getId(), appraisal.getVersion(), ratings,
					"Both objectives met; the community services review is well led.", AppraisalOutcome.SATISFACTORY);
			this.editor.addPdp(appraisal.getId(), appraisal.getVersion(), "Commissioning skills",
					"A course on commissioning for clinical leaders", "From the PCT's learning budget",
					today.plusMonths(6));
			signed[0] = appraisal.getId();
			this.appraisals.open(pharmacist.getId(), today.minusYears(1), today.minusDays(1));
		});
		pct.asMember(nurse, () -> {
			Appraisal appraisal = this.appraisals.get(signed[0]).appraisal();
			appraisal = this.editor.selfAssess(appraisal.getId(), appraisal.getVersion(),
					"A full first year: the community services review and the nursing input to urgent care.");
			appraisal = this.editor.comment(appraisal.getId(), appraisal.getVersion(), "A fair record of the year.");
			this.editor.sign(appraisal.getId(), appraisal.getVersion());
			this.training.record(nurse.getId(), new TrainingDetails("Clinical leadership in commissioning",
					today.minusMonths(3), "Strategic health authority leadership programme", new BigDecimal("7"), true,
					null));
		});
		pct.asChair(() -> {
			Appraisal appraisal = this.appraisals.get(signed[0]).appraisal();
			this.editor.sign(appraisal.getId(), appraisal.getVersion());
		});
		// the morning's emails about appraisals and reviews due wait in the outbox, as the daily jobs write them
		pct.asAdministrator(() -> {
			this.appraisalReminders.remind(pct.organisationId());
			this.reviewReminders.remind(pct.organisationId());
		});
	}

	private final org.pecgov.appraisal.AppraisalReminders appraisalReminders;

	private final org.pecgov.appraisal.review.ReviewReminders reviewReminders;

}
