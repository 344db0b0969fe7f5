# case: motion statistics that quantizes flow magnitudes into bins and counts the distinct bins with ops.unique -> dynamic shape (unique output size is data dependent)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MotionHistogram(nn.Cell):
    def __init__(self, bin_size=0.5, max_bins=16):
        super().__init__()
        self.bin_size = bin_size
        self.max_bins = max_bins

    def magnitude(self, flow):
        return ops.sqrt(flow[:, 0] ** 2 + flow[:, 1] ** 2 + 1e-12)

    def construct(self, flow):
        mag = self.magnitude(flow)
        bins = ops.clip_by_value(ops.floor(mag / self.bin_size), 0, self.max_bins - 1)
        bins = bins.astype(ms.int32).reshape(-1)
        distinct, inv = ops.unique(bins)
        return distinct, inv.reshape(mag.shape)


def make():
    np.random.seed(19)
    flow = Tensor((np.random.randn(2, 2, 6, 6) * 1.5).astype(np.float32))
    return MotionHistogram(), (flow,)
