# case: SpecAugment time and frequency masks built by comparing aranges against random tensor bounds (fixed shape) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RangeMask(nn.Cell):
    def __init__(self, max_width, axis, seed=0):
        super().__init__()
        self.max_width = max_width
        self.axis = axis
        self.rand = ops.UniformReal(seed=seed)

    def construct(self, spec):
        size = spec.shape[self.axis]
        u = self.rand((2,))
        width = ops.floor(u[0] * (self.max_width + 1))
        start = ops.floor(u[1] * (size - width))
        pos = ops.arange(size).astype(ms.float32)
        keep = ops.logical_or(pos < start, pos >= start + width)
        if self.axis == 1:
            keep = keep.reshape(1, size, 1)
        else:
            keep = keep.reshape(1, 1, size)
        return ops.where(keep, spec, ops.zeros_like(spec))


class SpecAugment(nn.Cell):
    def __init__(self, freq_width=5, time_width=4, n_freq_masks=2, n_time_masks=2):
        super().__init__()
        self.freq_masks = nn.CellList([RangeMask(freq_width, 1, seed=i) for i in range(n_freq_masks)])
        self.time_masks = nn.CellList([RangeMask(time_width, 2, seed=10 + i) for i in range(n_time_masks)])

    def construct(self, spec):
        for m in self.freq_masks:
            spec = m(spec)
        for m in self.time_masks:
            spec = m(spec)
        return spec


def make():
    np.random.seed(13)
    spec = Tensor(np.random.rand(2, 24, 30).astype(np.float32))
    return SpecAugment(), (spec,)
