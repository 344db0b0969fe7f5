# case: near miss: a local dict written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def construct(self, x):
        out = {}
        out["y"] = x * 2
        return out["y"]


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
