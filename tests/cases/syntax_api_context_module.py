# case: mindspore.context.get_context read inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore import context


class Net(nn.Cell):
    def construct(self, x):
        if context.get_context("mode") == context.GRAPH_MODE:
            return x * 2
        return x


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
