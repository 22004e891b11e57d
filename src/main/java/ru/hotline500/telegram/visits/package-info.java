/** The visit screens: /visit and /plan step by step, /visits and /export, and the reminders of planned visits. */
package ru.hotline500.telegram.visits;
