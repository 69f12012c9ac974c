package org.factfloor.extract;

/**
 * The document as the regex engine sees it: every character read costs one step, and reading past the budget
 * throws {@link BudgetExceeded}. java.util.regex reads its input only through charAt, so the step count bounds a
 * backtracking pattern's work without threads or timers.
 */
final class BudgetedText implements CharSequence {
    private String text = "";
    private long remaining;

    void reset(String text) {
        this.text = text;
    }

    /** The document itself, for scans that cannot backtrack and so need no budget. */
    String text() {
        return text;
    }

    void allow(long steps) {
        remaining = steps;
    }

    @Override
    public char charAt(int index) {
        if (--remaining < 0) {
            throw BudgetExceeded.INSTANCE;
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Thrown when a window's steps are used up; carries no stack trace, it is control flow. */
    static final class BudgetExceeded extends RuntimeException {
        static final BudgetExceeded INSTANCE = new BudgetExceeded();

        private BudgetExceeded() {
            super("extraction budget exceeded", null, false, false);
        }
    }
}
