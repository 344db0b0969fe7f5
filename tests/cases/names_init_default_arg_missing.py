# case: a helper defined in __init__ whose default value reads a removed name: building fails there
import numpy as np
from mindspore import nn, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()

        def make_act(factory=nn.ResizeBilinear):
            return factory()
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(x) + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
