# case: auxiliary MSE on predicted log survival time computed only for uncensored patients via boolean-mask indexing -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogTimeRegressor(nn.Cell):
    def __init__(self, in_dim=7):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, 12), nn.ReLU(), nn.Dense(12, 1)])

    def construct(self, x, times, events):
        pred = self.net(x).squeeze(-1)
        observed = events > 0.5
        pred_obs = pred[observed]
        target = ops.log(times[observed] + 1.0)
        return ((pred_obs - target) ** 2).mean()


def make():
    np.random.seed(12)
    x = Tensor(np.random.randn(9, 7).astype(np.float32))
    times = Tensor(np.random.rand(9).astype(np.float32) * 60)
    events = Tensor(np.array([1, 0, 1, 1, 1, 0, 0, 1, 1], dtype=np.float32))
    return LogTimeRegressor(), (x, times, events)
