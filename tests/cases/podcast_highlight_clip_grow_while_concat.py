# case: grow a highlight clip by concatenating frames in a while loop until its accumulated excitement passes a target (tensor condition, changing shape per iteration) -> error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HighlightGrower(nn.Cell):
    def __init__(self, target=3.0):
        super().__init__()
        self.target = target

    def construct(self, frames, excitement):
        clip = frames[0:1]
        total = excitement[0]
        i = 1
        while total < self.target and i < frames.shape[0]:
            clip = ops.concat((clip, frames[i:i + 1]), axis=0)
            total = total + excitement[i]
            i += 1
        return clip.mean(axis=0), total


def make():
    np.random.seed(20)
    frames = Tensor(np.random.randn(12, 6).astype(np.float32))
    exc = Tensor(np.random.uniform(0.2, 0.9, size=(12,)).astype(np.float32))
    return HighlightGrower(), (frames, exc)
