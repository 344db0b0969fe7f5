# case: picks motor-current samples above the stall threshold with masked_select and averages them for door-fault scoring -> masked_select gives a data-dependent length, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DoorFaultDetector(nn.Cell):
    def __init__(self, stall_amps=4.5, nominal_amps=2.0):
        super().__init__()
        self.stall_amps = stall_amps
        self.nominal_amps = nominal_amps

    def construct(self, current):
        over = current > self.stall_amps
        spikes = ops.masked_select(current, over)
        spike_mean = spikes.mean() if spikes.shape[0] > 0 else ops.zeros((), ms.float32)
        baseline = current.mean()
        ratio = (spike_mean - self.nominal_amps) / (baseline + 1e-3)
        return ratio, over.astype(ms.float32).sum()


def make():
    np.random.seed(1)
    current = np.random.normal(2.0, 0.4, (64,)).astype(np.float32)
    current[20:26] += 3.5
    return DoorFaultDetector(), (Tensor(current),)
