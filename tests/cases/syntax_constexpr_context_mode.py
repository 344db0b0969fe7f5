# case: a @constexpr function runs in Python at compile time: reading the context there is fine at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, context
from mindspore.ops import constexpr


@constexpr
def in_graph_mode():
    return context.get_context("mode") == context.GRAPH_MODE


class Net(nn.Cell):
    def construct(self, x):
        if in_graph_mode():
            return x * 2
        return x


def make():
    return Net(), (Tensor(np.ones(4, np.float32)),)
