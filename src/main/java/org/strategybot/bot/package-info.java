/**
 * The Teams edge and the only package that imports the Bot Framework: the {@code /api/messages}
 * endpoint, authentication, turning Teams activities into questions and answers into Adaptive Cards.
 */
package org.strategybot.bot;
