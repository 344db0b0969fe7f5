# case: selects a fixed number of keyframes by motion magnitude with topk where k comes from the constructor -> constant k, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeyframeSelector(nn.Cell):
    def __init__(self, num_keyframes=4):
        super().__init__()
        self.k = num_keyframes

    def motion_score(self, clip):
        vel = clip[1:] - clip[:-1]
        score = ops.sqrt((vel * vel).sum(axis=-1)).mean(axis=-1)
        return ops.concat((score[:1], score), axis=0)

    def construct(self, clip):
        # clip: (T, J, 2)
        score = self.motion_score(clip)
        _, idx = ops.topk(score, self.k)
        idx, _ = ops.sort(idx.astype(ms.float32))
        return ops.gather(clip, idx.astype(ms.int32), 0)


def make():
    np.random.seed(36)
    return KeyframeSelector(), (Tensor(np.random.randn(10, 21, 2).astype(np.float32)),)
