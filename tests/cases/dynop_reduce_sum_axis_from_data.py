# case: ReduceSum over an axis read from tensor data (hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.sum = P.ReduceSum(keep_dims=False)

    def construct(self, x, ids):
        axis = int(ids[0])
        return self.sum(x, axis)


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(4, 3)), Tensor(np.array([0, 1, 1, 2], np.int32)))
