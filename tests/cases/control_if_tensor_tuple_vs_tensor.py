# case: one branch of a tensor-valued if returns a tuple and the other a single tensor, so the branch outputs have different types and graph mode fails to join them
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaybeSplit(nn.Cell):
    def construct(self, x):
        if x.sum() > 0:
            result = ops.split(x, 2, axis=0)
        else:
            result = x
        return result


def make():
    return MaybeSplit(), (Tensor(np.random.randn(4, 2).astype(np.float32)),)
