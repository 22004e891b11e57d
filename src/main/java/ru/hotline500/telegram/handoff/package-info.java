/** Questions the roadmaps do not answer, handed to the coordinators' group and answered back in the asker's chat. */
package ru.hotline500.telegram.handoff;
