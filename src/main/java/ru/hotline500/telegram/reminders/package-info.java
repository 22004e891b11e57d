/** Personal deadline reminders: /remind, the «🔔 Напомнить» button under an answer, and the reminders sent. */
package ru.hotline500.telegram.reminders;
