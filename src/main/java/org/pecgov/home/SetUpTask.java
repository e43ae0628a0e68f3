package org.pecgov.home;

import java.util.List;

/**
 * A step in setting up a new PCT on pecgov, on its administrators' home page until every step is done.
 * @param order where it comes in the list
 * @param key the message naming it (its hint is {@code key + ".hint"})
 * @param status how far it has gone
 * @param href where it is done
 */
public record SetUpTask(int order, String key, Status status, String href) {

	/**
	 * A task's status on the NHS task list. Labels are in messages.properties as {@code setup.status.NAME}.
	 */
	public enum Status {

		NOT_STARTED, IN_PROGRESS, DONE;

		/**
		 * From what has been done of what is wanted.
		 * @param done how many are done
		 * @param wanted how many are wanted
		 * @return the status
		 */
		public static Status of(long done, long wanted) {
			if (done <= 0) {
				return NOT_STARTED;
			}
			return (done >= wanted) ? DONE : IN_PROGRESS;
		}

	}

	/**
	 * What a feature adds to a new PCT's set-up, for the administrators' home page.
	 */
	public interface Source {

		/**
		 * The set-up tasks of the user's PCT that this feature owns, with their status.
		 * @return the tasks
		 */
		List<SetUpTask> setUpTasks();

	}

}
