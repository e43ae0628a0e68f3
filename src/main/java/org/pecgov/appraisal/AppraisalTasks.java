package org.pecgov.appraisal;

import java.util.List;

import org.pecgov.web.Task;
import org.pecgov.web.Task.Status;

/**
 * An appraisal's work in stages (self-assessment, assessment, plan, comments, signatures), each with how far it has
 * got and its own page, for the NHS task list on the appraisal's page.
 */
final class AppraisalTasks {

	/** The stages that have a page of their own: /appraisals/{id}/{stage}. */
	static final String STAGES = "self|assessment|pdp|comments|sign";

	private AppraisalTasks() {
	}

	static List<Task> of(AppraisalService.AppraisalPage page) {
		Appraisal a = page.appraisal();
		String base = "/appraisals/" + a.getId();
		Status self = filled(a.getSelfAssessment()) ? Status.COMPLETED : Status.NOT_STARTED;
		// as signing requires: an outcome and a rating of every competency the post requires
		boolean rated = page.required().stream().allMatch((r) -> a.getRatings().containsKey(r.getCompetencyId()));
		boolean assessed = a.getOutcome() != null && rated;
		Status assessment = assessed ? Status.COMPLETED
				: (a.getOutcome() != null || filled(a.getObjectivesReview()) || !a.getRatings().isEmpty())
						? Status.IN_PROGRESS : Status.NOT_STARTED;
		Status plan = page.pdp().isEmpty() ? Status.NOT_STARTED : Status.COMPLETED;
		Status comments = filled(a.getMemberComments()) || a.getMemberSignedAt() != null ? Status.COMPLETED
				: Status.NOT_STARTED;
		int signed = ((a.getMemberSignedAt() != null) ? 1 : 0) + ((a.getAppraiserSignedAt() != null) ? 1 : 0);
		Status signatures = (signed == 2) ? Status.COMPLETED : (signed == 1) ? Status.IN_PROGRESS
				: assessed ? Status.NOT_STARTED : Status.CANNOT_START;
		return List.of(new Task("appraisal.task.self", "appraisal.task.self.hint", base + "/self", self),
				new Task("appraisal.task.assessment", "appraisal.task.assessment.hint", base + "/assessment", assessment),
				new Task("appraisal.task.pdp", "appraisal.task.pdp.hint", base + "/pdp", plan),
				new Task("appraisal.task.comments", "appraisal.task.comments.hint", base + "/comments", comments),
				new Task("appraisal.task.sign", "appraisal.task.sign.hint",
						(signatures == Status.CANNOT_START) ? null : base + "/sign", signatures));
	}

	private static boolean filled(String text) {
		return text != null && !text.isBlank();
	}

}
