package io.github.wxrestore.bulk.internal;

/**
 * What a run has learnt from the answers to one owner's calls, which says nothing about another owner's (a
 * host or site that does not exist, or that the caller may not act for, is one owner's): whether one of them
 * restored, whether their 404s are about no ID (splitting them is useless until one restores), and whether a
 * 403 forbade them (none of them starts after it). Thread-safe.
 */
final class OwnerVerdicts {

    private volatile boolean anyRestored;
    private volatile boolean splittingIsUseless;
    private volatile boolean forbidden;

    /** A call of this owner restored: its answers are about IDs after all. */
    void restored() {
        anyRestored = true;
        splittingIsUseless = false;
    }

    boolean anyRestored() {
        return anyRestored;
    }

    /** Two single-ID parts failed alike, naming no ID, while nothing of this owner was restored. */
    void answersAreAboutNoId() {
        splittingIsUseless = true;
    }

    boolean splittingIsUseless() {
        return splittingIsUseless;
    }

    /** A call of this owner got 403: the caller may not restore this host's recordings on this site. */
    void forbid() {
        forbidden = true;
    }

    boolean forbidden() {
        return forbidden;
    }
}
