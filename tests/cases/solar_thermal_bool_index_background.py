# case: thermal preprocessing estimates background temperature from pixels below the module median using boolean-mask indexing -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BackgroundSubtract(nn.Cell):
    def __init__(self, clip_max=60.0):
        super().__init__()
        self.clip_max = clip_max

    def construct(self, thermal):
        flat = thermal.reshape(-1)
        med = ops.median(flat)[0]
        background = flat[flat < med].mean()
        delta = thermal - background
        return ops.clamp(delta, 0.0, self.clip_max)


class ThermalAnomalyMap(nn.Cell):
    def __init__(self):
        super().__init__()
        self.bg = BackgroundSubtract()
        self.smooth = nn.AvgPool2d(3, 1, pad_mode='same')

    def construct(self, thermal):
        delta = self.bg(thermal)
        return self.smooth(delta.expand_dims(0)).squeeze(0)


def make():
    np.random.seed(12)
    thermal = np.random.uniform(25, 45, size=(1, 20, 20)).astype(np.float32)
    thermal[0, 5:8, 10:13] += 30.0
    return ThermalAnomalyMap(), (Tensor(thermal),)
