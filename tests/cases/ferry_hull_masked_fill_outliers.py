# case: hull vibration preprocessor masks saturated accelerometer samples with masked_fill before computing RMS per channel -> same-shape masking, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SaturationGuard(nn.Cell):
    def __init__(self, full_scale=4.0):
        super().__init__()
        self.full_scale = full_scale

    def construct(self, accel):
        saturated = ops.abs(accel) >= self.full_scale
        clean = ops.masked_fill(accel, saturated, 0.0)
        valid = ops.cast(ops.logical_not(saturated), ms.float32).sum(axis=-1)
        rms = ops.sqrt((clean * clean).sum(axis=-1) / ops.maximum(valid, 1.0))
        return rms


def make():
    np.random.seed(39)
    accel = np.random.randn(3, 24).astype(np.float32)
    accel[1, 4] = 5.0
    return SaturationGuard(), (Tensor(accel),)
