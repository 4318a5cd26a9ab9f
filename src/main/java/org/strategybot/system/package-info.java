/**
 * What the application runs on: the store (a configured MongoDB, or the embedded one), clocks,
 * caches and other shared infrastructure.
 */
package org.strategybot.system;
