package ru.hotline500.tables;

/**
 * What a person reads when a file is refused: each text says what is wrong and what to do, in plain Russian, in
 * one place to review the wording. {@code accepted} names the files accepted, in the accusative
 * ({@link #TABLES}: "таблицу Excel (.xlsx) или файл CSV").
 */
public final class FileTexts {

    /** What the tables of people and visits may be. */
    public static final String TABLES = "таблицу Excel (.xlsx) или файл CSV";

    private FileTexts() {
    }

    static String empty() {
        return "Файл пустой — в нём нет ни одной строки. Пришлите, пожалуйста, заполненный файл.";
    }

    static String wrongKind(FileKind kind, String accepted) {
        String hint = switch (kind) {
            case LEGACY_OFFICE -> " Файл старого формата можно пересохранить: откройте его и выберите «Файл» → «Сохранить как» → .xlsx или .docx.";
            case ODS, ODT -> " В LibreOffice его можно пересохранить: «Файл» → «Сохранить как» → формат Microsoft (.xlsx или .docx).";
            case PDF -> " Из PDF таблицу не прочитать — пришлите исходный файл, из которого он сделан.";
            case ZIP, ARCHIVE -> " Распакуйте архив и пришлите сам файл.";
            default -> "";
        };
        return "Это " + kind.label() + " — такие файлы я не читаю. Пришлите, пожалуйста, " + accepted + "." + hint;
    }

    static String notText(String accepted) {
        return "Файл не похож ни на таблицу, ни на текст: в нём двоичные данные. Пришлите, пожалуйста, " + accepted + ".";
    }

    static String unknownEncoding() {
        return "Текст файла не читается: он не в кодировке UTF-8 и не в Windows-1251. Сохраните файл в кодировке UTF-8 и пришлите ещё раз.";
    }

    public static String damaged() {
        return "Файл не открывается — похоже, он повреждён. Откройте его у себя, сохраните заново и пришлите ещё раз.";
    }

    static String brokenCsv(long line) {
        return "Файл CSV повреждён: в строке " + line + " кавычки не закрыты или стоят посреди значения. "
                + "Откройте его в Excel, сохраните заново как CSV и пришлите ещё раз.";
    }

    static String unpacksTooLarge(long limitBytes) {
        return "Файл в распакованном виде занимает больше " + megabytes(limitBytes) + " МБ — такие файлы я не открываю. "
                + "Если это действительно таблица, сохраните её заново или разделите на части и пришлите ещё раз.";
    }

    /** A file over the size limit. */
    public static String tooLarge(long sizeBytes, long limitBytes) {
        return "Файл слишком большой: " + megabytes(sizeBytes) + " МБ, а принимается не больше " + megabytes(limitBytes)
                + " МБ. Разделите таблицу на части и пришлите их по очереди.";
    }

    /** A table of more rows than one import takes. */
    public static String tooManyRows(int limit) {
        return "В таблице больше " + thousands(limit) + " строк — столько за один раз я не загружаю. "
                + "Разделите её на части и пришлите их по очереди.";
    }

    /** A table without the header row; {@code columns} lists what it should name: "«ФИО», «Роль» и «Территория»". */
    public static String noHeader(String columns) {
        return "В таблице не найдена строка заголовков. В одной из первых " + Headers.HEADER_ROWS + " строк должны быть столбцы "
                + columns + ". Добавьте такую строку и пришлите файл ещё раз.";
    }

    private static String megabytes(long bytes) {
        long tenths = Math.max(1, Math.round(bytes * 10.0 / (1024 * 1024)));
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : tenths / 10 + "," + tenths % 10;
    }

    static String thousands(int number) {
        return String.format(java.util.Locale.ROOT, "%,d", number).replace(',', '\u00A0');
    }
}
