package org.pecgov.home;

/**
 * A reminder on the signed-in home page: something the user should do.
 * @param key the message that says it
 * @param args its arguments
 * @param href where to do it, or null
 * @param action the message of the link
 * @param urgent whether it is overdue or due soon
 */
public record HomeNotice(String key, Object[] args, String href, String action, boolean urgent) {

	/**
	 * What a feature has to remind the signed-in user of, for the home page.
	 */
	public interface Source {

		/**
		 * The reminders for the signed-in user.
		 * @return the reminders, most pressing first
		 */
		java.util.List<HomeNotice> forCurrentUser();

	}

}
