/** The coordinators' groups in the bot: /bind, /unbind, /schedule, /digest, and the scheduled digests. */
package ru.hotline500.telegram.groups;
