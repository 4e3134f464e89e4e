package org.paperboy.bench;

import org.paperboy.publish.Stages;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Reads the heap in use every few milliseconds, garbage included, and what each garbage collection
 * leaves in use, and counts both against the stages at work. The second is nearer to what a stage holds,
 * but still an upper bound: a young collection leaves the dead objects of the old generation in place.
 */
final class HeapSampler {

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final Thread thread;
    private final List<Runnable> unlisten = new ArrayList<>();
    private volatile boolean running = true;

    HeapSampler(Stages stages) {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = (notification, handback) -> {
                    if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        long after = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                                .getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                        live.accumulateAndGet(after, Math::max);
                        stages.sampleLive(after);
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                unlisten.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
        thread = new Thread(() -> {
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peak.accumulateAndGet(used, Math::max);
                stages.sample(used);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    long peak() {
        return peak.get();
    }

    long live() {
        return live.get();
    }

    void stop() {
        running = false;
        thread.interrupt();
        unlisten.forEach(Runnable::run);
    }
}
