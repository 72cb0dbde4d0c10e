#include "SubCommand.h"

std::vector<std::unique_ptr<SubCommand>> SubCommand::all()
{
    std::vector<std::unique_ptr<SubCommand>> commands;
    for (auto make : {makeListCommand, makeImportCommand, makeExportCommand, makeChartCommand, makeSetCommand, makeCheckCommand,
                      makeBackupCommand, makeRestoreCommand, makeVerifyCommand, makeReviewCommand, makeAgenciesCommand, makeRollUpCommand,
                      makeAccessCommand})
        commands.push_back(make());
    return commands;
}
