package org.pecgov.committee;

/**
 * Every PCT has one PEC and one Board, and as many sub-committees as it likes.
 */
public enum CommitteeKind {

	PEC, BOARD, SUB_COMMITTEE

}
