# case: Tensor() of a comparison of an item of a dict handed to construct: MindSpore folds it with the dict (static)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
class Net(nn.Cell):
    def construct(self, x, batch):
        onehot = Tensor(batch['contact'] == 2, ms.int32)
        return x * onehot


def _inputs():
    return (Tensor(np.ones((4,), np.float32)), {'contact': Tensor(np.array([2, 1, 2, 0], np.int64))})


def make():
    return Net(), _inputs()
