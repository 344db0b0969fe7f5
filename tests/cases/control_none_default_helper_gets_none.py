# case: hazard twin of nnUNet's soft dice: construct leaves the helper's axes at None, so its `if axes is None:` branch is compiled and `Tensor.size()` (an int in MindSpore) is called
import numpy as np
from mindspore import nn, Tensor


def get_tp(net_output, axes=None):
    if axes is None:
        axes = tuple(range(2, len(net_output.size())))
    return net_output.sum(axis=tuple(axes))


class SoftDice(nn.Cell):
    def construct(self, x):
        return get_tp(x)


def make():
    return SoftDice(), (Tensor(np.ones((2, 3, 4, 4), np.float32)),)
