package org.pecgov.meeting.agenda;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;

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
 * Items proposed for a coming meeting: the PEC chair and members propose, the secretary accepts or declines with a
 * reason.
 */
@Controller
@RequestMapping("/meetings/{id}/agenda/proposals")
class ProposalController {

	private final ProposalService proposals;

	ProposalController(ProposalService proposals) {
		this.proposals = proposals;
	}

	@InitBinder({ "proposalForm", "declineForm" })
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String list(@PathVariable("id") Long id, Model model) {
		model.addAttribute("proposals", this.proposals.of(id));
		model.addAttribute("referrals", this.proposals.referrals(id));
		model.addAttribute("mayPropose", this.proposals.problemsOf(id).isEmpty());
		return "meetings/proposals";
	}

	@GetMapping("/new")
	String newProposal(@PathVariable("id") Long id, Model model) {
		model.addAttribute("proposalForm", new ProposalForm());
		return form(id, model);
	}

	@PostMapping
	String propose(@PathVariable("id") Long id, @Valid ProposalForm proposalForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submitChecked(result, () -> this.proposals.problemsOf(id), () -> {
			this.proposals.propose(id, proposalForm);
			Flash.success(redirect, "proposal.made", proposalForm.getTitle());
			return "redirect:/meetings/" + id + "/agenda/proposals";
		}, () -> form(id, model));
	}

	@PostMapping("/{proposalId}/accept")
	String accept(@PathVariable("id") Long id, @PathVariable("proposalId") Long proposalId,
			@RequestParam(name = "version", defaultValue = "-1") long version, RedirectAttributes redirect) {
		AgendaItem item = this.proposals.accept(id, proposalId, version);
		Flash.success(redirect, "proposal.accepted", item.getTitle());
		return "redirect:/meetings/" + id + "/agenda#item-" + item.getId();
	}

	@GetMapping("/{proposalId}")
	String show(@PathVariable("id") Long id, @PathVariable("proposalId") Long proposalId, Model model) {
		ProposalService.Proposals all = this.proposals.of(id);
		ItemProposal proposal = all.find(proposalId);
		if (proposal == null) {
			throw new NotFoundException("ItemProposal", proposalId);
		}
		if (!model.containsAttribute("declineForm")) {
			DeclineForm form = new DeclineForm();
			form.setVersion(proposal.getVersion());
			model.addAttribute("declineForm", form);
		}
		model.addAttribute("proposals", all);
		model.addAttribute("proposal", proposal);
		return "meetings/proposal";
	}

	@PostMapping("/{proposalId}/decline")
	String decline(@PathVariable("id") Long id, @PathVariable("proposalId") Long proposalId,
			@Valid DeclineForm declineForm, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			return Forms.submit(result, () -> {
				ItemProposal declined = this.proposals.decline(id, proposalId,
						(declineForm.getVersion() != null) ? declineForm.getVersion() : -1, declineForm.getBecause());
				Flash.success(redirect, "proposal.declined", declined.getTitle());
				return "redirect:/meetings/" + id + "/agenda/proposals";
			}, () -> show(id, proposalId, model));
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			String view = show(id, proposalId, model);
			declineForm.setVersion(((ItemProposal) model.getAttribute("proposal")).getVersion());
			return view;
		}
	}

	private String form(Long id, Model model) {
		model.addAttribute("proposals", this.proposals.of(id));
		model.addAttribute("purposes", ItemPurpose.values());
		return "meetings/proposal-form";
	}

}
