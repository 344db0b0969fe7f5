# case: calibration histogram over quantized codes with num_segments fixed to 2**bits from config, accumulated in a Parameter -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FixedBinCodeHistogram(nn.Cell):
    def __init__(self, num_bits=4, accumulate=True):
        super().__init__()
        self.num_bins = 2 ** num_bits
        self.accumulate = accumulate
        self.hist = Parameter(Tensor(np.zeros(self.num_bins, np.float32)), name="hist", requires_grad=False)

    def encode(self, x):
        lo, hi = x.min(), x.max()
        scale = (hi - lo) / (self.num_bins - 1)
        codes = ops.round((x - lo) / scale).astype(ms.int32)
        return ops.clamp(codes, 0, self.num_bins - 1)

    def construct(self, x):
        codes = self.encode(x).reshape(-1)
        ones = ops.ones(codes.shape, ms.float32)
        hist = ops.unsorted_segment_sum(ones, codes, self.num_bins)
        if self.accumulate:
            ops.assign(self.hist, self.hist + hist)
        return hist / codes.shape[0]


def make():
    np.random.seed(115)
    x = Tensor(np.random.randn(64).astype(np.float32))
    return FixedBinCodeHistogram(), (x,)
