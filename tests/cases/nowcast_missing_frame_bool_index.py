# case: drop missing radar frames by boolean-mask indexing the time axis before averaging -> boolean indexing gives data-dependent shape, dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValidFrameMean(nn.Cell):
    def __init__(self, missing_value=-999.0):
        super().__init__()
        self.missing_value = missing_value

    def frame_valid(self, seq):
        # a frame is missing when every pixel carries the fill value
        return (seq != self.missing_value).any(axis=(1, 2))

    def construct(self, seq):
        # seq: (T, H, W)
        valid = self.frame_valid(seq)
        kept = seq[valid]
        return kept.mean(axis=0)


def make():
    np.random.seed(5)
    seq = np.random.rand(6, 8, 8).astype(np.float32)
    seq[2] = -999.0
    seq[4] = -999.0
    return ValidFrameMean(), (Tensor(seq),)
