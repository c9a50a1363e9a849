using OpenData.Api.Features.Common;
using OpenData.Api.Features.Programs;

namespace OpenData.Api.Features.Achievements;

/// <summary>A sentence of a programme's "Logros institucionales" and the figures it quotes.</summary>
public sealed class Achievement : ReportRecord
{
    public required int ProgramId { get; init; }
    public SocialProgram? Program { get; init; }
    public required string Quote { get; init; }
    public List<AchievementFigure> Figures { get; init; } = [];
}

/// <summary>A figure quoted in an achievement sentence, with the words that state it.</summary>
public sealed class AchievementFigure
{
    public int Id { get; init; }
    public int AchievementId { get; init; }
    public required decimal Value { get; init; }
    public required string Unit { get; init; }
    public required string Text { get; init; }
}
