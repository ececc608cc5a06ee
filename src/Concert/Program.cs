Console.WriteLine("concert");
