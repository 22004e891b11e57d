/** Personal deadline reminders: who wants them, for which role and items, and which are due this morning. */
package ru.hotline500.reminders;
