# case: module-level violation tally incremented from construct via a global statement -> global state mutation in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VIOLATION_TALLY = 0


class HydrantZoneMonitor(nn.Cell):
    def __init__(self, max_stop_sec=60.0):
        super().__init__()
        self.max_stop_sec = max_stop_sec

    def construct(self, stop_seconds, near_hydrant):
        global VIOLATION_TALLY
        flags = ops.logical_and(stop_seconds > self.max_stop_sec, near_hydrant)
        n = flags.astype(ms.int32).sum()
        VIOLATION_TALLY = VIOLATION_TALLY + n
        return flags, VIOLATION_TALLY


def make():
    np.random.seed(23)
    stops = Tensor(np.random.uniform(0, 180, 14).astype(np.float32))
    near = Tensor(np.random.rand(14) > 0.6)
    return HydrantZoneMonitor(), (stops, near)
