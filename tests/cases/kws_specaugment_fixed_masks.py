# case: SpecAugment time and frequency masks built from random start tensors with arange comparisons (fixed mask size) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def band_mask(size, start, width):
    """start, width: (B,) int tensors -> (B, size) bool mask of the band."""
    pos = ops.arange(size).expand_dims(0)
    s = start.expand_dims(1)
    return ops.logical_and(pos >= s, pos < s + width.expand_dims(1))


class SpecAugment(nn.Cell):
    def __init__(self, max_time_width=6, max_freq_width=3, mask_value=0.0):
        super().__init__()
        self.max_tw = max_time_width
        self.max_fw = max_freq_width
        self.mask_value = mask_value

    def construct(self, spec, t_start, t_frac, f_start, f_frac):
        # spec: (B, F, T); *_frac in [0, 1)
        b, f, t = spec.shape
        tw = (t_frac * self.max_tw).astype(ms.int32)
        fw = (f_frac * self.max_fw).astype(ms.int32)
        tmask = band_mask(t, t_start, tw).expand_dims(1)
        fmask = band_mask(f, f_start, fw).expand_dims(2)
        masked = ops.logical_or(tmask, fmask)
        return ops.masked_fill(spec, masked, self.mask_value)


def make():
    np.random.seed(33)
    spec = np.random.randn(2, 10, 30).astype(np.float32)
    t_start = Tensor(np.random.randint(0, 24, size=2).astype(np.int32))
    f_start = Tensor(np.random.randint(0, 7, size=2).astype(np.int32))
    t_frac = Tensor(np.random.rand(2).astype(np.float32))
    f_frac = Tensor(np.random.rand(2).astype(np.float32))
    return SpecAugment(), (Tensor(spec), t_start, t_frac, f_start, f_frac)
