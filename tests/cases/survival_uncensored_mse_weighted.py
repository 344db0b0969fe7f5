# case: auxiliary MSE on log survival time for uncensored patients using the event indicator as a weight -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedLogTimeLoss(nn.Cell):
    def __init__(self, in_dim=7, censor_weight=0.0):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, 12), nn.ReLU(), nn.Dense(12, 1)])
        self.censor_weight = censor_weight

    def construct(self, x, times, events):
        pred = self.net(x).squeeze(-1)
        target = ops.log(times + 1.0)
        w = events + (1.0 - events) * self.censor_weight
        # hinge for censored: only penalise predictions below observed time
        err = ops.select(events > 0.5, pred - target, ops.relu(target - pred))
        return (w * err ** 2).sum() / ops.clamp(w.sum(), min=1.0)


def make():
    np.random.seed(13)
    x = Tensor(np.random.randn(9, 7).astype(np.float32))
    times = Tensor(np.random.rand(9).astype(np.float32) * 60)
    events = Tensor(np.array([1, 0, 1, 1, 1, 0, 0, 1, 1], dtype=np.float32))
    return WeightedLogTimeLoss(censor_weight=0.3), (x, times, events)
