package org.pecgov.demo;

/**
 * A module's part of the demo data: each module seeds its own records through its own services, in the
 * order of {@link org.springframework.core.annotation.Order} (committees and appointments, then
 * interests, then meetings), once the demo PCT's people and users exist.
 */
public interface DemoSeed {

	/**
	 * Adds the module's demo records to a demo PCT.
	 * @param pct the PCT, its register and a way to act as its staff
	 */
	void seed(DemoPct pct);

}
