package org.pecgov.meeting.minutes;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.AgendaService;
import org.pecgov.meeting.screening.ScreeningService;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;
import org.pecgov.web.PageLinks;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recommendations to the Board: drafted with an item's minutes, listed for staff at {@code /recommendations}, each
 * with its statement of conflicts; sent; put on a Board agenda from the Board meeting's agenda in one step; and the
 * Board's decision recorded.
 */
@Controller
class RecommendationController {

	private final RecommendationService recommendations;

	private final MinutesService minutes;

	private final AgendaService agenda;

	private final ScreeningService screening;

	private final BoardRecommendations board;

	private final RecommendationPages pages;

	RecommendationController(RecommendationService recommendations, BoardRecommendations board,
			RecommendationPages pages, MinutesService minutes, AgendaService agenda, ScreeningService screening) {
		this.board = board;
		this.pages = pages;
		this.recommendations = recommendations;
		this.minutes = minutes;
		this.agenda = agenda;
		this.screening = screening;
	}

	@InitBinder({ "recommendationForm", "outcomeForm" })
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@PostMapping("/meetings/{id}/minutes/items/{itemId}/recommendations")
	String draft(@PathVariable("id") Long id, @PathVariable("itemId") Long itemId,
			@Valid RecommendationForm recommendationForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AgendaItem item = this.agenda.item(id, itemId);
		return Forms.submitChecked(result, () -> this.recommendations.problemsOf(id, itemId), () -> {
			this.recommendations.draft(id, itemId, recommendationForm.getText());
			Flash.success(redirect, "recommendation.drafted");
			return "redirect:/meetings/" + id + "/minutes/items/" + itemId + "#recommendations";
		}, () -> {
			MinutesPage page = this.minutes.minutes(id);
			model.addAttribute("decisionForm", DecisionForm.of(item, page.decisionOf(itemId)));
			return MinutesController.itemForm(page, item, model);
		});
	}

	@GetMapping("/recommendations")
	String list(@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", defaultValue = "1") String page, Model model, HttpServletRequest request) {
		RecommendationStatus chosen = java.util.Arrays.stream(RecommendationStatus.values())
			.filter((s) -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		RecommendationPages.ListPage list = this.pages.list(chosen, PageLinks.number(page));
		model.addAttribute("list", list);
		model.addAttribute("pages", PageLinks.of(list.recommendations(), request));
		model.addAttribute("statuses", RecommendationStatus.values());
		return "recommendations/list";
	}

	@GetMapping("/recommendations/{id}")
	String show(@PathVariable("id") Long id, Model model) {
		RecommendationPages.Detail detail = this.pages.detail(id);
		if (!model.containsAttribute("recommendationForm")) {
			model.addAttribute("recommendationForm", RecommendationForm.of(detail.recommendation()));
		}
		if (!model.containsAttribute("outcomeForm")) {
			model.addAttribute("outcomeForm", OutcomeForm.of(detail.recommendation()));
		}
		model.addAttribute("detail", detail);
		model.addAttribute("outcomes", List.of(RecommendationStatus.ACCEPTED, RecommendationStatus.REJECTED,
				RecommendationStatus.DEFERRED));
		return "recommendations/show";
	}

	@PostMapping("/recommendations/{id}")
	String reword(@PathVariable("id") Long id, @Valid RecommendationForm recommendationForm, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			return Forms.submit(result, () -> {
				this.recommendations.reword(id, version(recommendationForm.getVersion()), recommendationForm.getText());
				Flash.success(redirect, "recommendation.reworded");
				return "redirect:/recommendations/" + id;
			}, () -> show(id, model));
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			recommendationForm.setVersion(this.pages.detail(id).recommendation().getVersion());
			return show(id, model);
		}
	}

	@PostMapping("/recommendations/{id}/send")
	String send(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			RedirectAttributes redirect) {
		this.recommendations.send(id, version);
		Flash.success(redirect, "recommendation.sent.done");
		return "redirect:/recommendations/" + id;
	}

	@PostMapping("/recommendations/{id}/withdraw")
	String withdraw(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			RedirectAttributes redirect) {
		Recommendation withdrawn = this.recommendations.withdraw(id, version);
		Flash.success(redirect, "recommendation.withdrawn");
		return "redirect:/meetings/" + withdrawn.getMeetingId() + "/minutes#item-" + withdrawn.getItemId();
	}

	@PostMapping("/recommendations/{id}/outcome")
	String decide(@PathVariable("id") Long id, @Valid OutcomeForm outcomeForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			return Forms.submitChecked(result, () -> this.board.outcomeProblemsOf(id, outcomeForm.getOutcome()),
					() -> {
						this.board.decide(id, version(outcomeForm.getVersion()), outcomeForm.getOutcome(),
								outcomeForm.getDecision());
						Flash.success(redirect, "recommendation.decided");
						return "redirect:/recommendations/" + id;
					}, () -> show(id, model));
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			outcomeForm.setVersion(this.pages.detail(id).recommendation().getVersion());
			return show(id, model);
		}
	}

	@GetMapping("/meetings/{id}/agenda/recommendations")
	String board(@PathVariable("id") Long id, Model model) {
		model.addAttribute("page", this.screening.page(id));
		model.addAttribute("board", this.board.board(id));
		return "recommendations/board";
	}

	@PostMapping("/meetings/{id}/agenda/recommendations")
	String putOnAgenda(@PathVariable("id") Long id,
			@RequestParam(name = "ids", required = false) List<Long> ids, Model model, RedirectAttributes redirect) {
		List<org.pecgov.shared.FieldException.Problem> problems = this.board.agendaProblemsOf(id, ids);
		if (!problems.isEmpty()) {
			model.addAttribute("pageError", problems.get(0).messageKey());
			return board(id, model);
		}
		List<Recommendation> added = this.board.putOnAgenda(id, ids);
		Flash.success(redirect, "recommendation.board.added", String.valueOf(added.size()));
		return "redirect:/meetings/" + id + "/agenda";
	}

	private static long version(Long version) {
		return (version != null) ? version : -1;
	}

}
