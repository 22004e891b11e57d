/** Curators' school visits: confirmed in a few taps, corrected or withdrawn with history kept, planned and reminded. */
package ru.hotline500.visits;
