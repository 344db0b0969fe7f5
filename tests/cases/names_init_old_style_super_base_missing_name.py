# case: a subclass calls super(Sub, self).__init__(), running its base's __init__, which reads a removed name: building fails there
import numpy as np
from mindspore import nn, Tensor


class Base(nn.Cell):
    def __init__(self):
        super(Base, self).__init__()
        self.resize = nn.ResizeBilinear()

    def construct(self, x):
        return x


class Sub(Base):
    def __init__(self):
        super(Sub, self).__init__()
        self.fc = nn.Dense(3, 3)

    def construct(self, x):
        return self.fc(x)[x > 0]


def make():
    return Sub(), (Tensor(np.ones((2, 3), np.float32)),)
