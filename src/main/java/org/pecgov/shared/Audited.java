package org.pecgov.shared;

/**
 * A record whose every write the audit trail keeps. Every {@link BaseEntity} is; records that are
 * written once and never changed (and so have no version) say so by implementing this.
 */
public interface Audited {

	Long getId();

}
