# case: hazard scorer accepts follow-up horizon either as a Python float or a tensor, dispatching with isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HorizonSurvival(nn.Cell):
    def __init__(self, in_dim=6):
        super().__init__()
        self.log_rate = nn.Dense(in_dim, 1)

    def construct(self, x, horizon):
        rate = ops.exp(self.log_rate(x).squeeze(-1))
        if isinstance(horizon, float):
            t = ops.fill(ms.float32, rate.shape, horizon)
        else:
            t = horizon.astype(ms.float32)
        return ops.exp(-rate * t)


def make():
    np.random.seed(37)
    x = Tensor(np.random.randn(6, 6).astype(np.float32))
    return HorizonSurvival(), (x, 12.0)
