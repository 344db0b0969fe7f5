# case: risk model keeps its running mean of batch risk in a non-trainable Parameter updated with ops.assign -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CenteredRiskModelParam(nn.Cell):
    def __init__(self, in_dim=6, momentum=0.9):
        super().__init__()
        self.fc = nn.Dense(in_dim, 1)
        self.momentum = momentum
        self.running_mean = Parameter(Tensor(0.0, ms.float32), name="running_mean", requires_grad=False)

    def construct(self, x, training=True):
        risk = self.fc(x).squeeze(-1)
        if training:
            new_mean = self.momentum * self.running_mean + (1 - self.momentum) * risk.mean()
            ops.assign(self.running_mean, new_mean)
        return risk - self.running_mean


def make():
    np.random.seed(21)
    x = Tensor(np.random.randn(7, 6).astype(np.float32))
    return CenteredRiskModelParam(), (x, True)
