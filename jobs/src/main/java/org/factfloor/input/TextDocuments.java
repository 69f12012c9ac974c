package org.factfloor.input;

import java.io.IOException;

/**
 * Plain text: a document is a line, a blank-line-separated paragraph, or the whole file. A bad line is one bad
 * unit, left out of its paragraph or file; in line mode blank lines are not units.
 */
final class TextDocuments implements DocumentSource {
    private final LineInput lines;
    private final String unit;
    private final String path;
    private final BadRecords bad;
    private final long maxChars;
    private final StringBuilder block = new StringBuilder();
    private long blockStart;
    private boolean blockTooLong;
    private String id;
    private String text;

    TextDocuments(LineInput lines, String unit, String path, BadRecords bad, long maxChars) {
        this.lines = lines;
        this.unit = unit;
        this.path = path;
        this.bad = bad;
        this.maxChars = maxChars;
    }

    @Override
    public boolean next() throws IOException {
        while (lines.next()) {
            if (lines.problem() != null) {
                bad.unit();
                bad.report(lines.problem(), location(), lines.detail(), lines.raw());
                continue;
            }
            String line = lines.text();
            if (unit.equals("line")) {
                if (!line.isBlank()) {
                    bad.unit();
                    return emit(lines.number(), line);
                }
            } else if (!line.isBlank() || unit.equals("file")) {
                append(line);
            } else if (block.length() > 0 || blockTooLong) {
                if (emitBlock()) {
                    return true;
                }
            }
        }
        if ((block.length() > 0 && !block.toString().isBlank()) || blockTooLong) {
            return emitBlock();
        }
        block.setLength(0);
        return false;
    }

    /** A paragraph or file longer than the record limit is dropped as it grows, never held whole. */
    private void append(String line) {
        if (block.length() == 0 && !blockTooLong) {
            blockStart = lines.number();
        }
        if (blockTooLong || block.length() + line.length() + 1 > maxChars) {
            blockTooLong = true;
            block.setLength(0);
        } else {
            block.append(line).append('\n');
        }
    }

    /** Ends the block: true when it is a document, false when it was too long (then counted as bad). */
    private boolean emitBlock() {
        bad.unit();
        if (blockTooLong) {
            blockTooLong = false;
            bad.report("over_long_record", "line " + blockStart, "a " + unit + " longer than"
                    + " factfloor.input.max-record-bytes", null);
            return false;
        }
        String t = block.toString();
        block.setLength(0);
        return emit(blockStart, t);
    }

    private boolean emit(long line, String documentText) {
        id = path + ":" + line;
        text = documentText;
        return true;
    }

    private String location() {
        return lines.number() == 0 ? "file start" : "line " + lines.number();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public String position() {
        return "line " + (lines.number() + 1);
    }
}
