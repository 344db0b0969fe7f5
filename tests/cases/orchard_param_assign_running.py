# case: a yield forecaster keeps a running mean of predicted kg per tree in a Parameter updated with ops.assign -> Parameter side effect, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RowYieldForecaster(nn.Cell):
    def __init__(self, n_features=5, hidden=12, momentum=0.9):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_features, hidden), nn.Tanh(), nn.Dense(hidden, 1)])
        self.momentum = momentum
        self.running_kg = Parameter(Tensor(0.0, ms.float32), name="running_kg", requires_grad=False)

    def construct(self, row_feats):
        kg_per_tree = self.body(row_feats).squeeze(-1)
        new_mean = self.momentum * self.running_kg + (1 - self.momentum) * kg_per_tree.mean()
        ops.assign(self.running_kg, new_mean)
        return kg_per_tree.sum(), self.running_kg


def make():
    np.random.seed(82)
    feats = Tensor(np.random.rand(18, 5).astype(np.float32))
    return RowYieldForecaster(), (feats,)
