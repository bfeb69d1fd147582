using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Easel.Functions;

/// <summary>Lets a trigger return the shared API's <see cref="IResult"/> as the <see cref="IActionResult"/> the Functions ASP.NET Core integration executes.</summary>
public sealed class ResultAction(IResult result) : IActionResult
{
    public IResult Result { get; } = result;

    public Task ExecuteResultAsync(ActionContext context) => Result.ExecuteAsync(context.HttpContext);
}
