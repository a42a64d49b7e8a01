using System.Text;
using Caravan.Cluster.Grains;
using Caravan.Pipeline.Ingestion;

namespace Caravan.Tests.Cluster;

public sealed class AdmissionBookTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Admit_StoredAndRepeatedContent_LeftOutAndCounted()
    {
        var book = new AdmissionBook([Raw("a", "old").ContentHash], new Dictionary<string, string> { ["a"] = Raw("a", "old").ContentHash });

        var admission = book.Admit([Raw("a", "old"), Raw("b", "new"), Raw("c", "new")], Now);

        Assert.Equal(1, admission.AlreadyStored);
        Assert.Equal(1, admission.Duplicates);
        Assert.Equal(["b"], admission.Admitted.Select(d => d.Id));
        Assert.Equal([1], admission.Admitted.Select(d => d.Position));
    }

    [Fact]
    public void Admit_IdTakenByOtherContent_GetsHashSuffixAsEmbeddedRuns()
    {
        var book = new AdmissionBook([], new Dictionary<string, string> { ["a"] = "someotherhash" });

        var admission = book.Admit([Raw("a", "text")], Now);

        Assert.StartsWith("a~", admission.Admitted.Single().Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Admit_SameBatchAgainWhileOpen_SameTicketAndIds()
    {
        var book = new AdmissionBook([], new Dictionary<string, string>());
        var first = book.Admit([Raw("a", "1"), Raw("b", "2")], Now);

        var again = book.Admit([Raw("a", "1"), Raw("b", "2")], Now);

        Assert.Equal(first.Ticket, again.Ticket);
        Assert.Equal(first.Admitted, again.Admitted);
        Assert.Equal(1, book.Open);
    }

    [Fact]
    public async Task TakeReady_ArrivalsOutOfOrder_LeaveInTicketOrder()
    {
        var book = new AdmissionBook([], new Dictionary<string, string>());
        var first = book.Admit([Raw("a", "1")], Now);
        var second = book.Admit([Raw("b", "2")], Now);

        Assert.True(book.TryArrive(new ProcessedBatch(second.Epoch, second.Ticket, [Processed(second, "b", "2")], [], "n2"), out var secondDone));
        Assert.Empty(book.TakeReady());
        Assert.True(book.TryArrive(new ProcessedBatch(first.Epoch, first.Ticket, [Processed(first, "a", "1")], [], "n1"), out _));
        var ready = book.TakeReady().ToList();

        Assert.Equal([first.Ticket, second.Ticket], ready.Select(t => t.Admission.Ticket));
        Assert.False(secondDone.IsCompleted);
        book.Stored(ready[1], [Processed(second, "b", "2")], []);
        Assert.Equal(1, (await secondDone).Stored);
    }

    [Fact]
    public async Task TryArrive_OtherEpochOrUnknownTicket_Stale()
    {
        var book = new AdmissionBook([], new Dictionary<string, string>());
        var admission = book.Admit([Raw("a", "1")], Now);

        Assert.False(book.TryArrive(new ProcessedBatch(Guid.NewGuid(), admission.Ticket, [], [], "n"), out var done));
        Assert.True((await done).Stale);
        Assert.False(book.TryArrive(new ProcessedBatch(admission.Epoch, admission.Ticket + 1, [], [], "n"), out _));
    }

    [Fact]
    public void ExpireOldest_LeaseOver_LaterTicketsGoOnAndBatchCanBeAdmittedAgain()
    {
        var book = new AdmissionBook([], new Dictionary<string, string>());
        var lost = book.Admit([Raw("a", "1")], Now);
        var next = book.Admit([Raw("b", "2")], Now);
        Assert.True(book.TryArrive(new ProcessedBatch(next.Epoch, next.Ticket, [Processed(next, "b", "2")], [], "n"), out _));

        Assert.False(book.ExpireOldest(TimeSpan.FromMinutes(2), Now.AddMinutes(1)));
        Assert.True(book.ExpireOldest(TimeSpan.FromMinutes(2), Now.AddMinutes(3)));

        Assert.Equal([next.Ticket], book.TakeReady().Select(t => t.Admission.Ticket));
        var again = book.Admit([Raw("a", "1")], Now.AddMinutes(3));
        Assert.True(again.Ticket > next.Ticket);
        Assert.Equal(lost.Admitted.Single().Id, again.Admitted.Single().Id);
    }

    private static RawDocument Raw(string id, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new RawDocument(id, new SourceInfo(id + ".txt", null, SourceKind.PlainText), bytes, ContentChecks.Hash(bytes), DocumentHints.None);
    }

    private static Article Processed(Admission admission, string id, string text) => admission.DocumentsOf([Raw(id, text)]).Single().ToArticle();
}
