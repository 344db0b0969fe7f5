# case: two-sided CUSUM with reset implemented by a static loop over time and ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoSidedCusum(nn.Cell):
    def __init__(self, k=0.5, h=4.0, reset_on_alarm=True):
        super().__init__()
        self.k = k
        self.h = h
        self.reset_on_alarm = reset_on_alarm

    def _standardise(self, x):
        mu = x.mean(axis=1, keep_dims=True)
        sd = x.std(axis=1, keepdims=True) + 1e-5
        return (x - mu) / sd

    def construct(self, x):
        # x: (batch, time)
        z = self._standardise(x)
        steps = x.shape[1]
        pos = ops.zeros((x.shape[0],), ms.float32)
        neg = ops.zeros((x.shape[0],), ms.float32)
        alarms = []
        for t in range(steps):
            pos = ops.relu(pos + z[:, t] - self.k)
            neg = ops.relu(neg - z[:, t] - self.k)
            hit = ops.logical_or(pos > self.h, neg > self.h)
            if self.reset_on_alarm:
                pos = ops.select(hit, ops.zeros_like(pos), pos)
                neg = ops.select(hit, ops.zeros_like(neg), neg)
            alarms.append(hit.astype(ms.float32))
        alarm_map = ops.stack(alarms, axis=1)
        return alarm_map, alarm_map.sum(axis=1)


def make():
    np.random.seed(1)
    x = np.random.randn(3, 24).astype(np.float32)
    x[:, 12:] += 3.0
    return TwoSidedCusum(), (Tensor(x),)
