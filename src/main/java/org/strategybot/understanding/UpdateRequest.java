package org.strategybot.understanding;

import java.time.LocalDate;

import org.strategybot.actions.Rag;

/**
 * What a progress update says, read from the words of the message.
 *
 * @param rag          the RAG rating the message gives, or null when it gives none
 * @param notRag       a colour word that is not a RAG rating ("purple"), as written, to be quoted in the refusal; or null
 * @param percent      percent complete, 0 to 100 ("60%", "seventy percent", "3/4 done", "complete" is 100), or null
 * @param badPercent   a percentage outside 0 to 100, to be refused, or null
 * @param due          a new due date, or null
 * @param unclearDue   words that stand for a due date too vague to set ("by Easter"), to ask about, or null
 * @param note         what was done, as written: the text after the first ":" or " - ", less any
 *                     "status green" sentence; empty when there is none
 */
public record UpdateRequest(Rag rag, String notRag, Integer percent, Integer badPercent, LocalDate due,
        String unclearDue, String note) {
}
