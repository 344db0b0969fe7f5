# case: selects the k highest-motion keyframes with topk where k = int() of a tensor computed from the clip -> error or dynamic (k derived from tensor data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeyframeSelector(nn.Cell):
    def __init__(self, ratio=0.5):
        super().__init__()
        self.ratio = ratio

    def motion_scores(self, clip):
        d = ops.abs(clip[1:] - clip[:-1]).mean(axis=(1, 2, 3))
        return ops.cat((d[:1], d))

    def construct(self, clip):
        scores = self.motion_scores(clip)
        n_active = (scores > scores.mean()).sum()
        k = int(n_active)
        vals, idx = ops.topk(scores, k)
        return ops.gather(clip, idx, 0), vals


def make():
    np.random.seed(11)
    clip = Tensor(np.random.rand(8, 3, 6, 6).astype(np.float32))
    return KeyframeSelector(), (clip,)
