# case: a boolean mask over a tensor read by str key from a dict passed to construct: the dict is folded, but the selection's length still comes from data
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, ops


class Keep(nn.Cell):
    def construct(self, batch):
        a = batch["scores"]
        return a[a > 0] * 2


def _inputs():
    return ({"scores": Tensor(np.array([1.0, -1.0, 2.0], np.float32))},)


def make():
    return Keep(), _inputs()
