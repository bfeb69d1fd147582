using System.Reflection;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Orchestration.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Easel.Functions.Tests;

public sealed class PaintFunctionsTests
{
    [Fact]
    public void Orchestrator_function_runs_Pipelines_orchestrator_on_its_input()
    {
        var request = new PaintRequest("a goose on the grass", 5, Style: "ukiyo-e", ArtifactPrefix: "abc");
        var context = new ScriptedOrchestrationContext(new PaintInput(request));

        var running = PaintFunctions.Paint(context);

        Assert.False(running.IsCompleted); // waiting on the first activity, as PaintOrchestrator does
        var (name, input) = Assert.Single(context.Calls);
        Assert.Equal(ActivityNames.AnalyzeText, name);
        Assert.Equal(new AnalyzeTextInput("a goose on the grass", "ukiyo-e"), input);
        var status = Assert.IsType<PaintStatus>(Assert.Single(context.Statuses));
        Assert.Equal(("started", "abc"), (status.Stage, status.Prefix));
    }

    [Fact]
    public void Every_activity_of_Pipeline_has_a_function_of_the_same_name()
    {
        var functions = typeof(PaintFunctions).GetMethods()
            .Select(m => (Method: m, Function: m.GetCustomAttribute<FunctionAttribute>()))
            .Where(f => f.Function is not null)
            .ToList();
        var activityFunctions = functions
            .Where(f => f.Method.GetParameters().Any(p => p.GetCustomAttribute<ActivityTriggerAttribute>() is not null))
            .Select(f => f.Function!.Name)
            .Order();
        var registered = PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(Path.GetTempPath()))).Keys.Order();

        Assert.Equal(registered, activityFunctions);
        Assert.Contains(functions, f => f.Function!.Name == ActivityNames.Orchestrator
            && f.Method.GetParameters().Single().GetCustomAttribute<OrchestrationTriggerAttribute>() is not null);
    }

    [Fact]
    public void Every_activity_function_takes_and_returns_the_types_of_its_activity()
    {
        var activities = PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(Path.GetTempPath())));
        var functions = typeof(PaintFunctions).GetMethods()
            .Select(m => (Method: m, Name: m.GetCustomAttribute<FunctionAttribute>()?.Name,
                Trigger: m.GetParameters().SingleOrDefault(p => p.GetCustomAttribute<ActivityTriggerAttribute>() is not null)))
            .Where(f => f.Name is not null && f.Trigger is not null)
            .ToList();

        Assert.Equal(activities.Count, functions.Count);
        foreach (var (method, name, trigger) in functions)
        {
            var activity = activities[name!];
            Assert.Equal(name, activity.GetType().Name); // named after its task, as Durable's analyzers look it up
            Assert.True(activity.InputType == trigger!.ParameterType, $"{name} takes {trigger.ParameterType.Name}, the activity {activity.InputType.Name}");
            Assert.True(typeof(Task<>).MakeGenericType(activity.OutputType) == method.ReturnType,
                $"{name} returns {method.ReturnType.Name}, the activity {activity.OutputType.Name}");
        }
    }

    [Fact]
    public void Every_typed_call_names_the_activity_whose_types_it_carries()
    {
        var activities = PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(Path.GetTempPath())));
        var calls = typeof(ActivityCalls).GetMethods(BindingFlags.Public | BindingFlags.Static);

        Assert.Equal(activities.Keys.Order(), calls.Select(c => c.Name["Call".Length..^"Async".Length]).Order());
        foreach (var call in calls)
        {
            var context = new ScriptedOrchestrationContext(new object());
            var input = call.GetParameters()[1];
            call.Invoke(null, [context, null]);
            var (name, _) = Assert.Single(context.Calls);
            Assert.Equal($"Call{name}Async", call.Name);
            Assert.Equal(activities[name].InputType, input.ParameterType);
            Assert.Equal(typeof(Task<>).MakeGenericType(activities[name].OutputType), call.ReturnType);
        }
    }

    [Fact]
    public async Task Activity_function_calls_the_registered_activity()
    {
        var activities = PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(Path.GetTempPath())));
        var functions = new PaintFunctions(activities);

        var output = await functions.AnalyzeText(new AnalyzeTextInput("a goose on the grass", null), new FakeFunctionContext());

        var direct = (AnalyzeTextOutput)(await activities[ActivityNames.AnalyzeText].RunAsync(new FunctionActivityContext(ActivityNames.AnalyzeText, "direct"), new AnalyzeTextInput("a goose on the grass", null)))!;
        Assert.Equal(direct.Scene.Elements, output.Scene.Elements);
    }
}
