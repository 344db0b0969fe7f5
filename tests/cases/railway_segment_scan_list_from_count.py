# case: inspection run split into a number of segments read from a tensor, per-segment maxima collected in a list -> loop bound from tensor value, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentScanner(nn.Cell):
    def __init__(self, seg_len=10):
        super().__init__()
        self.seg_len = seg_len

    def construct(self, rail_profile, n_segments):
        peaks = []
        for i in range(int(n_segments)):
            seg = rail_profile[i * self.seg_len:(i + 1) * self.seg_len]
            peaks.append(seg.max())
        return ops.stack(peaks)


def make():
    np.random.seed(9)
    prof = Tensor(np.random.randn(60).astype(np.float32))
    return SegmentScanner(), (prof, Tensor(4, ms.int32))
