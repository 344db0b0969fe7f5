# case: a @_primexpr function (MindSpore's internal compile-time decorator) also runs in Python: context and string work there are fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, context
from mindspore.ops.primitive import _primexpr


@_primexpr
def backend_is_cpu():
    return context.get_context("device_target").lower().startswith("cpu")


class Net(nn.Cell):
    def construct(self, x):
        if backend_is_cpu():
            return x + 1
        return x - 1


def make():
    return Net(), (Tensor(np.ones(4, np.float32)),)
