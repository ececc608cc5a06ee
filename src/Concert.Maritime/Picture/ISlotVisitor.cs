namespace Concert.Maritime.Picture;

/// <summary>Receives the slots a <see cref="SpatialGrid"/> query finds, without a delegate call per slot.</summary>
internal interface ISlotVisitor
{
    /// <summary>Called once per slot in a touched cell.</summary>
    void Visit(int slot);
}
