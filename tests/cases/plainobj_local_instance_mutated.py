# case: a plain object built in construct has its counter incremented, then read -> LAX dynamic at [14, 16]; STRICT error at [16]
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class State:
    def __init__(self):
        self.count = 0
        self.total = 0.0


class Net(nn.Cell):
    def construct(self, x):
        st = State()
        st.count += 1
        y = x * st.count
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
