# case: gauge record trimmed to its number of recorded days, computed as a tensor sum and used as slice end series[:n] -> dynamic shape or error from tensor slice bound
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecordedPeriodStats(nn.Cell):
    def __init__(self, flow_floor=0.0):
        super().__init__()
        self.flow_floor = flow_floor

    def recorded_length(self, flags):
        return flags.astype(ms.int32).sum()

    def construct(self, stage, recorded_flags):
        n = self.recorded_length(recorded_flags)
        record = stage[:n]
        rise = record[1:] - record[:-1]
        return record.mean(), rise.max()


def make():
    np.random.seed(8)
    stage = np.cumsum(np.random.randn(40)).astype(np.float32) + 5.0
    flags = np.zeros(40, np.float32)
    flags[:29] = 1.0
    return RecordedPeriodStats(), (Tensor(stage), Tensor(flags))
