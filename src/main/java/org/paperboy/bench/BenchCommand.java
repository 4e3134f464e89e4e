package org.paperboy.bench;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measurements that print figures.",
        subcommands = {BenchPipeline.class, BenchChart.class, BenchSend.class, BenchCrash.class})
public final class BenchCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
