# case: calibration histogram over quantized codes uses unsorted_segment_sum with num_segments taken from the max code (tensor -> int) -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CodeHistogram(nn.Cell):
    def __init__(self, num_bits=4):
        super().__init__()
        self.num_bits = num_bits
        self.qmax = 2 ** num_bits - 1

    def encode(self, x):
        lo, hi = x.min(), x.max()
        scale = (hi - lo) / self.qmax
        return ops.round((x - lo) / scale).astype(ms.int32)

    def construct(self, x):
        codes = self.encode(x).reshape(-1)
        num_bins = int(codes.max()) + 1
        ones = ops.ones_like(codes).astype(ms.float32)
        hist = ops.unsorted_segment_sum(ones, codes, num_bins)
        return hist / codes.shape[0]


def make():
    np.random.seed(16)
    x = Tensor(np.random.randn(64).astype(np.float32))
    return CodeHistogram(), (x,)
