# case: __init__ calls super(Parent, self) for its own base (skipping it): the Cell builds and its mask is dynamic (hazard)
import numpy as np
from mindspore import nn, Tensor


class Base(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = 2.0


class Child(Base):
    def __init__(self):
        super(Base, self).__init__()
        self.fc = nn.Dense(3, 3)

    def construct(self, x):
        return self.fc(x)[x > 0]


def make():
    return Child(), (Tensor(np.ones((2, 3), np.float32)),)
