# case: a @ms.jit_class holding recovery limits is only read inside construct -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RecoveryLimits:
    def __init__(self, max_hold_s, short_turn_delay_s):
        self.max_hold = max_hold_s
        self.short_turn_delay = short_turn_delay_s

    def holds(self, delays_s):
        return ops.clip_by_value(-delays_s, 0.0, self.max_hold)


class LimitedRecovery(nn.Cell):
    def __init__(self):
        super().__init__()
        self.limits = RecoveryLimits(120.0, 480.0)

    def construct(self, delays_s):
        h = self.limits.holds(delays_s)
        st = (delays_s > self.limits.short_turn_delay).astype(ms.int32)
        return h, st.sum()


def make():
    np.random.seed(3082)
    d = np.random.normal(60, 250, size=(14,)).astype(np.float32)
    return LimitedRecovery(), (Tensor(d),)
