# case: hazard twin: the same Cell whose constructor only reads the mode (no raise) is compiled in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, context


class HostOp(nn.Cell):
    def __init__(self):
        super().__init__()
        self.eager = context.get_context("mode") == context.PYNATIVE_MODE

    def construct(self, x):
        y = np.sqrt(x.asnumpy())
        return Tensor(y)


def make():
    return HostOp(), (Tensor(np.ones(4, np.float32)),)
