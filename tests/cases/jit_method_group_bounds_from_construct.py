# case: a @jit method of a Cell, called by construct with group bounds read from a Python list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, jit


class GroupedSGD(nn.Cell):
    def __init__(self, sizes):
        super().__init__()
        self.group_start_id = [0]
        for size in sizes:
            self.group_start_id.append(self.group_start_id[-1] + size)
        self.groups = len(sizes)

    @jit
    def implementation(self, lr, start_id, end_id, gradients):
        grads = gradients[start_id:end_id]
        return [g * lr for g in grads]

    def construct(self, gradients):
        out = []
        for group_id in range(self.groups):
            start_id = self.group_start_id[group_id]
            end_id = self.group_start_id[group_id + 1]
            out.append(self.implementation(0.1, start_id, end_id, gradients))
        return out


def make():
    grads = tuple(Tensor(np.ones((2,), np.float32) * i) for i in range(3))
    return GroupedSGD([1, 2]), (grads,)
