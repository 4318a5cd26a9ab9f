package org.strategybot.digest;

import java.time.Duration;

/** Posts into Teams on the digest's behalf; the bot package implements it over the Bot Connector. */
public interface Messenger {

    /** Posts the digest into a conversation the bot is in. */
    Sent send(String reference, Digest digest);

    /** Starts or continues a 1:1 chat with a person and posts a reminder there. */
    Sent remind(String anyReferenceInTenant, String aadObjectId, Reminder reminder);

    /**
     * What the Bot Connector said.
     *
     * @param status     HTTP status, 200 for success, 0 when it could not be reached
     * @param retryAfter what a 429 asked to wait, or null
     */
    record Sent(int status, Duration retryAfter, String error) {

        public static Sent ok() {
            return new Sent(200, null, null);
        }

        boolean ok2xx() {
            return status >= 200 && status < 300;
        }

        /** Teams' advice: retry 412, 429, 502, 504 (and other 5xx, and no answer at all). */
        boolean retryable() {
            return status == 0 || status == 412 || status == 429 || status >= 500;
        }

        /** The bot was removed from the conversation, or the conversation is gone. */
        boolean gone() {
            return status == 403 || status == 404;
        }
    }
}
