# case: flight delay predictor keeps a running mean of predicted delay in a Parameter updated with ops.assign -> side effect through Parameter, supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DelayPredictor(nn.Cell):
    def __init__(self, n_features=10, hidden=24, momentum=0.9):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_features, hidden), nn.ReLU(), nn.Dense(hidden, 1)])
        self.momentum = momentum
        self.running_delay = Parameter(Tensor(0.0, ms.float32), name="running_delay", requires_grad=False)

    def construct(self, x):
        delay = self.body(x).squeeze(-1)
        new_mean = self.momentum * self.running_delay + (1 - self.momentum) * delay.mean()
        ops.assign(self.running_delay, new_mean)
        return delay - self.running_delay


def make():
    np.random.seed(112)
    x = Tensor(np.random.randn(16, 10).astype(np.float32))
    return DelayPredictor(), (x,)
