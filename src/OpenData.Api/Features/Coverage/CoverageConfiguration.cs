using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;

namespace OpenData.Api.Features.Coverage;

public sealed class CoverageConfiguration :
    IEntityTypeConfiguration<CommunityHomesCoverage>,
    IEntityTypeConfiguration<SocialServiceCoverage>,
    IEntityTypeConfiguration<WomenProgramCoverage>,
    IEntityTypeConfiguration<OlderPeopleCoverage>
{
    public void Configure(EntityTypeBuilder<CommunityHomesCoverage> builder) =>
        builder.MapCoverageRecord().MapPrevious(e => e.Previous, e => e.PreviousId);

    public void Configure(EntityTypeBuilder<SocialServiceCoverage> builder) =>
        builder.MapCoverageRecord().MapPrevious(e => e.Previous, e => e.PreviousId);

    public void Configure(EntityTypeBuilder<WomenProgramCoverage> builder) =>
        builder.MapCoverageRecord().MapPrevious(e => e.Previous, e => e.PreviousId);

    public void Configure(EntityTypeBuilder<OlderPeopleCoverage> builder) =>
        builder.MapCoverageRecord().MapPrevious(e => e.Previous, e => e.PreviousId);
}
