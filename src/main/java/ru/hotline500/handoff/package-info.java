/**
 * The hotline's human hand-off: a question the roadmaps could not answer goes, when the asker agrees, to the
 * coordinators' group of their territory; a coordinator's reply goes back to the asker, follow-ups go to the group
 * again, and a coordinator may keep an answer as the territory's standing answer to that question.
 * No Telegram types here: the {@code telegram} package says where the messages go.
 */
package ru.hotline500.handoff;
