using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Domain.Documents;

namespace Rempart.Data.Configurations;

internal sealed class FolderConfiguration : IEntityTypeConfiguration<Folder>
{
    public void Configure(EntityTypeBuilder<Folder> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(DocumentRules.MaximumFolderName);
        builder.Property(f => f.Description).HasMaxLength(DocumentRules.MaximumDescription);
        builder.Ignore(f => f.ArchiveDays);
        builder.HasIndex(f => f.ParentId);
        builder.HasOne<Folder>().WithMany().HasForeignKey(f => f.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FolderGrantConfiguration : IEntityTypeConfiguration<FolderGrant>
{
    public void Configure(EntityTypeBuilder<FolderGrant> builder)
    {
        builder.HasIndex(g => g.FolderId);
        builder.HasOne<Folder>().WithMany().HasForeignKey(g => g.FolderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(DocumentRules.MaximumTitle);
        builder.Property(d => d.Description).HasMaxLength(DocumentRules.MaximumDescription);
        builder.Property(d => d.Tags).HasMaxLength(DocumentRules.MaximumTags);
        builder.Property(d => d.AuthorName).HasMaxLength(200);
        builder.HasIndex(d => new { d.FolderId, d.ArchivedAt });
        builder.HasIndex(d => d.SearchState);
        builder.HasOne<Folder>().WithMany().HasForeignKey(d => d.FolderId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> builder)
    {
        builder.Property(v => v.FileName).HasMaxLength(200);
        builder.Property(v => v.ContentType).HasMaxLength(100);
        builder.Property(v => v.StoredName).HasMaxLength(100);
        builder.Property(v => v.UploadedByName).HasMaxLength(200);
        builder.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        builder.HasOne<Document>().WithMany().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
