package org.pecgov.meeting.agenda;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.interest.directory.DirectoryService;
import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.screening.ScreeningService;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A meeting's agenda: its items (added, changed, reordered, removed, referred) and their papers.
 */
@Controller
@RequestMapping("/meetings/{id}/agenda")
class AgendaController {

	private final AgendaService agenda;

	private final ScreeningService screening;

	private final DirectoryService directory;

	private final org.pecgov.member.PersonService people;

	AgendaController(AgendaService agenda, ScreeningService screening, DirectoryService directory,
			org.pecgov.member.PersonService people) {
		this.people = people;
		this.agenda = agenda;
		this.screening = screening;
		this.directory = directory;
	}

	@InitBinder("itemForm")
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String show(@PathVariable("id") Long id, Model model) {
		ScreeningService.Agenda agenda = this.screening.agenda(id);
		model.addAttribute("page", agenda.page());
		model.addAttribute("agendaMinutes", agenda.minutes());
		model.addAttribute("agendaLimit", agenda.limitMinutes());
		model.addAttribute("referTo", agenda.others());
		return "meetings/agenda";
	}

	@GetMapping("/items/new")
	String newItem(@PathVariable("id") Long id, Model model) {
		ItemForm form = new ItemForm();
		model.addAttribute("itemForm", form);
		return itemForm(id, null, model);
	}

	@PostMapping("/items")
	String add(@PathVariable("id") Long id, @Valid ItemForm itemForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			this.agenda.add(id, itemForm.toDetails());
			Flash.success(redirect, "agenda.item.added", itemForm.getTitle());
			return "redirect:/meetings/" + id + "/agenda";
		}, () -> itemForm(id, null, model));
	}

	@GetMapping("/items/{itemId}/edit")
	String edit(@PathVariable("id") Long id, @PathVariable("itemId") Long itemId, Model model) {
		AgendaItem item = this.agenda.item(id, itemId);
		model.addAttribute("itemForm", ItemForm.of(item));
		return itemForm(id, item, model);
	}

	@PostMapping("/items/{itemId}")
	String update(@PathVariable("id") Long id, @PathVariable("itemId") Long itemId, @Valid ItemForm itemForm,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgendaItem current = this.agenda.item(id, itemId);
		try {
			return Forms.submit(result, () -> {
				this.agenda.update(id, itemId, (itemForm.getVersion() != null) ? itemForm.getVersion() : -1,
						itemForm.toDetails());
				Flash.success(redirect, "agenda.item.updated", itemForm.getTitle());
				return "redirect:/meetings/" + id + "/agenda";
			}, () -> itemForm(id, current, model));
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			itemForm.setVersion(current.getVersion());
			return itemForm(id, current, model);
		}
	}

	@PostMapping("/items/{itemId}/move")
	String move(@PathVariable("id") Long id, @PathVariable("itemId") Long itemId,
			@RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "direction", defaultValue = "") String direction, RedirectAttributes redirect) {
		this.agenda.move(id, itemId, version, "UP".equals(direction));
		Flash.success(redirect, "agenda.item.moved");
		return "redirect:/meetings/" + id + "/agenda#item-" + itemId;
	}

	@PostMapping("/items/{itemId}/delete")
	String remove(@PathVariable("id") Long id, @PathVariable("itemId") Long itemId,
			@RequestParam(name = "version", defaultValue = "-1") long version, RedirectAttributes redirect) {
		AgendaItem item = this.agenda.item(id, itemId);
		this.agenda.remove(id, itemId, version);
		Flash.success(redirect, "agenda.item.removed", item.getTitle());
		return "redirect:/meetings/" + id + "/agenda";
	}

	@PostMapping("/items/{itemId}/refer")
	String refer(@PathVariable("id") Long id, @PathVariable("itemId") Long itemId,
			@RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "referredTo", required = false) String referredTo, Model model,
			RedirectAttributes redirect) {
		Long to = null;
		if (referredTo != null && !referredTo.isBlank()) {
			try {
				to = Long.valueOf(referredTo.strip());
			}
			catch (NumberFormatException ex) {
				model.addAttribute("pageError", "agenda.refer.unknown");
				return show(id, model);
			}
		}
		try {
			this.agenda.refer(id, itemId, version, to);
		}
		catch (FieldException ex) {
			model.addAttribute("pageError", ex.getMessageKey());
			return show(id, model);
		}
		Flash.success(redirect, (to != null) ? "agenda.item.referred" : "agenda.item.unreferred");
		return "redirect:/meetings/" + id + "/agenda#item-" + itemId;
	}

	@PostMapping("/referrals/{itemId}")
	String takeUp(@PathVariable("id") Long id, @PathVariable("itemId") Long itemId, RedirectAttributes redirect) {
		AgendaItem item = this.agenda.takeUp(id, itemId);
		Flash.success(redirect, "agenda.referral.takenUp", item.getTitle());
		return "redirect:/meetings/" + id + "/agenda#item-" + item.getId();
	}

	@PostMapping("/items/{itemId}/papers")
	String upload(@PathVariable("id") Long id, @PathVariable("itemId") Long itemId,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		AgendaItem item = this.agenda.item(id, itemId);
		try {
			if (file == null || file.isEmpty()) {
				throw new FieldException("file", "paper.empty");
			}
			if (file.getSize() > PaperType.MAX_BYTES) {
				throw new FieldException("file", "paper.tooLarge");
			}
			Paper paper = this.agenda.addPaper(id, itemId, file.getOriginalFilename(), file.getBytes());
			Flash.success(redirect, "paper.added", paper.getFilename());
			return "redirect:/meetings/" + id + "/agenda/items/" + itemId + "/edit";
		}
		catch (FieldException ex) {
			// the upload is not the item form: the rule broken is shown beside the file input, on the item's
			// page at its own address (the upload's address carries the form's token, kept out of the address bar)
			redirect.addFlashAttribute("paperError", ex.getMessageKey());
			return "redirect:/meetings/" + id + "/agenda/items/" + itemId + "/edit";
		}
	}

	@PostMapping("/items/{itemId}/papers/{paperId}/delete")
	String removePaper(@PathVariable("id") Long id, @PathVariable("itemId") Long itemId,
			@PathVariable("paperId") Long paperId, RedirectAttributes redirect) {
		this.agenda.removePaper(id, itemId, paperId);
		Flash.success(redirect, "paper.removed");
		return "redirect:/meetings/" + id + "/agenda/items/" + itemId + "/edit";
	}

	@GetMapping("/items/{itemId}/papers/{paperId}")
	ResponseEntity<byte[]> download(@PathVariable("id") Long id, @PathVariable("itemId") Long itemId,
			@PathVariable("paperId") Long paperId) {
		Paper paper = this.agenda.paper(id, itemId, paperId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(paper.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(paper.getFilename()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(paper.content());
	}

	private String itemForm(Long id, AgendaItem item, Model model) {
		MeetingPage page = this.screening.page(id);
		model.addAttribute("page", page);
		model.addAttribute("item", item);
		model.addAttribute("purposes", ItemPurpose.values());
		model.addAttribute("functions", org.pecgov.committee.PecFunction.values());
		java.util.List<org.pecgov.interest.directory.DirectoryOrganisation> organisations = new java.util.ArrayList<>(
				this.directory.active());
		if (item != null) {
			this.directory.byIds(item.getOrganisationIds())
				.stream()
				.filter((o) -> organisations.stream().noneMatch((a) -> a.getId().equals(o.getId())))
				.forEach(organisations::add);
		}
		model.addAttribute("organisations", organisations);
		model.addAttribute("presenters", this.people.activePeople());
		model.addAttribute("itemPapers", (item != null) ? page.papersOf(item.getId()) : java.util.List.of());
		return "meetings/item-form";
	}

}
