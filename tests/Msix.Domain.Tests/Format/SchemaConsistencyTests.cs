using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Tests.Format;

/// <summary>The schema's own table agrees with itself: the data dictionary and the JSON Schema repeat it.</summary>
public sealed class SchemaConsistencyTests
{
    [Fact]
    public void Every_code_fits_its_fields_maximum_length()
    {
        var misfits = SubmissionSchema.Sections.SelectMany(s => s.Fields)
            .Where(f => f.CodeSet is not null && CodeSetTables.EntriesOf(f.CodeSet).Max(e => e.Code.Length) > f.MaxLength)
            .Select(f => f.Name);

        Assert.Empty(misfits);
    }

    [Fact]
    public void Every_example_fits_its_fields_maximum_length()
    {
        Assert.Empty(SubmissionSchema.Sections.SelectMany(s => s.Fields).Where(f => f.Example.Length > f.MaxLength).Select(f => f.Name));
    }

    [Fact]
    public void Every_code_field_names_its_code_set_and_only_code_fields_do()
    {
        Assert.All(SubmissionSchema.Sections.SelectMany(s => s.Fields), f => Assert.Equal(f.Kind == FieldKind.Code, f.CodeSet is not null));
    }
}
