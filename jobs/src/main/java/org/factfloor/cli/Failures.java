package org.factfloor.cli;

import org.factfloor.UserError;
import org.factfloor.input.BadInputException;
import org.factfloor.input.UnreadableInput;
import org.factfloor.job.TooMuchBadInput;
import picocli.CommandLine;

/**
 * Turns an exception into one clear line and an exit code. Mistakes a user can fix ({@link UserError}: config,
 * input path, existing or locked output, a mistyped option) exit 2; everything else, an internal bug included, is a failed
 * run, exit 1. The stack trace is shown only with
 * --verbose.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    /** A mistyped command line: the problem and where the full usage is, instead of the whole usage text. */
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        String suggestion = "";
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            suggestion = " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        cli.getErr().println("factfloor: error: " + e.getMessage() + suggestion + "; see `"
                + cli.getCommandSpec().qualifiedName() + " --help`");
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
        Throwable cause = userFacing(e);
        int code = cause instanceof UserError ? ExitCodes.USAGE : ExitCodes.FAILED;
        cli.getErr().println("factfloor: " + (code == ExitCodes.USAGE ? "error: " : "run failed: ") + cause.getMessage());
        if (verbose) {
            e.printStackTrace(cli.getErr());
        } else if (code == ExitCodes.FAILED && !(cause instanceof BadInputException)
                && !(cause instanceof TooMuchBadInput) && !(cause instanceof UnreadableInput)
                && !(cause instanceof OutOfSpace)) {
            cli.getErr().println("factfloor: rerun with --verbose for the stack trace");
        }
        return code;
    }

    /** Spark wraps task failures; the user needs the innermost factfloor error, or the deepest cause. */
    private static Throwable userFacing(Throwable e) {
        Throwable deepest = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadInputException || t instanceof UserError || t instanceof UnreadableInput
                    || t instanceof OutOfSpace) {
                return t;
            }
            deepest = t;
        }
        return deepest.getMessage() == null ? e : deepest;
    }
}
