# case: risk model updates a running mean of batch risk by assigning to a plain Python attribute on self inside construct -> attribute write in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CenteredRiskModel(nn.Cell):
    def __init__(self, in_dim=6, momentum=0.9):
        super().__init__()
        self.fc = nn.Dense(in_dim, 1)
        self.momentum = momentum
        self.running_mean = 0.0
        self.num_updates = 0

    def construct(self, x):
        risk = self.fc(x).squeeze(-1)
        batch_mean = risk.mean()
        self.running_mean = self.momentum * self.running_mean + (1 - self.momentum) * batch_mean
        self.num_updates = self.num_updates + 1
        return risk - self.running_mean


def make():
    np.random.seed(20)
    x = Tensor(np.random.randn(7, 6).astype(np.float32))
    return CenteredRiskModel(), (x,)
