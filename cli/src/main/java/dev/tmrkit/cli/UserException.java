package dev.tmrkit.cli;

/** A problem with what the user asked for: printed as one line, exit code 2. */
final class UserException extends RuntimeException {
    UserException(String message) {
        super(message);
    }

    UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
