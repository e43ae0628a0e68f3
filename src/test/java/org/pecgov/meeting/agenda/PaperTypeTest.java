package org.pecgov.meeting.agenda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Papers are known by their content, never by their name.
 */
class PaperTypeTest {

	@Test
	void aPdfIsKnownByItsSignature() {
		assertThat(PaperType.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(PaperType.PDF);
	}

	@Test
	void aDocxIsAZipHoldingAWordDocument() throws IOException {
		assertThat(PaperType.of(zip("[Content_Types].xml", "word/document.xml"))).contains(PaperType.DOCX);
		assertThat(PaperType.of(zip("[Content_Types].xml", "xl/workbook.xml"))).isEmpty();
	}

	@Test
	void anExecutableRenamedPdfIsRefused() {
		byte[] executable = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		assertThat(PaperType.of(executable)).isEmpty();
		assertThat(PaperType.of(new byte[0])).isEmpty();
		assertThat(PaperType.of("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
	}

	@Test
	void aDocxIsKnownFromItsDirectoryWithoutUnpackingWhatComesBefore() throws IOException {
		// a first entry whose compressed bytes are not even valid: checking it would mean inflating it
		byte[] docx = zip("[Content_Types].xml", "word/document.xml");
		int data = 30 + "[Content_Types].xml".length();
		for (int i = data; i < data + 4; i++) {
			docx[i] = (byte) 0xFF;
		}

		assertThat(PaperType.of(docx)).contains(PaperType.DOCX);
	}

	@Test
	void theNameOfAPaperIsMadeSafeAndGetsTheExtensionOfItsType() {
		assertThat(AgendaService.safeName("C:\\Users\\me\\Board paper.PDF", PaperType.PDF)).isEqualTo("Board paper.PDF");
		assertThat(AgendaService.safeName("../../etc/passwd", PaperType.PDF)).isEqualTo("passwd.pdf");
		assertThat(AgendaService.safeName("report\r\n\"x\".docx", PaperType.DOCX)).isEqualTo("report___x_.docx");
		assertThat(AgendaService.safeName("", PaperType.DOCX)).isEqualTo("paper.docx");
	}

	static byte[] zip(String... names) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
