using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Concert.Host.Benchmarks.BulletinFirstPageBenchmarks).Assembly).Run(args);
