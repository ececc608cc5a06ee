using Concert.Maritime.Picture;

namespace Concert.Maritime.Tests.Picture;

public sealed class MaritimeIdentityTests
{
    // Forms from ITU-R M.585-9; the MMSIs of the SAR aircraft and the ship are from gpsd's sample.aivdm.
    [Theory]
    [InlineData(440348000u, MmsiKind.Ship, "KOR")]
    [InlineData(111265591u, MmsiKind.SarAircraft, "SWE")]
    [InlineData(982320001u, MmsiKind.AuxiliaryCraft, "GBR")]
    [InlineData(995031234u, MmsiKind.AidToNavigation, "AUS")]
    [InlineData(4310001u, MmsiKind.CoastStation, "JPN")]
    [InlineData(44100001u, MmsiKind.ShipGroup, "KOR")]
    [InlineData(856301234u, MmsiKind.Handheld, "SGP")]
    public void The_MID_is_read_where_each_form_puts_it(uint mmsi, MmsiKind kind, string flag)
    {
        MaritimeIdentity identity = MaritimeIdentity.Of(mmsi);
        Assert.Equal(kind, identity.Kind);
        Assert.Equal(flag, identity.Flag?.Country.Code);
    }

    [Theory]
    [InlineData(970010001u, MmsiKind.SearchAndRescueTransmitter)]
    [InlineData(972010001u, MmsiKind.ManOverboard)]
    [InlineData(974010001u, MmsiKind.Epirb)]
    public void Distress_devices_carry_no_flag(uint mmsi, MmsiKind kind)
    {
        MaritimeIdentity identity = MaritimeIdentity.Of(mmsi);
        Assert.Equal(kind, identity.Kind);
        Assert.Null(identity.Flag);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(123u)]
    [InlineData(1_000_000_000u)]
    [InlineData(123456789u)]
    [InlineData(912345678u)]
    public void Numbers_outside_every_form_are_invalid(uint mmsi) => Assert.Equal(MmsiKind.Invalid, MaritimeIdentity.Of(mmsi).Kind);

    [Fact]
    public void A_ship_with_an_unallocated_MID_is_a_ship_without_flag()
    {
        MaritimeIdentity identity = MaritimeIdentity.Of(217000001);
        Assert.Equal(MmsiKind.Ship, identity.Kind);
        Assert.Null(identity.Flag);
    }

    [Theory]
    [InlineData(70, "Cargo - all ships of this type")]
    [InlineData(80, "Tanker - all ships of this type")]
    [InlineData(30, "Fishing")]
    [InlineData(55, "Law Enforcement")]
    public void Ship_types_read_as_ITU_text(int code, string text) => Assert.Equal(text, ShipTypeText.Of(code));

    [Theory]
    [InlineData(100)]
    [InlineData(-1)]
    [InlineData(255)]
    public void Codes_outside_the_table_have_no_text(int code) => Assert.Null(ShipTypeText.Of(code));
}
