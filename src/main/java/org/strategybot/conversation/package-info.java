/**
 * What each conversation (each thread, in a channel) was last about, for a while: item codes, the list last shown
 * and the kind of question, never what anyone wrote. Kept in the store so that every instance sees it.
 */
package org.strategybot.conversation;
