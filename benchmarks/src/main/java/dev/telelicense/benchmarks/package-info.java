/** JMH benchmarks, each paired with a baseline measured in the same run. */
package dev.telelicense.benchmarks;
