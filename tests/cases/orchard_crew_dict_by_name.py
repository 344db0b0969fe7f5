# case: harvest crew summary builds a dict keyed by crew name in construct and fills it in a loop over crews before returning it -> dict created and mutated in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CREW_NAMES = ("north", "south", "packhouse")


class CrewSummary(nn.Cell):
    def __init__(self, names=CREW_NAMES, bins_per_hour=1.4):
        super().__init__()
        self.names = names
        self.bins_per_hour = bins_per_hour

    def construct(self, bins_by_crew):
        summary = {}
        for i, name in enumerate(self.names):
            summary[name] = bins_by_crew[i].sum() / self.bins_per_hour
        return summary


def make():
    np.random.seed(171)
    bins = Tensor(np.random.randint(4, 18, size=(3, 6)).astype(np.float32))
    return CrewSummary(), (bins,)
