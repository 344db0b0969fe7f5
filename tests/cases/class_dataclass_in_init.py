# case: dataclass of hyper-parameters built in __init__, fields read in construct
import numpy as np
from dataclasses import dataclass
import mindspore as ms
from mindspore import nn, Tensor


@dataclass
class HParams:
    scale: float = 0.5
    shift: float = 1.0


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.hp = HParams()

    def construct(self, x):
        return x * self.hp.scale + self.hp.shift


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
