package org.pecgov.meeting.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import org.pecgov.meeting.agenda.PaperInfo;

/**
 * Writes a board pack with Apache PDFBox: the front matter (cover, agenda with the page of each item, conflicts
 * matrix) laid out twice (once to count its pages, once with the page numbers), then for each item a divider page and
 * its PDF papers merged page by page, a bookmark per item and per paper, and "page n of N" on every page. Each paper
 * is spooled to a temporary file and read from there, and the pack itself is built over temporary files, so that a
 * pack of 100 MB of papers is written in a small heap. A paper that is not a readable PDF (a DOCX, a corrupt or
 * encrypted file) is listed on its item's divider page with a note, and the pack is still built.
 */
final class PackWriter {

	/** Reads text from messages: a key and its arguments. */
	interface Text {

		String of(String key, Object... args);

	}

	private static final float MARGIN = 56;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private final Text text;

	private final Function<Long, Optional<byte[]>> papers;

	PackWriter(Text text, Function<Long, Optional<byte[]>> papers) {
		this.text = text;
		this.papers = papers;
	}

	void write(Pack pack, OutputStream out) throws IOException {
		List<PDDocument> sources = new ArrayList<>();
		List<Path> spooled = new ArrayList<>();
		try (PDDocument result = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
			Map<Long, PDDocument> readable = new HashMap<>();
			for (Pack.Item item : pack.items()) {
				for (PaperInfo paper : item.papers()) {
					if ("application/pdf".equals(paper.contentType())) {
						open(paper, sources, spooled).ifPresent((doc) -> readable.put(paper.id(), doc));
					}
				}
			}
			int front;
			try (PDDocument scratch = new PDDocument()) {
				frontMatter(scratch, pack, new HashMap<>());
				front = scratch.getNumberOfPages();
			}
			Map<Integer, Integer> startPages = new HashMap<>();
			int next = front + 1;
			for (Pack.Item item : pack.items()) {
				startPages.put(item.number(), next);
				next += 1 + item.papers().stream()
					.filter((p) -> readable.containsKey(p.id()))
					.mapToInt((p) -> readable.get(p.id()).getNumberOfPages())
					.sum();
			}
			frontMatter(result, pack, startPages);
			PDDocumentOutline outline = new PDDocumentOutline();
			result.getDocumentCatalog().setDocumentOutline(outline);
			outline.addLast(mark(this.text.of("pack.bookmark.agenda"), result.getPage(front > 1 ? 1 : 0)));
			for (Pack.Item item : pack.items()) {
				PDPage divider = divider(result, pack, item, readable, startPages);
				PDOutlineItem itemMark = mark(this.text.of("pack.item", item.number(), item.item().getTitle()), divider);
				outline.addLast(itemMark);
				for (PaperInfo paper : item.papers()) {
					PDDocument doc = readable.get(paper.id());
					if (doc == null) {
						continue;
					}
					PDPage first = null;
					for (PDPage page : doc.getPages()) {
						PDPage imported = result.importPage(page);
						first = (first != null) ? first : imported;
					}
					if (first != null) {
						itemMark.addLast(mark(paper.filename(), first));
					}
				}
			}
			number(result, pack);
			result.getDocumentInformation().setTitle(this.text.of("pack.title", pack.committee(),
					DAY.format(pack.meeting().getDate())));
			result.save(out);
		}
		finally {
			for (PDDocument source : sources) {
				source.close();
			}
			for (Path file : spooled) {
				Files.deleteIfExists(file);
			}
		}
	}

	/** Spools a paper to a temporary file and opens it; empty when it is not a readable PDF. */
	private Optional<PDDocument> open(PaperInfo paper, List<PDDocument> sources, List<Path> spooled)
			throws IOException {
		Optional<byte[]> content = this.papers.apply(paper.id());
		if (content.isEmpty()) {
			return Optional.empty();
		}
		Path file = Files.createTempFile("pecgov-paper-", ".pdf");
		spooled.add(file);
		Files.write(file, content.get());
		try {
			PDDocument doc = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
			sources.add(doc);
			if (doc.isEncrypted() || doc.getNumberOfPages() == 0) {
				return Optional.empty();
			}
			return Optional.of(doc);
		}
		catch (IOException ex) {
			// not a PDF PDFBox can read: listed as unreadable on the item's divider page
			return Optional.empty();
		}
	}

	private void frontMatter(PDDocument doc, Pack pack, Map<Integer, Integer> startPages) throws IOException {
		try (Lines lines = new Lines(doc)) {
			lines.text(this.text.of("pack.cover.kind"), this.regular, 14);
			lines.gap(6);
			lines.text(pack.committee(), this.bold, 24);
			lines.gap(6);
			lines.text(DAY.format(pack.meeting().getDate()) + ", " + TIME.format(pack.meeting().getStartTime()),
					this.regular, 14);
			if (pack.meeting().getPlace() != null) {
				lines.text(pack.meeting().getPlace(), this.regular, 12);
			}
			if (pack.meeting().getRemoteLink() != null && !pack.forPublic()) {
				lines.text(pack.meeting().getRemoteLink(), this.regular, 12);
			}
			lines.gap(18);
			lines.text(this.text.of(pack.audience()), this.regular, 11);
			if (!pack.forPublic() && pack.meeting().getAgendaPublishedOn() != null
					&& pack.meeting().getAgendaUpdatedOn() != null) {
				lines.text(this.text.of("agenda.updatedOn", DAY.format(pack.meeting().getAgendaUpdatedOn()),
						pack.meeting().getAgendaUpdate()), this.regular, 11);
			}

			lines.newPage();
			lines.text(this.text.of("pack.agenda"), this.bold, 18);
			lines.gap(8);
			for (Pack.Item item : pack.items()) {
				Integer page = startPages.get(item.number());
				String timing = TIME.format(item.starts())
						+ ((item.item().getMinutesAllotted() != null)
								? " (" + this.text.of("agenda.minutes.value", item.item().getMinutesAllotted()) + ")" : "");
				lines.text(item.number() + ". " + item.item().getTitle(), this.bold, 11);
				lines.text(timing + " - " + this.text.of("ItemPurpose." + item.item().getPurpose().name())
						+ ((item.item().getPresenter() != null) ? " - " + item.item().getPresenter() : "") + " - "
						+ this.text.of("pack.page", (page != null) ? page : 0), this.regular, 10);
				lines.gap(4);
			}

			if (pack.showMatrix()) {
				lines.newPage();
				lines.text(this.text.of("pack.matrix"), this.bold, 18);
				lines.text(this.text.of("pack.matrix.intro"), this.regular, 10);
				lines.gap(8);
				if (pack.matrix().isEmpty()) {
					lines.text(this.text.of("statement.none"), this.regular, 11);
				}
				for (Pack.MatrixRow row : pack.matrix()) {
					lines.text(row.person(), this.bold, 11);
					for (int i = 0; i < row.cells().size(); i++) {
						if (row.cells().get(i) != null) {
							Pack.Item item = pack.items().get(i);
							lines.text(this.text.of("pack.item", item.number(), item.item().getTitle()) + ": "
									+ row.cells().get(i), this.regular, 10, 12);
						}
					}
					lines.gap(4);
				}
			}
		}
	}

	private PDPage divider(PDDocument doc, Pack pack, Pack.Item item, Map<Long, PDDocument> readable,
			Map<Integer, Integer> startPages) throws IOException {
		int before = doc.getNumberOfPages();
		try (Lines lines = new Lines(doc)) {
			lines.text(this.text.of("pack.item.caption", pack.committee()), this.regular, 11);
			lines.text(this.text.of("pack.item", item.number(), item.item().getTitle()), this.bold, 18);
			lines.text(TIME.format(item.starts()) + " - " + this.text.of("ItemPurpose." + item.item().getPurpose().name())
					+ ((item.item().getPresenter() != null) ? " - " + item.item().getPresenter() : ""), this.regular,
					11);
			lines.gap(12);
			if (item.withheld()) {
				lines.text(this.text.of("agenda.papers.withheld"), this.regular, 11);
			}
			else if (item.papers().isEmpty()) {
				lines.text(this.text.of("agenda.papers.none"), this.regular, 11);
			}
			else {
				lines.text(this.text.of("agenda.papers"), this.bold, 12);
				int page = startPages.getOrDefault(item.number(), 0) + 1;
				for (PaperInfo paper : item.papers()) {
					PDDocument doc2 = readable.get(paper.id());
					String note;
					if (doc2 != null) {
						note = this.text.of("pack.paper.pages", doc2.getNumberOfPages(), page);
						page += doc2.getNumberOfPages();
					}
					else if ("application/pdf".equals(paper.contentType())) {
						note = this.text.of("pack.paper.unreadable");
					}
					else {
						note = this.text.of("pack.paper.docx");
					}
					lines.text(paper.filename() + ": " + note, this.regular, 10, 12);
				}
			}
		}
		return doc.getPage(before);
	}

	private PDOutlineItem mark(String title, PDPage page) {
		PDOutlineItem mark = new PDOutlineItem();
		mark.setTitle(title);
		mark.setDestination(page);
		return mark;
	}

	/** Writes "page n of N" at the foot of every page, whatever its size. */
	private void number(PDDocument doc, Pack pack) throws IOException {
		int total = doc.getNumberOfPages();
		String meeting = safe(this.regular, pack.committee() + ", " + DAY.format(pack.meeting().getDate()));
		for (int i = 0; i < total; i++) {
			PDPage page = doc.getPage(i);
			PDRectangle box = page.getMediaBox();
			try (PDPageContentStream stream = new PDPageContentStream(doc, page,
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				String label = safe(this.regular, this.text.of("pack.footer", i + 1, total));
				stream.beginText();
				stream.setFont(this.regular, 8);
				stream.newLineAtOffset(box.getLowerLeftX() + box.getWidth() - MARGIN / 2
						- this.regular.getStringWidth(label) / 1000 * 8, box.getLowerLeftY() + 14);
				stream.showText(label);
				stream.endText();
				stream.beginText();
				stream.setFont(this.regular, 8);
				stream.newLineAtOffset(box.getLowerLeftX() + MARGIN / 2, box.getLowerLeftY() + 14);
				stream.showText(meeting);
				stream.endText();
			}
		}
	}

	/** The text with what the font cannot show replaced, so that no name or title stops the pack. */
	static String safe(PDFont font, String text) {
		StringBuilder safe = new StringBuilder();
		text.codePoints().forEach((c) -> {
			String one = new String(Character.toChars(c));
			if (c == '\n' || c == '\r' || c == '\t') {
				safe.append(' ');
				return;
			}
			try {
				font.encode(one);
				safe.append(one);
			}
			catch (IOException | IllegalArgumentException ex) {
				safe.append('?');
			}
		});
		return safe.toString();
	}

	/** Lines of text on A4 pages, wrapped at the margins, a new page when one is full. */
	private final class Lines implements AutoCloseable {

		private final PDDocument doc;

		private PDPageContentStream stream;

		private float y;

		Lines(PDDocument doc) throws IOException {
			this.doc = doc;
			newPage();
		}

		void newPage() throws IOException {
			if (this.stream != null) {
				this.stream.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			this.doc.addPage(page);
			this.stream = new PDPageContentStream(this.doc, page);
			this.y = PDRectangle.A4.getHeight() - MARGIN;
		}

		void gap(float points) {
			this.y -= points;
		}

		void text(String value, PDFont font, float size) throws IOException {
			text(value, font, size, 0);
		}

		void text(String value, PDFont font, float size, float indent) throws IOException {
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
			for (String line : wrap(safe(font, value), font, size, width)) {
				if (this.y - size * 1.3f < MARGIN) {
					newPage();
				}
				this.y -= size * 1.3f;
				this.stream.beginText();
				this.stream.setFont(font, size);
				this.stream.newLineAtOffset(MARGIN + indent, this.y);
				this.stream.showText(line);
				this.stream.endText();
			}
		}

		private List<String> wrap(String value, PDFont font, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : value.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (font.getStringWidth(candidate) / 1000 * size <= width || line.isEmpty()) {
					line.setLength(0);
					line.append(candidate);
				}
				else {
					lines.add(line.toString());
					line.setLength(0);
					line.append(word);
				}
			}
			lines.add(line.toString());
			return lines;
		}

		@Override
		public void close() throws IOException {
			this.stream.close();
		}

	}

}
