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
    private final StringBuilder block = new StringBuilder();
    private long blockStart;
    private String id;
    private String text;

    TextDocuments(LineInput lines, String unit, String path, BadRecords bad) {
        this.lines = lines;
        this.unit = unit;
        this.path = path;
        this.bad = bad;
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
                if (block.length() == 0) {
                    blockStart = lines.number();
                }
                block.append(line).append('\n');
            } else if (block.length() > 0) {
                return emitBlock();
            }
        }
        if (block.length() > 0 && !block.toString().isBlank()) {
            return emitBlock();
        }
        block.setLength(0);
        return false;
    }

    private boolean emitBlock() {
        bad.unit();
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
