package org.paperboy;
public final class Paperboy { public static void main(String[] a) {} }
