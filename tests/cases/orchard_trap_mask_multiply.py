# case: average codling-moth counts over traps above the action threshold by multiplying with a 0/1 mask -> static shapes, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrapAlertSummary(nn.Cell):
    def __init__(self, action_threshold=12.0):
        super().__init__()
        self.action_threshold = action_threshold
        self.smooth = nn.AvgPool1d(kernel_size=3, stride=1, pad_mode="same")

    def weekly_counts(self, daily):
        smoothed = self.smooth(daily.expand_dims(1)).squeeze(1)
        return smoothed.sum(axis=1)

    def construct(self, daily):
        weekly = self.weekly_counts(daily)
        alarm = (weekly > self.action_threshold).astype(ms.float32)
        n_hot = alarm.sum()
        hot_mean = (weekly * alarm).sum() / ops.maximum(n_hot, 1.0)
        return hot_mean, n_hot


def make():
    np.random.seed(18)
    daily = Tensor(np.random.poisson(2.5, size=(30, 7)).astype(np.float32))
    return TrapAlertSummary(), (daily,)
