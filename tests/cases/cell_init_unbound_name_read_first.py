# case: hazard twin of the Python-2 guard: the unbound `unicode` is the first operand of `or`, so building reads it and raises NameError; the masked construct is never compiled
import numpy as np
from mindspore import nn, Tensor


class Intermediate(nn.Cell):
    def __init__(self, hidden_act="relu"):
        super().__init__()
        if isinstance(hidden_act, unicode) or isinstance(hidden_act, str):
            self.act = nn.ReLU()
        else:
            self.act = hidden_act

    def construct(self, x):
        return self.act(x)[x > 0]


def make():
    return Intermediate(), (Tensor(np.ones((2, 3), np.float32)),)
