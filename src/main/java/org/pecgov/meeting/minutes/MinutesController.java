package org.pecgov.meeting.minutes;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.AgendaService;
import org.pecgov.meeting.screening.Statement;
import org.pecgov.member.PersonService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;
import org.pecgov.web.Pdf;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The minutes of a meeting: per item, with decisions; actions; the statement of conflicts (also as
 * PDF); and the approval of the previous meeting's minutes.
 */
@Controller
@RequestMapping("/meetings/{id}")
class MinutesController {

	private final MinutesService minutes;

	private final AgendaService agenda;

	private final PersonService people;

	private final MessageSource messages;

	private final MinutesReview review;

	MinutesController(MinutesService minutes, MinutesReview review, AgendaService agenda, PersonService people,
			MessageSource messages) {
		this.review = review;
		this.minutes = minutes;
		this.agenda = agenda;
		this.people = people;
		this.messages = messages;
	}

	@InitBinder({ "decisionForm", "actionForm", "commentsForm" })
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping("/minutes")
	String show(@PathVariable("id") Long id, Model model) {
		model.addAttribute("minutes", this.minutes.minutes(id));
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", new ActionForm());
		}
		MinutesPage page = (MinutesPage) model.getAttribute("minutes");
		if (!model.containsAttribute("commentsForm")) {
			CommentsForm comments = new CommentsForm();
			comments.setComments(page.page().meeting().getMinutesComments());
			comments.setVersion(page.page().meeting().getVersion());
			model.addAttribute("commentsForm", comments);
		}
		Role role = CurrentUser.get().getRole();
		model.addAttribute("owners", (role == Role.ADMIN || role == Role.SECRETARY) ? this.people.activePeople()
				: java.util.List.of());
		return "meetings/minutes";
	}

	@GetMapping("/minutes/items/{itemId}")
	String editItem(@PathVariable("id") Long id, @PathVariable("itemId") Long itemId, Model model) {
		MinutesPage page = this.minutes.minutes(id);
		AgendaItem item = this.agenda.item(id, itemId);
		model.addAttribute("decisionForm", DecisionForm.of(item, page.decisionOf(itemId)));
		return itemForm(page, item, model);
	}

	@PostMapping("/minutes/items/{itemId}")
	String recordItem(@PathVariable("id") Long id, @PathVariable("itemId") Long itemId,
			@Valid DecisionForm decisionForm, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AgendaItem item = this.agenda.item(id, itemId);
		try {
			return Forms.submitChecked(result, () -> this.minutes.decisionProblemsOf(id, itemId, decisionForm), () -> {
				this.minutes.record(id, itemId, (decisionForm.getVersion() != null) ? decisionForm.getVersion() : -1,
						decisionForm.getMinutes(), decisionForm);
				Flash.success(redirect, "minutes.item.saved", item.getTitle());
				return "redirect:/meetings/" + id + "/minutes#item-" + itemId;
			}, () -> itemForm(this.minutes.minutes(id), item, model));
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			decisionForm.setVersion(item.getVersion());
			return itemForm(this.minutes.minutes(id), item, model);
		}
	}

	@PostMapping("/minutes/actions")
	String addAction(@PathVariable("id") Long id, @Valid ActionForm actionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submitChecked(result, () -> this.minutes.actionProblemsOf(id, actionForm.getItemId(),
				actionForm.getOwnerId(), actionForm.getDueOn()), () -> {
			this.minutes.addAction(id, actionForm.getItemId(), actionForm.getDescription(), actionForm.getOwnerId(),
					actionForm.getDueOn());
			Flash.success(redirect, "action.added");
			return "redirect:/meetings/" + id + "/minutes#actions";
		}, () -> show(id, model));
	}

	@PostMapping("/minutes/review")
	String sendToChair(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.review.sendToChair(id, version);
			Flash.success(redirect, "minutes.review.sent");
			return "redirect:/meetings/" + id + "/minutes";
		}
		catch (FieldException ex) {
			model.addAttribute("pageError", ex.getMessageKey());
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
		}
		return show(id, model);
	}

	@PostMapping("/minutes/comments")
	String comment(@PathVariable("id") Long id, @Valid CommentsForm commentsForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			return Forms.submit(result, () -> {
				this.review.comment(id, (commentsForm.getVersion() != null) ? commentsForm.getVersion() : -1,
						commentsForm.getComments());
				Flash.success(redirect, "minutes.comments.saved");
				return "redirect:/meetings/" + id + "/minutes#review";
			}, () -> show(id, model));
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			String view = show(id, model);
			commentsForm.setVersion(((MinutesPage) model.getAttribute("minutes")).page().meeting().getVersion());
			return view;
		}
		catch (org.springframework.security.access.AccessDeniedException ex) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			model.addAttribute("pageError", "minutes.comments.notChair");
			return show(id, model);
		}
	}

	@GetMapping("/minutes.pdf")
	void minutesPdf(@PathVariable("id") Long id, HttpServletResponse response) throws IOException {
		MinutesPage page = this.minutes.minutes(id);
		Meeting meeting = page.page().meeting();
		String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(meeting.getDate());
		String state = (page.approvedAt() != null)
				? this.messages.getMessage("minutes.approvedAt",
						new Object[] { DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(page.approvedAt().getDate()) },
						Locale.UK)
				: text("minutes.pdf.draft");
		boolean member = CurrentUser.get().getRole() == Role.MEMBER;
		Long me = CurrentUser.get().getPersonId();
		try (org.pecgov.web.PdfReport pdf = org.pecgov.web.PdfReport.start(response,
				"minutes-" + meeting.getDate() + ".pdf",
				text("minutes.pdf.title") + ": " + page.page().committee().getName() + ", " + day, state)) {
			pdf.section(text("minutes.attendance"), null, java.util.List.of(text("statement.person"), text("attendance.status")),
					page.page().attendance().values().stream()
						.map((a) -> java.util.List.of(java.util.Objects.requireNonNullElse(page.page().names().get(a.getPersonId()), ""),
								text("AttendanceStatus." + a.getStatus().name())))
						.toList(), text("minutes.attendance.none"));
			int number = 0;
			for (AgendaItem item : page.page().items()) {
				number++;
				Decision decision = page.decisionOf(item.getId());
				java.util.List<String> paragraphs = new java.util.ArrayList<>();
				paragraphs.add(text("ItemPurpose." + item.getPurpose().name())
						+ (item.isPublicItem() ? "" : " - " + text("agenda.private")));
				paragraphs.add((item.getMinutes() != null) ? item.getMinutes() : text("minutes.item.none"));
				if (decision != null) {
					paragraphs.add(text("decision.outcome") + ": " + decision.getOutcome());
					if (decision.isVoted()) {
						paragraphs.add(this.messages.getMessage("decision.votes.count", new Object[] {
								value(decision.getVotesFor()), value(decision.getVotesAgainst()),
								value(decision.getAbstentions()) }, Locale.UK));
					}
				}
				for (Recommendation r : page.recommendationsOf(item.getId())) {
					paragraphs.add(text("recommendation.text.short") + ": " + r.getText() + " ("
							+ text("RecommendationStatus." + r.getStatus().name()) + ")");
				}
				for (MeetingAction action : page.actions()) {
					if (item.getId().equals(action.getItemId())) {
						paragraphs.add(text("action.description") + ": " + action.getDescription() + " ("
								+ page.owners().get(action.getOwnerId()) + ", "
								+ DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(action.getDueOn()) + ")");
					}
				}
				pdf.prose(number + ". " + item.getTitle(), paragraphs);
			}
			pdf.section(text("statement.title"), text("statement.intro"),
					java.util.List.of(text("statement.item"), text("statement.person"), text("statement.interest"),
							text("statement.handled")),
					page.statement().stream()
						.map((line) -> java.util.List.of(line.itemNumber() + ". " + line.itemTitle(), line.person(),
								(member && !line.personId().equals(me)) ? text("conflicts.interest.hidden")
										: String.join("; ", line.interests()),
								(line.plan() != null) ? text("PlanChoice." + line.plan().name()) : text("conflicts.noPlan")))
						.toList(), text("statement.none"));
		}
	}

	private static int value(Integer number) {
		return (number != null) ? number : 0;
	}

	@PostMapping("/minutes/approve")
	String approve(@PathVariable("id") Long id, @RequestParam(name = "previousId", required = false) Long previousId,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			if (previousId == null) {
				throw new FieldException("previousId", "minutes.approve.notPrevious");
			}
			this.review.approve(id, previousId);
			Flash.success(redirect, "minutes.approved");
			return "redirect:/meetings/" + id + "/minutes";
		}
		catch (FieldException ex) {
			// no form object: the rule broken goes to the top of the page
			model.addAttribute("pageError", ex.getMessageKey());
			return show(id, model);
		}
		catch (org.springframework.security.access.AccessDeniedException ex) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			model.addAttribute("pageError", "minutes.approve.notChair");
			return show(id, model);
		}
	}

	@GetMapping("/conflicts/statement.pdf")
	void statementPdf(@PathVariable("id") Long id, HttpServletResponse response) throws IOException {
		MinutesPage page = this.minutes.minutes(id);
		Meeting meeting = page.page().meeting();
		String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(meeting.getDate());
		try (Pdf pdf = Pdf.start(response, "statement-of-conflicts-" + meeting.getDate() + ".pdf",
				text("statement.title") + ": " + page.page().committee().getName() + ", " + day, text("statement.intro"),
				text("statement.item"), text("statement.person"), text("statement.interest"), text("statement.handled"),
				text("statement.chairedBy"), text("statement.quorate"))) {
			boolean member = CurrentUser.get().getRole() == Role.MEMBER;
			Long me = CurrentUser.get().getPersonId();
			for (Statement.Line line : page.statement()) {
				String interests = (member && !line.personId().equals(me)) ? text("conflicts.interest.hidden")
						: String.join("; ", line.interests());
				pdf.row(line.itemNumber() + ". " + line.itemTitle(), line.person(), interests,
						((line.plan() != null) ? text("PlanChoice." + line.plan().name()) : text("conflicts.noPlan"))
								+ ((line.note() != null && (!member || line.personId().equals(me))) ? " " + line.note() : ""),
						(line.chairedBy() != null) ? line.chairedBy() : text("statement.nobody"),
						(line.quorate() == null) ? text("statement.notDebated")
								: (line.quorate() ? text("common.yes") : text("common.no")));
			}
			if (page.statement().isEmpty()) {
				pdf.row(text("statement.none"), null, null, null, null, null);
			}
		}
	}

	static String itemForm(MinutesPage page, AgendaItem item, Model model) {
		model.addAttribute("minutes", page);
		model.addAttribute("page", page.page());
		model.addAttribute("item", item);
		model.addAttribute("result", page.page().resultOf(item.getId()));
		if (!model.containsAttribute("recommendationForm")) {
			model.addAttribute("recommendationForm", new RecommendationForm());
		}
		return "meetings/minutes-item";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.UK);
	}

}
