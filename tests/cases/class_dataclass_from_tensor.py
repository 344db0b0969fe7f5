# case: dataclass instance constructed from tensors inside construct
import numpy as np
from dataclasses import dataclass
import mindspore as ms
from mindspore import nn, Tensor


@dataclass
class Pair:
    left: object
    right: object


class Net(nn.Cell):
    def construct(self, a, b):
        p = Pair(a, b)
        return p.left - p.right


def make():
    return Net(), (Tensor(np.ones(3, np.float32)), Tensor(np.zeros(3, np.float32)))
