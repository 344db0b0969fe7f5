# case: ms.get_auto_parallel_context read inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def construct(self, x):
        mode = ms.get_auto_parallel_context("parallel_mode")
        return x * 2


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
