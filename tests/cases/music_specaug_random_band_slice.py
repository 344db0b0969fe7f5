# case: SpecAugment frequency masking that zeroes a random band by slice-assignment with tensor-drawn start/width -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrequencyMasking(nn.Cell):
    def __init__(self, max_width=6, n_masks=1):
        super().__init__()
        self.max_width = max_width
        self.n_masks = n_masks
        self.uniform = ops.UniformInt(seed=3)

    def draw(self, n_bins):
        width = self.uniform((1,), Tensor(0, ms.int32), Tensor(self.max_width + 1, ms.int32))[0]
        start = self.uniform((1,), Tensor(0, ms.int32), Tensor(n_bins - self.max_width, ms.int32))[0]
        return start, width

    def construct(self, spec):
        # spec: (bins, frames)
        n_bins = spec.shape[0]
        out = spec.copy()
        for _ in range(self.n_masks):
            start, width = self.draw(n_bins)
            band = out[start:start + width]
            out[start:start + width] = ops.zeros_like(band)
        return out


class AugmentedFrontend(nn.Cell):
    def __init__(self, training=True):
        super().__init__()
        self.fmask = FrequencyMasking()
        self.training = training

    def construct(self, spec):
        if self.training:
            spec = self.fmask(spec)
        return ops.log1p(spec)


def make():
    np.random.seed(12)
    spec = Tensor(np.abs(np.random.randn(32, 20)).astype(np.float32))
    return AugmentedFrontend(), (spec,)
