package org.pecgov.meeting.agenda;

/**
 * A paper without its content, for lists.
 * @param id the paper
 * @param itemId its item
 * @param filename its file name
 * @param contentType its media type
 * @param size its size in bytes
 * @param uploadedAt when it was uploaded
 */
public record PaperInfo(Long id, Long itemId, String filename, String contentType, int size,
		java.time.Instant uploadedAt) {

	/** Its size for people: 12 KB, 3.4 MB. */
	public String readableSize() {
		if (this.size < 1024 * 1024) {
			return Math.max(1, Math.round(this.size / 1024.0)) + " KB";
		}
		return String.format(java.util.Locale.UK, "%.1f MB", this.size / (1024.0 * 1024.0));
	}

}
