package org.pecgov.meeting.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingDetails;
import org.pecgov.meeting.MeetingType;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.ItemDetails;
import org.pecgov.meeting.agenda.ItemPurpose;
import org.pecgov.meeting.agenda.PaperInfo;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 16's board pack benchmark, not part of the tests: a pack of 30 items with 60 PDF papers of about 1.7 MB each
 * (a scanned page of incompressible image data: about 100 MB in all), written to a stream that discards it, timed, with
 * the heap's peak use. Run it in a 256 MB heap:
 * {@code MAVEN_OPTS=-Xmx256m ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.pecgov.meeting.pack.PackBenchmark}.
 */
public final class PackBenchmark {

	private PackBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		byte[] scan = scannedPaper();
		Meeting meeting = new Meeting(1L, new MeetingDetails(1L, MeetingType.BUSINESS, LocalDate.now().plusDays(7),
				LocalTime.of(14, 0), "Board room", null, true));
		List<Pack.Item> items = new ArrayList<>();
		long paperId = 0;
		for (int i = 1; i <= 30; i++) {
			AgendaItem item = new AgendaItem(1L, 1L, i,
					new ItemDetails("Item of business number " + i, ItemPurpose.DECISION, "Director", true, Set.of(),
							null, 10));
			List<PaperInfo> papers = List.of(
					new PaperInfo(++paperId, null, "paper-" + paperId + ".pdf", "application/pdf", scan.length, null),
					new PaperInfo(++paperId, null, "paper-" + paperId + ".pdf", "application/pdf", scan.length, null));
			items.add(new Pack.Item(i, item, LocalTime.of(14, 0).plusMinutes(10L * (i - 1)), papers, false));
		}
		Pack pack = new Pack(meeting, "Professional Executive Committee", "pack.audience.chair", items, List.of(), true);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		PackWriter writer = new PackWriter((key, arguments) -> messages.getMessage(key, arguments, Locale.UK),
				(id) -> Optional.of(scan.clone()));
		System.out.printf("Papers: 60 of %,d bytes (%,d MB in all); heap limit %,d MB%n", scan.length,
				60L * scan.length / 1_000_000, Runtime.getRuntime().maxMemory() / 1_000_000);
		for (int run = 1; run <= 3; run++) {
			resetPeaks();
			Counting out = new Counting();
			long started = System.nanoTime();
			writer.write(pack, out);
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("Run %d: %,d bytes written in %,d ms; heap peak %,d MB%n", run, out.count, millis,
					heapPeak() / 1_000_000);
		}
	}

	/** A page of incompressible image data, as a scanned paper is. */
	private static byte[] scannedPaper() throws IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(760, 760,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		Random random = new Random(16);
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				image.setRGB(x, y, random.nextInt());
			}
		}
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			PDImageXObject scanned = LosslessFactory.createFromImage(doc, image);
			try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
				stream.drawImage(scanned, 20, 20, 570, 750);
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long heapPeak() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
	}

	/** Counts what is written, and keeps none of it. */
	private static final class Counting extends OutputStream {

		private long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

	}

}
