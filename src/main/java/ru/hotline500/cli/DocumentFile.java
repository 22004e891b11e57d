package ru.hotline500.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A document named on the command line. */
record DocumentFile(String name, byte[] content) {

    /** Far above any roadmap: larger files are not even read into memory. */
    private static final long LARGEST_READ = 100L * 1024 * 1024;

    static DocumentFile read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("Файл не найден: " + path);
        }
        try {
            if (Files.size(path) > LARGEST_READ) {
                throw new IllegalArgumentException("Файл слишком большой для дорожной карты: " + path);
            }
            return new DocumentFile(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new IllegalArgumentException("Файл не читается: " + path + " (" + e.getMessage() + ")", e);
        }
    }
}
