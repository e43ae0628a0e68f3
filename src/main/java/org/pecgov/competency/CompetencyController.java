package org.pecgov.competency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The competency catalogue: read by all of the PCT, kept by its administrators.
 */
@Controller
@RequestMapping("/competencies")
class CompetencyController {

	private final CompetencyService competencies;

	CompetencyController(CompetencyService competencies) {
		this.competencies = competencies;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@ModelAttribute("families")
	CompetencyFamily[] families() {
		return CompetencyFamily.values();
	}

	@GetMapping
	String list(Model model) {
		Map<String, List<Competency>> byFamily = this.competencies.catalogue()
			.stream()
			.collect(Collectors.groupingBy((c) -> c.getFamily().name(), LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("byFamily", byFamily);
		if (!model.containsAttribute("competencyForm")) {
			model.addAttribute("competencyForm", new CompetencyForm());
		}
		return "competencies/list";
	}

	@PostMapping
	String add(@Valid CompetencyForm competencyForm, BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submitChecked(result, () -> this.competencies.nameProblems(competencyForm.getName(), null), () -> {
			Competency added = this.competencies.add(competencyForm.getFamily(), competencyForm.getName());
			Flash.success(redirect, "competency.added", added.getName());
			return "redirect:/competencies";
		}, () -> list(model));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Competency competency = this.competencies.get(id);
		model.addAttribute("competency", competency);
		model.addAttribute("competencyForm", CompetencyForm.from(competency));
		return "competencies/form";
	}

	@PostMapping("/{id}")
	String rename(@PathVariable Long id, @Valid CompetencyForm competencyForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Competency competency = this.competencies.get(id);
		model.addAttribute("competency", competency);
		try {
			return Forms.submitChecked(result, () -> this.competencies.nameProblems(competencyForm.getName(), id), () -> {
				this.competencies.rename(id, (competencyForm.getVersion() != null) ? competencyForm.getVersion() : -1,
						competencyForm.getFamily(), competencyForm.getName());
				Flash.success(redirect, "competency.renamed", competencyForm.getName());
				return "redirect:/competencies";
			}, () -> "competencies/form");
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			competencyForm.setVersion(competency.getVersion());
			return "competencies/form";
		}
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable Long id, @RequestParam("version") long version, RedirectAttributes redirect) {
		Flash.success(redirect, "competency.retired.flash", this.competencies.retire(id, version).getName());
		return "redirect:/competencies";
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable Long id, @RequestParam("version") long version, RedirectAttributes redirect) {
		Flash.success(redirect, "competency.restored", this.competencies.restore(id, version).getName());
		return "redirect:/competencies";
	}

}
