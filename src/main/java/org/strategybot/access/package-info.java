/**
 * Who is calling and what they may do in general: administrators and served tenants from configuration, and
 * callers of the REST API by their key or their Entra ID token ({@code access/web} holds the security filters).
 * Who may update a particular priority or action (its lead, delegates and owner) is the action plan's to say.
 */
package org.strategybot.access;
