using Microsoft.Win32.SafeHandles;

namespace Concert.Pooling.Planning;

/// <summary>One HiGHS instance (<c>Highs_create</c>), destroyed with the handle.</summary>
internal sealed class HighsHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public HighsHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        HighsNative.Destroy(handle);
        return true;
    }
}
