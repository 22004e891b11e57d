/** Dialogues: a person's questions in one chat read in turn, so that a follow-up is answered with the question before it. */
package ru.hotline500.dialogue;
