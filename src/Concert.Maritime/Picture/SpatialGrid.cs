using System.Buffers;

namespace Concert.Maritime.Picture;

/// <summary>
/// A grid of equal cells over latitude and longitude that knows which slots (vessels) lie in each cell. Moving a slot
/// is O(1): each cell is an unordered array, and a slot remembers its cell and index so it can be swapped out.
/// </summary>
/// <remarks>
/// One writer, any number of lock-free readers. Each cell has a version that the writer makes odd while it changes the
/// cell (a sequence lock): a reader copies a cell's slots and retries the cell if its version moved meanwhile, so it
/// never sees a half-changed cell and never blocks the writer. A slot moving between two cells during a read can be
/// seen in both (callers de-duplicate). So that it is never seen in neither (left a cell not yet read for one already
/// read), the writer records every move in a ring before making it, and a read ends by visiting the slots that moved
/// since it began; only a read that lasts longer than <see cref="RecentMoveCapacity"/> moves can miss one.
/// </remarks>
internal sealed class SpatialGrid
{
    private const int NoCell = -1;

    /// <summary>How many of the latest moves the ring remembers (a power of two).</summary>
    private const int RecentMoveCapacity = 1 << 16;

    private readonly double _cellDegrees;
    private readonly int _rows;
    private readonly int _columns;
    private readonly int[]?[] _cells;
    private readonly int[] _cellCounts;
    private readonly int[] _cellVersions;
    private int[] _cellOfSlot = [];
    private int[] _indexInCell = [];
    private readonly int[] _recentMoves = new int[RecentMoveCapacity];
    private long _moves;

    public SpatialGrid(double cellDegrees)
    {
        double rows = 180 / cellDegrees;
        if (cellDegrees <= 0 || Math.Abs(rows - Math.Round(rows)) > 1e-9)
        {
            throw new ArgumentOutOfRangeException(nameof(cellDegrees), cellDegrees, "A cell side must divide 180°.");
        }
        _cellDegrees = cellDegrees;
        _rows = (int)Math.Round(rows);
        _columns = 2 * _rows;
        _cells = new int[]?[_rows * _columns];
        _cellCounts = new int[_rows * _columns];
        _cellVersions = new int[_rows * _columns];
    }

    /// <summary>Puts a slot at a position, moving it out of its previous cell if it had one. Writer only.</summary>
    public void Place(int slot, double latitude, double longitude)
    {
        EnsureSlot(slot);
        int cell = CellOf(latitude, longitude);
        int previous = _cellOfSlot[slot];
        if (previous == cell)
        {
            return;
        }
        if (previous != NoCell)
        {
            // Recorded before it is made, so that a read that could have missed it (it is under way or starts after
            // this point) finds it in the ring.
            long move = _moves;
            _recentMoves[move & (RecentMoveCapacity - 1)] = slot;
            Volatile.Write(ref _moves, move + 1);
        }
        // Into the new cell before out of the old, so that a concurrent reader is more likely to see the vessel twice
        // (which it tolerates) than not at all.
        int previousIndex = _indexInCell[slot];
        AddToCell(slot, cell);
        if (previous != NoCell)
        {
            RemoveFromCell(previousIndex, previous);
        }
        _cellOfSlot[slot] = cell;
    }

    /// <summary>Calls <paramref name="visit"/> with every slot in the cells the box touches (a superset of the box).</summary>
    /// <remarks>Slots that moved during the call are visited again whichever cell they are in; the visitor checks the box.</remarks>
    public void Visit<TVisitor>(GeoBox box, ref TVisitor visit)
        where TVisitor : struct, ISlotVisitor
    {
        // The move recorded last may still be under way as the read begins, so it is revisited too.
        long firstMove = Math.Max(Volatile.Read(ref _moves) - 1, 0);
        int[] scratch = ArrayPool<int>.Shared.Rent(256);
        try
        {
            if (box.CrossesAntimeridian)
            {
                VisitColumns(box, ColumnOf(box.West), _columns - 1, ref visit, ref scratch);
                VisitColumns(box, 0, ColumnOf(box.East), ref visit, ref scratch);
            }
            else
            {
                VisitColumns(box, ColumnOf(box.West), ColumnOf(box.East), ref visit, ref scratch);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(scratch);
        }
        VisitMovesSince(firstMove, ref visit);
    }

    private void VisitMovesSince<TVisitor>(long firstMove, ref TVisitor visit)
        where TVisitor : struct, ISlotVisitor
    {
        long end = Volatile.Read(ref _moves);
        for (long move = Math.Max(firstMove, end - RecentMoveCapacity); move < end; move++)
        {
            visit.Visit(Volatile.Read(ref _recentMoves[move & (RecentMoveCapacity - 1)]));
        }
    }

    private void VisitColumns<TVisitor>(GeoBox box, int firstColumn, int lastColumn, ref TVisitor visit, ref int[] scratch)
        where TVisitor : struct, ISlotVisitor
    {
        int firstRow = RowOf(box.South);
        int lastRow = RowOf(box.North);
        for (int row = firstRow; row <= lastRow; row++)
        {
            for (int column = firstColumn; column <= lastColumn; column++)
            {
                int count = CopyCell(row * _columns + column, ref scratch);
                for (int i = 0; i < count; i++)
                {
                    visit.Visit(scratch[i]);
                }
            }
        }
    }

    // Copies a consistent view of one cell's slots into scratch and returns how many there are.
    private int CopyCell(int cell, ref int[] scratch)
    {
        var spinner = new SpinWait();
        while (true)
        {
            int before = Volatile.Read(ref _cellVersions[cell]);
            if ((before & 1) == 0)
            {
                int[]? members = Volatile.Read(ref _cells[cell]);
                int count = members is null ? 0 : Math.Min(Volatile.Read(ref _cellCounts[cell]), members.Length);
                if (count > scratch.Length)
                {
                    ArrayPool<int>.Shared.Return(scratch);
                    scratch = ArrayPool<int>.Shared.Rent(count);
                }
                members?.AsSpan(0, count).CopyTo(scratch);
                Interlocked.MemoryBarrier();
                if (Volatile.Read(ref _cellVersions[cell]) == before)
                {
                    return count;
                }
            }
            spinner.SpinOnce();
        }
    }

    private void AddToCell(int slot, int cell)
    {
        BeginChange(cell);
        int[] members = _cells[cell] ??= new int[4];
        int count = _cellCounts[cell];
        if (count == members.Length)
        {
            Array.Resize(ref members, count * 2);
            _cells[cell] = members;
        }
        members[count] = slot;
        _indexInCell[slot] = count;
        _cellCounts[cell] = count + 1;
        EndChange(cell);
    }

    private void RemoveFromCell(int index, int cell)
    {
        BeginChange(cell);
        int[] members = _cells[cell]!;
        int last = --_cellCounts[cell];
        if (index != last)
        {
            // Fill the hole with the cell's last slot (when the removed slot was the last, there is nothing to move,
            // and its index already belongs to the cell it moved into).
            int moved = members[last];
            members[index] = moved;
            _indexInCell[moved] = index;
        }
        EndChange(cell);
    }

    private void BeginChange(int cell)
    {
        Volatile.Write(ref _cellVersions[cell], _cellVersions[cell] + 1);
        Interlocked.MemoryBarrier();
    }

    private void EndChange(int cell) => Volatile.Write(ref _cellVersions[cell], _cellVersions[cell] + 1);

    private void EnsureSlot(int slot)
    {
        if (slot < _cellOfSlot.Length)
        {
            return;
        }
        int size = Math.Max(slot + 1, Math.Max(1024, _cellOfSlot.Length * 2));
        int old = _cellOfSlot.Length;
        Array.Resize(ref _cellOfSlot, size);
        Array.Resize(ref _indexInCell, size);
        _cellOfSlot.AsSpan(old).Fill(NoCell);
    }

    private int CellOf(double latitude, double longitude) => RowOf(latitude) * _columns + ColumnOf(longitude);

    private int RowOf(double latitude) => Math.Clamp((int)Math.Floor((latitude + 90) / _cellDegrees), 0, _rows - 1);

    private int ColumnOf(double longitude) => Math.Clamp((int)Math.Floor((longitude + 180) / _cellDegrees), 0, _columns - 1);
}
