package org.smenet.kit.demo;

import java.util.List;

/**
 * A kind of firm as trade shows it: its ISIC class, the HS headings it sells and the ones it buys, the
 * certifications its trade expects, and how common it is among SMEs that trade (its weight). A coffee
 * roaster (ISIC 1079) sells roasted coffee (0901) and buys cartons (4819), plastic packing (3923) and
 * roasting machinery (8438).
 */
record Archetype(String trade, String isic, List<String> offers, List<String> seeks, List<String> certifications,
        boolean manufacturer, int weight) {

    private static final List<String> FOOD = List.of("HACCP", "ISO 22000", "Organic", "Fair Trade", "BRCGS");
    private static final List<String> INDUSTRY = List.of("ISO 9001", "ISO 14001", "CE");
    private static final List<String> TEXTILE = List.of("OEKO-TEX", "GOTS", "ISO 9001");
    private static final List<String> FARM = List.of("GLOBALG.A.P.", "Organic", "Rainforest Alliance", "Fair Trade");

    static final List<Archetype> ALL = List.of(
            new Archetype("Coffee Roasters", "1079", List.of("0901", "2101"), List.of("4819", "3923", "8438"), FOOD, true, 3),
            new Archetype("Coffee & Cocoa Growers", "0127", List.of("0901", "0902", "1801"), List.of("3105", "8432"), FARM, false, 3),
            new Archetype("Wineries", "1102", List.of("2204"), List.of("7010", "4503"), FOOD, true, 3),
            new Archetype("Fruit Growers", "0122", List.of("0804", "0805", "0810"), List.of("3105", "4415"), FARM, false, 5),
            new Archetype("Seafood Processors", "1020", List.of("0303", "0304", "1604"), List.of("7310", "8418"), FOOD, true, 5),
            new Archetype("Aquaculture", "0321", List.of("0306", "0302"), List.of("2301", "8436"), FARM, false, 3),
            new Archetype("Garment Makers", "1410", List.of("6109", "6110", "6204"), List.of("5208", "5407", "9606"), TEXTILE, true, 8),
            new Archetype("Textile Mills", "1311", List.of("5208", "5407", "5205"), List.of("5201", "8445"), TEXTILE, true, 4),
            new Archetype("Home Textiles", "1392", List.of("6302", "6304"), List.of("5208"), TEXTILE, true, 2),
            new Archetype("Leather Goods", "1512", List.of("4202"), List.of("4107", "9607"), INDUSTRY, true, 2),
            new Archetype("Footwear", "1520", List.of("6403", "6404"), List.of("4107", "6406"), INDUSTRY, true, 3),
            new Archetype("Sawmills", "1610", List.of("4407"), List.of("8465"), List.of("FSC", "PEFC"), true, 2),
            new Archetype("Furniture Makers", "3100", List.of("9403", "9401"), List.of("4407", "4412", "8302"), List.of("FSC", "ISO 9001"), true, 5),
            new Archetype("Paper Packaging", "1702", List.of("4819", "4821"), List.of("4707", "4804"), List.of("FSC", "ISO 9001"), true, 3),
            new Archetype("Plastic Products", "2220", List.of("3923", "3926"), List.of("3901", "3902", "8477"), INDUSTRY, true, 6),
            new Archetype("Polymer Producers", "2013", List.of("3901", "3902", "3903"), List.of("2711"), INDUSTRY, true, 1),
            new Archetype("Pharmaceuticals", "2100", List.of("3004"), List.of("2941", "3923"), List.of("GMP", "ISO 9001"), true, 2),
            new Archetype("Cosmetics & Soaps", "2023", List.of("3304", "3401"), List.of("1513", "3302"), List.of("GMP", "Halal", "ISO 22716"), true, 2),
            new Archetype("Electronic Components", "2610", List.of("8541", "8542", "8534"), List.of("7408", "3920"), INDUSTRY, true, 9),
            new Archetype("Computer Assemblers", "2620", List.of("8471"), List.of("8542", "8534"), INDUSTRY, true, 4),
            new Archetype("Electric Motors", "2710", List.of("8501", "8504"), List.of("7408", "7209"), INDUSTRY, true, 5),
            new Archetype("Food Machinery", "2825", List.of("8438", "8419", "8418"), List.of("7208", "8501"), INDUSTRY, true, 4),
            new Archetype("Farm Machinery", "2821", List.of("8432", "8433", "8436"), List.of("7208", "8483"), INDUSTRY, true, 3),
            new Archetype("Auto Parts", "2930", List.of("8708"), List.of("7208", "3926", "8483"), List.of("IATF 16949", "ISO 9001"), true, 8),
            new Archetype("Steel Mills", "2410", List.of("7208", "7209", "7216"), List.of("2601", "2701"), INDUSTRY, true, 2),
            new Archetype("Copper Works", "2420", List.of("7408", "7403"), List.of("2603"), INDUSTRY, true, 1),
            new Archetype("Ore Mining", "0729", List.of("2603", "2601"), List.of("8474"), List.of("ISO 14001"), false, 1),
            new Archetype("Fertiliser Makers", "2012", List.of("3105", "3102"), List.of("2510", "2814"), INDUSTRY, true, 2),
            new Archetype("Glassworks", "2310", List.of("7010", "7013"), List.of("2505", "2836"), INDUSTRY, true, 1),
            new Archetype("Jewellers", "3211", List.of("7113"), List.of("7108", "7106"), List.of("RJC"), true, 2),
            new Archetype("Dairies", "1050", List.of("0402", "0406"), List.of("4819", "8434"), FOOD, true, 2),
            new Archetype("Rice & Flour Mills", "1061", List.of("1006", "1101"), List.of("1001"), FOOD, true, 2),
            new Archetype("Grain Farms", "0111", List.of("1001", "1005", "1201"), List.of("3102", "8432"), FARM, false, 3),
            new Archetype("Bakeries", "1071", List.of("1905"), List.of("1101", "1701"), FOOD, true, 2),
            new Archetype("Chocolatiers", "1073", List.of("1806", "1704"), List.of("1801", "1701"), FOOD, true, 2),
            new Archetype("Fruit Processors", "1030", List.of("2008", "2009"), List.of("0804", "7310", "7010"), FOOD, true, 3),
            new Archetype("Meat Processors", "1010", List.of("0201", "0207", "1601"), List.of("8418", "3923"), FOOD, true, 2),
            new Archetype("Feed Mills", "1080", List.of("2309"), List.of("1005", "1201", "2301"), FOOD, true, 2),
            new Archetype("Food Traders", "4630", List.of("0901", "0804", "2008"), List.of("0901", "0804", "1604"), FOOD, false, 4),
            new Archetype("Software Studios", "6201", List.of("8523"), List.of("8471"), List.of("ISO 27001"), false, 3),
            new Archetype("Paint Makers", "2022", List.of("3208", "3209"), List.of("3206"), INDUSTRY, true, 1),
            new Archetype("Medical Devices", "3250", List.of("9018", "9021"), List.of("3926", "8534"), List.of("ISO 13485", "CE"), true, 2),
            new Archetype("Metal Structures", "2511", List.of("7308"), List.of("7208", "7216"), INDUSTRY, true, 2),
            new Archetype("Toy Makers", "3240", List.of("9503"), List.of("3926", "3903"), List.of("EN 71", "ISO 9001"), true, 2));
}
