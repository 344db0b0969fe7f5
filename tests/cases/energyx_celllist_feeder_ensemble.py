# case: averages an ensemble of feeder load forecasters held in a CellList by iterating over it -> constant loop over sub-cells, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmallForecaster(nn.Cell):
    def __init__(self, history, horizon, hidden):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(history, hidden), nn.ReLU(), nn.Dense(hidden, horizon)])

    def construct(self, x):
        return self.net(x)


class FeederEnsemble(nn.Cell):
    def __init__(self, history=48, horizon=12, hidden_sizes=(8, 16, 32)):
        super().__init__()
        self.members = nn.CellList([SmallForecaster(history, horizon, h) for h in hidden_sizes])

    def construct(self, x):
        preds = []
        for member in self.members:
            preds.append(member(x))
        stacked = ops.stack(preds, axis=0)
        return stacked.mean(axis=0), stacked.std(axis=0)


def make():
    np.random.seed(42)
    x = np.random.uniform(20, 80, size=(2, 48)).astype(np.float32)
    return FeederEnsemble(), (Tensor(x),)
