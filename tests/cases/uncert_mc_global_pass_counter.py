# case: MC-dropout regressor increments a module-level global counter of stochastic passes inside construct -> global statement mutating Python state in graph, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MC_PASSES_DONE = 0


class MCDropoutRegressor(nn.Cell):
    def __init__(self, in_dim=4, hidden=12, p=0.2, samples=5):
        super().__init__()
        self.l1 = nn.Dense(in_dim, hidden)
        self.l2 = nn.Dense(hidden, 1)
        self.p = p
        self.samples = samples

    def construct(self, x):
        global MC_PASSES_DONE
        preds = []
        for _ in range(self.samples):
            h = ops.dropout(ops.relu(self.l1(x)), p=self.p, training=True)
            preds.append(self.l2(h))
            MC_PASSES_DONE = MC_PASSES_DONE + 1
        stacked = ops.stack(preds, axis=0)
        return stacked.mean(axis=0), stacked.var(axis=0)


def make():
    np.random.seed(0)
    net = MCDropoutRegressor()
    x = Tensor(np.random.randn(8, 4).astype(np.float32))
    return net, (x,)
