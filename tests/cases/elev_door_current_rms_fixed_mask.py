# case: computes door-motor RMS and over-threshold fraction using a float mask multiplied in instead of selecting samples -> fixed-size arithmetic, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DoorCurrentStats(nn.Cell):
    def __init__(self, stall_amps=4.5):
        super().__init__()
        self.stall_amps = stall_amps

    def construct(self, current):
        mask = (current > self.stall_amps).astype(ms.float32)
        n_over = mask.sum(axis=-1)
        over_mean = (current * mask).sum(axis=-1) / ops.maximum(n_over, 1.0)
        rms = ops.sqrt((current * current).mean(axis=-1))
        frac = n_over / current.shape[-1]
        return ops.stack([rms, over_mean, frac], axis=-1)


def make():
    np.random.seed(3)
    current = np.random.normal(2.0, 0.4, (3, 48)).astype(np.float32)
    current[1, 10:18] += 3.0
    return DoorCurrentStats(), (Tensor(current),)
