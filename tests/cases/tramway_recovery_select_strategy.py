# case: choose per trip between holding and short-turning with ops.select on a delay threshold mask -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def hold_seconds(delay_s, max_hold):
    return ops.clip_by_value(-delay_s, 0.0, max_hold)


class StrategySelector(nn.Cell):
    def __init__(self, max_hold_s=120.0, short_turn_gain_s=420.0, threshold_s=480.0):
        super().__init__()
        self.max_hold = max_hold_s
        self.gain = short_turn_gain_s
        self.threshold = threshold_s

    def construct(self, delays_s):
        holds = hold_seconds(delays_s, self.max_hold)
        short_turned = delays_s - self.gain
        use_short = delays_s > self.threshold
        new_delay = ops.select(use_short, short_turned, delays_s + holds)
        return new_delay, use_short.astype(ms.int32).sum()


def make():
    np.random.seed(3098)
    d = np.random.normal(100, 300, size=(14,)).astype(np.float32)
    return StrategySelector(), (Tensor(d),)
