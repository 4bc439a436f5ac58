package org.crdash.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches this JVM's heap while some work runs: the heap in use sampled every few milliseconds (its peak
 * includes garbage not yet collected) and, from GC notifications, the heap still in use right after each
 * collection (the live set, which is what must stay flat for a streaming export). Each after-GC value is
 * recorded with the work's progress at that moment, so growth with the amount of data shows.
 */
final class HeapSampler implements AutoCloseable {

    record AfterGc(long progress, long usedBytes) {
    }

    private static final long SAMPLE_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final LongSupplier progress;
    private final long baselineLive;
    private final AtomicLong peakUsed = new AtomicLong();
    private final List<AfterGc> afterGc = new ArrayList<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onNotification;
    private final Thread sampler;
    private volatile boolean running = true;

    /**
     * Collects garbage first, so the baseline is the live heap before the work starts.
     *
     * @param progress how far the work is (e.g. bytes written), read at every collection
     */
    HeapSampler(LongSupplier progress) {
        this.progress = progress;
        System.gc();
        System.gc();
        this.baselineLive = memory.getHeapMemoryUsage().getUsed();
        peakUsed.set(baselineLive);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (running) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private void onNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        synchronized (afterGc) {
            afterGc.add(new AfterGc(progress.getAsLong(), used));
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }

    long baselineLive() {
        return baselineLive;
    }

    long peakUsed() {
        return peakUsed.get();
    }

    long maxHeap() {
        return memory.getHeapMemoryUsage().getMax();
    }

    List<AfterGc> afterGc() {
        synchronized (afterGc) {
            return List.copyOf(afterGc);
        }
    }

    int collections() {
        return afterGc().size();
    }

    /** The largest live heap seen after a collection during the work (the baseline if none ran). */
    long maxLiveAfterGc() {
        return afterGc().stream().mapToLong(AfterGc::usedBytes).max().orElse(baselineLive);
    }

    /**
     * The largest live heap after collections in the part of the work between two fractions of {@code total}
     * progress (e.g. 0-0.25 and 0.75-1), or -1 if no collection ran in it.
     */
    long maxLiveBetween(double fromShare, double toShare, long total) {
        return afterGc().stream()
                .filter(a -> a.progress() >= fromShare * total && a.progress() <= toShare * total)
                .mapToLong(AfterGc::usedBytes).max().orElse(-1);
    }
}
