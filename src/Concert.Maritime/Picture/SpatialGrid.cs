namespace Concert.Maritime.Picture;

/// <summary>
/// A grid of equal cells over latitude and longitude that knows which slots (vessels) lie in each cell. Moving a slot
/// is O(1): each cell is an unordered array, and a slot remembers its cell and index so it can be swapped out.
/// </summary>
/// <remarks>Not thread-safe: <see cref="MaritimePicture"/> guards it.</remarks>
internal sealed class SpatialGrid
{
    private const int NoCell = -1;

    private readonly double _cellDegrees;
    private readonly int _rows;
    private readonly int _columns;
    private readonly int[]?[] _cells;
    private readonly int[] _cellCounts;
    private int[] _cellOfSlot = [];
    private int[] _indexInCell = [];

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
    }

    /// <summary>Puts a slot at a position, moving it out of its previous cell if it had one.</summary>
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
            RemoveFromCell(slot, previous);
        }
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
        _cellOfSlot[slot] = cell;
    }

    /// <summary>Calls <paramref name="visit"/> with every slot in the cells the box touches (a superset of the box).</summary>
    public void Visit<TVisitor>(GeoBox box, ref TVisitor visit)
        where TVisitor : struct, ISlotVisitor
    {
        if (box.CrossesAntimeridian)
        {
            VisitColumns(box, ColumnOf(box.West), _columns - 1, ref visit);
            VisitColumns(box, 0, ColumnOf(box.East), ref visit);
        }
        else
        {
            VisitColumns(box, ColumnOf(box.West), ColumnOf(box.East), ref visit);
        }
    }

    private void VisitColumns<TVisitor>(GeoBox box, int firstColumn, int lastColumn, ref TVisitor visit)
        where TVisitor : struct, ISlotVisitor
    {
        int firstRow = RowOf(box.South);
        int lastRow = RowOf(box.North);
        for (int row = firstRow; row <= lastRow; row++)
        {
            for (int column = firstColumn; column <= lastColumn; column++)
            {
                int cell = row * _columns + column;
                int[]? members = _cells[cell];
                for (int i = 0, count = _cellCounts[cell]; i < count; i++)
                {
                    visit.Visit(members![i]);
                }
            }
        }
    }

    private void RemoveFromCell(int slot, int cell)
    {
        int[] members = _cells[cell]!;
        int last = --_cellCounts[cell];
        int index = _indexInCell[slot];
        int moved = members[last];
        members[index] = moved;
        _indexInCell[moved] = index;
    }

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
