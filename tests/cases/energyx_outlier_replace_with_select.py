# case: replaces spike readings by the household median using ops.select instead of boolean indexing -> fixed shapes throughout, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpikeReplacer(nn.Cell):
    def __init__(self, spike_factor=3.0):
        super().__init__()
        self.spike_factor = spike_factor

    def robust_center(self, readings):
        sorted_r, _ = ops.sort(readings, axis=-1)
        mid = readings.shape[-1] // 2
        return sorted_r[:, mid:mid + 1]

    def construct(self, readings):
        center = self.robust_center(readings)
        is_spike = readings > center * self.spike_factor
        fill = ops.broadcast_to(center, readings.shape)
        return ops.select(is_spike, fill, readings)


def make():
    np.random.seed(31)
    r = np.random.uniform(0.5, 2.0, size=(4, 24)).astype(np.float32)
    r[1, 7] = 15.0
    r[3, 20] = 11.0
    return SpikeReplacer(), (Tensor(r),)
