# case: uses ops.nonzero to find positions of foreground labels and sums their coordinates; nonzero has a data-dependent output length, expect dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForegroundCentroid(nn.Cell):
    def construct(self, seg):
        pos = ops.nonzero(seg)
        pos = pos.astype(ms.float32)
        return pos.mean(axis=0)


def make():
    seg = Tensor((np.random.rand(5, 5) > 0.5).astype(np.int32))
    return ForegroundCentroid(), (seg,)
