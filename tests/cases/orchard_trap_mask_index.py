# case: average codling-moth counts only over traps above the action threshold using boolean-mask indexing -> data-dependent shape, Graph mode should go dynamic or reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrapAlertSummary(nn.Cell):
    def __init__(self, action_threshold=12.0):
        super().__init__()
        self.action_threshold = action_threshold
        self.smooth = nn.AvgPool1d(kernel_size=3, stride=1, pad_mode="same")

    def weekly_counts(self, daily):
        # daily: (traps, 7) -> smoothed weekly totals per trap
        smoothed = self.smooth(daily.expand_dims(1)).squeeze(1)
        return smoothed.sum(axis=1)

    def construct(self, daily):
        weekly = self.weekly_counts(daily)
        alarm = weekly > self.action_threshold
        hot_traps = weekly[alarm]
        return hot_traps.mean(), alarm.astype(ms.int32).sum()


def make():
    np.random.seed(17)
    daily = Tensor(np.random.poisson(2.5, size=(30, 7)).astype(np.float32))
    return TrapAlertSummary(), (daily,)
