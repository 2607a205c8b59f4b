using Msix.Api;
using Msix.Domain.Reports.Usage;

namespace Msix.Domain.Tests.Reports;

/// <summary>The use report counts the operations the API audits by their catalog names: a rename must show here.</summary>
public sealed class UsageOperationsTests
{
    [Theory]
    [InlineData(UsageAccumulator.SearchOperation)]
    [InlineData(UsageAccumulator.RecordOperation)]
    [InlineData(UsageAccumulator.RecordPageOperation)]
    public void Each_counted_operation_is_an_operation_of_the_API(string operation)
    {
        Assert.NotNull(ApiCatalog.Find(operation));
    }
}
