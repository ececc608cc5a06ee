// Throughput figures for the maritime ingest and archive, timed with a stopwatch (run with -c Release):
//   dotnet run -c Release --project bench/Concert.Maritime.Benchmarks -- ingest <messages> <work folder>
//   dotnet run -c Release --project bench/Concert.Maritime.Benchmarks -- ingest-file <file.nmea[.gz]> <work folder> [picture]
//   dotnet run -c Release --project bench/Concert.Maritime.Benchmarks -- picture <file.nmea[.gz]> <work folder>
//   dotnet run -c Release --project bench/Concert.Maritime.Benchmarks -- decode <work folder>/synthetic-<messages>.nmea
//   dotnet run -c Release --project bench/Concert.Maritime.Benchmarks -- queries <positions> <vessels> <work folder>
using Concert.Maritime.Benchmarks;

return args switch
{
    ["ingest", var messages, var folder] => await IngestThroughput.RunSyntheticAsync(int.Parse(messages, System.Globalization.CultureInfo.InvariantCulture), folder),
    ["ingest-file", var file, var folder] => await IngestThroughput.RunAsync(file, folder),
    ["ingest-file", var file, var folder, "picture"] => await IngestThroughput.RunWithPictureAsync(file, folder),
    ["picture", var file, var folder] => await PictureApplyThroughput.RunAsync(file, folder, 3),
    ["decode", var file] => DecodeThroughput.Run(file),
    ["queries", var positions, var vessels, var folder] => QueryLatency.Run(long.Parse(positions, System.Globalization.CultureInfo.InvariantCulture), int.Parse(vessels, System.Globalization.CultureInfo.InvariantCulture), folder),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ingest <messages> <folder> | ingest-file <file> <folder> [picture] | picture <file> <folder> | decode <file> | queries <positions> <vessels> <folder>");
    return 2;
}
