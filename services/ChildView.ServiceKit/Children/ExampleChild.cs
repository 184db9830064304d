namespace ChildView.ServiceKit.Children;

/// <summary>A fictional child whose identifiers pass their checks, for the request examples Swagger shows.</summary>
public static class ExampleChild
{
    public static ChildDetailsRequest Request(DateOnly dateOfBirth, string? upn = "B801200005001") => new(
        "example-0001", "Amelia", "Hart", dateOfBirth, "F", upn, "943 476 5919", new AddressRequest("12 Mill Lane", null, "Matlock", "DE4 3AB"));
}
