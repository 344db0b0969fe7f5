# case: histogram equalisation of a panchromatic band using unique_consecutive counts of sorted quantised values -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PanHistogramEqualize(nn.Cell):
    def __init__(self, levels=64, max_value=1.0):
        super().__init__()
        self.levels = levels
        self.max_value = max_value

    def quantize(self, band):
        q = ops.floor(band / self.max_value * (self.levels - 1))
        return ops.clamp(q, 0, self.levels - 1).astype(ms.int32)

    def construct(self, pan):
        q = self.quantize(pan).reshape(-1)
        sorted_q, _ = ops.sort(q.astype(ms.float32))
        values, counts = ops.unique_consecutive(sorted_q.astype(ms.int32), return_counts=True)
        cdf = ops.cumsum(counts.astype(ms.float32), 0)
        cdf = cdf / cdf[-1]
        lut = ops.zeros((self.levels,), ms.float32)
        lut = ops.tensor_scatter_update(lut, values.reshape(-1, 1), cdf)
        return ops.gather(lut, q, 0).reshape(pan.shape)


def make():
    np.random.seed(22)
    pan = Tensor((np.random.rand(16, 16) ** 2).astype(np.float32))
    return PanHistogramEqualize(), (pan,)
