# case: a 0-d tensor read by str key from a dict passed to construct, used as a slice bound: MindSpore folds a dict argument's values into constants (static)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, ops


class Head(nn.Cell):
    def construct(self, x, batch):
        n = batch["length"]
        return x[:n]


def make():
    return Head(), (Tensor(np.ones((6,), np.float32)), {"length": Tensor(3, ms.int64)})
