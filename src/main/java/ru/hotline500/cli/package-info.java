/** The command line of the same jar (picocli): roadmap parse, import, list and show. */
package ru.hotline500.cli;
