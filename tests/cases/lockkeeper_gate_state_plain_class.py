# case: build a plain Python GateState record inside construct, update its fields from the sensor tensors and return its total -> plain class instantiated and mutated in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateState:
    def __init__(self, upper, lower):
        self.upper = upper
        self.lower = lower
        self.alarms = 0

    def leakage(self):
        return ops.abs(self.upper - self.lower)


class GateMonitor(nn.Cell):
    def __init__(self, leak_limit=0.15):
        super().__init__()
        self.leak_limit = leak_limit

    def construct(self, upper_seq, lower_seq):
        state = GateState(upper_seq[-1], lower_seq[-1])
        leak = state.leakage()
        state.alarms = (leak > self.leak_limit).astype(ms.float32).sum()
        return leak.mean() + state.alarms


def make():
    np.random.seed(101)
    upper = np.random.rand(20, 3).astype(np.float32)
    lower = np.random.rand(20, 3).astype(np.float32)
    return GateMonitor(), (Tensor(upper), Tensor(lower))
