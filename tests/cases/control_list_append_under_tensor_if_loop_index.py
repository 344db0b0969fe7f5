import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: v3 items appended under a tensor condition in a loop, then only the first item is read
class Net(nn.Cell):
    def construct(self, x):
        kept = [x[0]]
        for i in range(1, 4):
            if x[i].sum() > 0:
                kept.append(x[i])
        return kept[0] * 2


def make():
    return Net(), (Tensor(np.ones((4, 3), np.float32)),)
