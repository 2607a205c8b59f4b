using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Msix.Adapters;

/// <summary>
/// The Entra ID credential of an identity-based connection, from the settings under its name: a
/// user-assigned managed identity when "clientId" is set, the system-assigned one when "credential" is
/// "managedidentity", else DefaultAzureCredential (a developer's own sign-in).
/// </summary>
internal static class ConnectionCredential
{
    public static TokenCredential From(IConfigurationSection connection)
    {
        var clientId = connection["clientId"];
        if (!string.IsNullOrWhiteSpace(clientId))
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        if (string.Equals(connection["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
        }

        return new DefaultAzureCredential();
    }
}
