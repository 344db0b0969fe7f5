# case: if the maximum delay exceeds a threshold a recovery column is concatenated, else the matrix is returned as is -> branches with different shapes, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimetableAdjuster(nn.Cell):
    def __init__(self, disruption_minutes=15.0, recovery_rate=0.2):
        super().__init__()
        self.disruption_minutes = disruption_minutes
        self.recovery_rate = recovery_rate

    def recovery(self, delays):
        return (delays[:, -1:] * (1.0 - self.recovery_rate))

    def construct(self, delays):
        if delays.max() > self.disruption_minutes:
            out = ops.concat((delays, self.recovery(delays)), axis=1)
        else:
            out = delays
        return out


def make():
    np.random.seed(8)
    delays = Tensor(np.random.uniform(0, 25, size=(5, 6)).astype(np.float32))
    return TimetableAdjuster(), (delays,)
