# case: BERT ported from Python 2 code: `isinstance(act, str) or (sys.version_info[0] == 2 and isinstance(act, unicode))`; Python 3 never reads `unicode` there, the Cell builds, and the boolean mask in construct is compiled (dynamic shape)
import sys

import numpy as np
from mindspore import nn, Tensor


class Intermediate(nn.Cell):
    def __init__(self, hidden_act="relu"):
        super().__init__()
        if isinstance(hidden_act, str) or (sys.version_info[0] == 2 and isinstance(hidden_act, unicode)):
            self.act = nn.ReLU()
        else:
            self.act = hidden_act

    def construct(self, x):
        return self.act(x)[x > 0]


def make():
    return Intermediate(), (Tensor(np.ones((2, 3), np.float32)),)
