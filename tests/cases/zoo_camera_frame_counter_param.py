# case: count processed camera clips in a non-trainable Parameter updated with ops.assign_add -> Parameter side effect supported, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ClipActivityCounterParam(nn.Cell):
    def __init__(self, n_pixels=64):
        super().__init__()
        self.clips_seen = Parameter(Tensor(0, ms.int32), name="clips_seen", requires_grad=False)
        self.proj = nn.Dense(n_pixels, 4)
        self.one = Tensor(1, ms.int32)

    def construct(self, clip):
        diff = ops.abs(clip[1:] - clip[:-1])
        feat = self.proj(diff).mean(axis=0)
        ops.assign_add(self.clips_seen, self.one)
        return feat, self.clips_seen


def make():
    np.random.seed(102)
    return ClipActivityCounterParam(), (Tensor(np.random.rand(10, 64).astype(np.float32)),)
