/**
 * The personal-data guard: spots what looks like data about a child or family (names in a child's
 * context, ages and dates of birth, NHS and other identifiers, home addresses, contacts, small counts of
 * children) in text before anything is stored, logged or indexed. Its public face is
 * {@link org.strategybot.privacy.PersonalDataGuard} and {@link org.strategybot.privacy.Finding}.
 */
package org.strategybot.privacy;
