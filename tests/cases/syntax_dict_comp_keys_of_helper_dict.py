# case: iterating a dict of tensors (a helper's result) gives its str keys: a dict comprehension keyed by them is static
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Loss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.weight_dict = {"a": 1.0, "b": 2.0}

    def get_loss(self, x):
        return {"a": x.sum(), "b": x.mean(), "c": x.max()}

    def construct(self, x):
        l_dict = self.get_loss(x)
        l_dict = {k: l_dict[k] * self.weight_dict[k] for k in l_dict if k in self.weight_dict}
        total = 0
        for k in l_dict:
            total = total + l_dict[k]
        return total


def make():
    return Loss(), (Tensor(np.ones((2, 3), np.float32)),)
