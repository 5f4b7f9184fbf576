namespace Rempart.Web.Website;

/// <summary>Bound from "Website": the push to the union's WordPress site and the webhooks.</summary>
public sealed class WebsiteOptions
{
    public const string Section = "Website";

    /// <summary>How often changes of the programme are looked for, pushed, and webhooks sent.</summary>
    public int PollSeconds { get; set; } = 60;

    /// <summary>The WordPress site's address (https://www.rempart.com); empty: nothing is pushed.</summary>
    public string WordPressUrl { get; set; } = "";

    /// <summary>The WordPress user the posts are written as, and one of its application passwords (Users › Profile › Application Passwords).</summary>
    public string WordPressUser { get; set; } = "";
    public string WordPressApplicationPassword { get; set; } = "";

    /// <summary>The post types and taxonomies, as the plugin in wordpress/rempart-programme registers them.</summary>
    public string SessionPostType { get; set; } = "rempart_session";
    public string WorksitePostType { get; set; } = "rempart_chantier";
    public string SitePostType { get; set; } = "rempart_site";
    public string RegionTaxonomy { get; set; } = "rempart_region";
    public string TechniqueTaxonomy { get; set; } = "rempart_technique";

    /// <summary>Each call to WordPress is given this long.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Each webhook delivery is given this long to answer.</summary>
    public int WebhookTimeoutSeconds { get; set; } = 10;

    public bool WordPressConfigured => !string.IsNullOrWhiteSpace(WordPressUrl) && !string.IsNullOrWhiteSpace(WordPressUser);
}
