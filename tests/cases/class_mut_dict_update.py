# case: dict held by the Cell updated with .update in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cache = {}

    def construct(self, x):
        self.cache.update({"k": x})
        return x * 2


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
