/** Who may do what: administrators from configuration; priority leads and delegates as they are assigned. */
package org.strategybot.access;
