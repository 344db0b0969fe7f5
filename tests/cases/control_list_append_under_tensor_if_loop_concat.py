import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: v5 rows appended under a tensor condition in a loop, then concatenated
class Net(nn.Cell):
    def construct(self, x):
        rows = []
        for i in range(4):
            if x[i].max() > 0.5:
                rows.append(x[i:i + 1])
        return ops.concat(rows, 0)


def make():
    return Net(), (Tensor(np.random.rand(4, 3).astype(np.float32)),)
