namespace Rempart.Domain.Programming;

public enum HeritageStatus
{
    None,
    Inscrit,
    Classe,
}
