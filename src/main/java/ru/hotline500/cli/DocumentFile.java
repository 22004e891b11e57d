package ru.hotline500.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A document named on the command line. */
record DocumentFile(String name, byte[] content) {

    static DocumentFile read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("Файл не найден: " + path);
        }
        try {
            return new DocumentFile(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new IllegalArgumentException("Файл не читается: " + path + " (" + e.getMessage() + ")", e);
        }
    }
}
