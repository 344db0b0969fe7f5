# case: a training wrapper imported from the module that held it in 1.x
import numpy as np
from mindspore import nn, Tensor
from mindspore.nn.wrap.cell_wrapper import TrainOneStepWithLossScaleCell


class Net(nn.Cell):
    def construct(self, x):
        return x.nonzero()


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
