using System.Text;

namespace ChildView.ServiceKit.Auditing;

/// <summary>
/// One unambiguous byte string per row: each field length-prefixed (NULL distinct from empty), so
/// no two different rows encode alike whatever separators their text contains.
/// </summary>
public static class AuditRowEncoding
{
    public static byte[] Encode(IReadOnlyList<string?> fields)
    {
        var text = new StringBuilder();
        foreach (var field in fields)
        {
            text.Append(field is null ? "-1" : Encoding.UTF8.GetByteCount(field).ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(':')
                .Append(field);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
