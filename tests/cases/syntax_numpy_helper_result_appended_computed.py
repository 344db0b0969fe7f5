# case: a helper's NumPy-computed value appended after arithmetic on it in the loop -> LAX dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandStretch(nn.Cell):
    def __init__(self, rgb=(2, 1, 0)):
        super().__init__()
        self.rgb = rgb

    def stretch(self, band):
        lo, hi = np.percentile(band.asnumpy(), [2.0, 98.0])
        return ops.clamp((band - lo) / (hi - lo + 1e-6), 0.0, 1.0)

    def construct(self, scene):
        channels = []
        for b in self.rgb:
            channels.append(self.stretch(scene[b]) * 2.0 - 1.0)
        return ops.stack(channels, axis=-1)


def make():
    np.random.seed(12)
    return BandStretch(), (Tensor((np.random.rand(4, 6, 6) * 3000).astype(np.float32)),)
