# case: loop for i in range(int(n_segments)) where n_segments comes from the input tensor, averaging fixed-size segments -> error or dynamic loop count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentAverager(nn.Cell):
    def __init__(self, seg_len=5):
        super().__init__()
        self.seg_len = seg_len

    def construct(self, frames, n_segments):
        acc = ops.zeros((frames.shape[1],), ms.float32)
        for i in range(int(n_segments)):
            seg = frames[i * self.seg_len:(i + 1) * self.seg_len]
            acc = acc + seg.mean(axis=0)
        return acc / n_segments.astype(ms.float32)


def make():
    np.random.seed(17)
    frames = Tensor(np.random.randn(30, 8).astype(np.float32))
    return SegmentAverager(), (frames, Tensor(4, ms.int32))
