# case: frozen dataclass config created in __init__ and read in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

from dataclasses import dataclass


@dataclass(frozen=True)
class Cfg:
    eps: float = 1e-5
    gain: float = 2.0


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = Cfg()

    def construct(self, x):
        return x * self.cfg.gain / (x.std() + self.cfg.eps)


def make():
    return Net(), (Tensor(np.arange(4, dtype=np.float32)),)
