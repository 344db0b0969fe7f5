import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: v6 the length of a list grown under a tensor condition in a loop is returned as a count
class Net(nn.Cell):
    def construct(self, x):
        kept = []
        for i in range(4):
            if x[i].sum() > 0:
                kept.append(x[i])
        return x * len(kept)


def make():
    return Net(), (Tensor(np.ones((4, 3), np.float32)),)
