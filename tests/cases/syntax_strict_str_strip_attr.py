# case: str.strip on a constant attribute
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.act = ' ReLU '

    def construct(self, x, k):
        if self.act.strip() == 'ReLU':
            return ops.relu(x)
        return x


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
