# case: reads attributes of a module-level config object in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Cfg:
    hidden = 4
    scale = 0.5


CFG = Cfg()


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(CFG.hidden, 2)

    def construct(self, x):
        return self.fc(x) * CFG.scale


def make():
    return Net(), (Tensor(np.ones((3, 4), np.float32)),)
