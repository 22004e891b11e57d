/** Coordinators' groups: which Telegram group (and topic) serves which territory, and when its weekly digest is due. */
package ru.hotline500.groups;
