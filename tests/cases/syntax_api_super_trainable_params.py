# case: super().trainable_params() in construct of a subclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Base(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)


class Net(Base):
    def construct(self, x):
        n = len(super().trainable_params())
        return self.fc(x) * n


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
