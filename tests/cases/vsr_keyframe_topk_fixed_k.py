# case: selects a fixed number of keyframes (constructor k) by motion score with topk and gathers them -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedKeyframes(nn.Cell):
    def __init__(self, k=3, sort_by_time=True):
        super().__init__()
        self.k = k
        self.sort_by_time = sort_by_time

    def construct(self, clip):
        t = clip.shape[0]
        d = ops.abs(clip[1:] - clip[:-1]).mean(axis=(1, 2, 3))
        scores = ops.cat((ops.zeros((1,), d.dtype), d))
        k = min(self.k, t)
        _, idx = ops.topk(scores, k)
        if self.sort_by_time:
            idx, _ = ops.sort(idx.astype(ms.float32))
            idx = idx.astype(ms.int32)
        return ops.gather(clip, idx, 0)


def make():
    np.random.seed(12)
    clip = Tensor(np.random.rand(7, 3, 6, 6).astype(np.float32))
    return FixedKeyframes(), (clip,)
