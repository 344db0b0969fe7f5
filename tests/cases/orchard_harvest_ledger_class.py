# case: build a plain Python ledger object inside construct to tally picked bins per crew and return it -> plain class instance created and returned in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HarvestLedger:
    def __init__(self, crews):
        self.crews = crews
        self.total = 0.0

    def add(self, bins):
        self.total = self.total + bins
        return self


class CrewTally(nn.Cell):
    def __init__(self, n_crews=3):
        super().__init__()
        self.n_crews = n_crews

    def construct(self, bins_by_crew):
        ledger = HarvestLedger(self.n_crews)
        for i in range(self.n_crews):
            ledger.add(bins_by_crew[i].sum())
        return ledger


def make():
    np.random.seed(71)
    bins = Tensor(np.random.randint(5, 20, size=(3, 8)).astype(np.float32))
    return CrewTally(), (bins,)
