package org.pecgov.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * The parts of an email as its reader sees them, decoded.
 */
public final class MailText {

	private MailText() {
	}

	/**
	 * The plain text part.
	 * @param mail the email
	 * @return its text
	 */
	public static String text(Part mail) {
		return part(mail, "text/plain");
	}

	/**
	 * The HTML part.
	 * @param mail the email
	 * @return its HTML
	 */
	public static String html(Part mail) {
		return part(mail, "text/html");
	}

	private static String part(Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					String found = part(child, type);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
