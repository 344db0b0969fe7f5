# case: `ops.where(mask)` ported from torch.where(cond): MindSpore's ops.where needs a condition and two values, so the call fails to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, depth):
        idx = ops.where(depth > 0)
        return idx


def make():
    return Net(), (Tensor(np.array([1.0, -1.0, 2.0], np.float32)),)
