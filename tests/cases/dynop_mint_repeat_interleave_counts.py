# case: mint.repeat_interleave with per-row counts that are tensor data (hazard)
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor


class Expand(nn.Cell):
    def construct(self, tokens, durations):
        return mint.repeat_interleave(tokens, durations, dim=0)


def make():
    return Expand(), (Tensor(np.ones((4, 8), np.float32)), Tensor(np.array([1, 2, 0, 3], np.int64)))
