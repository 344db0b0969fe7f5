# case: SpecAugment time+frequency masks built from arange comparisons with random starts -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpecAugment(nn.Cell):
    def __init__(self, freq_width=4, time_width=8, n_freq_masks=2, n_time_masks=2, seed=7):
        super().__init__()
        self.freq_width = freq_width
        self.time_width = time_width
        self.n_freq_masks = n_freq_masks
        self.n_time_masks = n_time_masks
        self.uniform = ops.UniformReal(seed=seed)

    def _band_mask(self, size, width, batch):
        start = self.uniform((batch, 1)) * (size - width)
        length = self.uniform((batch, 1)) * width
        pos = ops.arange(size).astype(ms.float32).expand_dims(0)
        return ops.logical_and(pos >= start, pos < start + length)

    def construct(self, spec):
        # spec: (B, F, T)
        b, f, t = spec.shape
        mask = ops.zeros((b, f, t), ms.bool_)
        for _ in range(self.n_freq_masks):
            mask = ops.logical_or(mask, self._band_mask(f, self.freq_width, b).expand_dims(2))
        for _ in range(self.n_time_masks):
            mask = ops.logical_or(mask, self._band_mask(t, self.time_width, b).expand_dims(1))
        return ops.where(mask, ops.zeros_like(spec), spec)


def make():
    np.random.seed(4)
    spec = Tensor(np.random.randn(2, 20, 30).astype(np.float32))
    return SpecAugment(), (spec,)
