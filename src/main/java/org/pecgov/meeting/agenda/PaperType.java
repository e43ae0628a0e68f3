package org.pecgov.meeting.agenda;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of paper accepted, known by their content, never by the name of the file.
 */
public enum PaperType {

	PDF("application/pdf", ".pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

	/** The largest paper accepted: 20 MB. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	/** A DOCX is looked into no further than this many entries. */
	private static final int MAX_ENTRIES = 2_000;

	private final String mediaType;

	private final String extension;

	PaperType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	/**
	 * What a file is, by its content: a PDF starts with {@code %PDF-}; a DOCX is a ZIP holding a Word
	 * document ({@code word/document.xml}).
	 * @param content the file
	 * @return its type, or empty when it is neither
	 */
	public static Optional<PaperType> of(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, ZIP_MAGIC) && isWordDocument(content)) {
			return Optional.of(DOCX);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	/**
	 * Whether a ZIP names a Word document in its central directory: read without inflating anything, so that a
	 * small file that unpacks to gigabytes costs no more to check than any other.
	 */
	private static boolean isWordDocument(byte[] content) {
		int end = endOfCentralDirectory(content);
		if (end < 0) {
			return false;
		}
		int entries = u16(content, end + 10);
		long offset = u32(content, end + 16);
		int at = (int) Math.min(offset, Integer.MAX_VALUE);
		for (int i = 0; i < Math.min(entries, MAX_ENTRIES); i++) {
			if (at < 0 || at + 46 > content.length || u32(content, at) != 0x02014b50L) {
				return false;
			}
			int nameLength = u16(content, at + 28);
			int next = at + 46 + nameLength + u16(content, at + 30) + u16(content, at + 32);
			if (at + 46 + nameLength > content.length) {
				return false;
			}
			if ("word/document.xml".equals(new String(content, at + 46, nameLength, StandardCharsets.UTF_8))) {
				return true;
			}
			at = next;
		}
		return false;
	}

	/** Where the ZIP's end-of-central-directory record starts, found from the end; -1 when there is none. */
	private static int endOfCentralDirectory(byte[] content) {
		int earliest = Math.max(0, content.length - 22 - 0xFFFF);
		for (int at = content.length - 22; at >= earliest; at--) {
			if (u32(content, at) == 0x06054b50L) {
				return at;
			}
		}
		return -1;
	}

	private static int u16(byte[] bytes, int at) {
		return (bytes[at] & 0xFF) | ((bytes[at + 1] & 0xFF) << 8);
	}

	private static long u32(byte[] bytes, int at) {
		return u16(bytes, at) | ((long) u16(bytes, at + 2) << 16);
	}

}
