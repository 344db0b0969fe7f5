# case: a Cell's @jit method, written before construct, sliced with bounds construct passes as Python
# ints from a list attribute (near miss: the method is compiled with construct's arguments)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroupedUpdate(nn.Cell):
    def __init__(self):
        super().__init__()
        self.group_start = [0, 2, 4]

    @ms.jit
    def implementation(self, x, start_id, end_id):
        return x[start_id:end_id] * 2

    def construct(self, x):
        out = ()
        for group_id in range(2):
            start_id = self.group_start[group_id]
            end_id = self.group_start[group_id + 1]
            out = out + (self.implementation(x, start_id, end_id),)
        return out


def make():
    return GroupedUpdate(), (Tensor(np.arange(4, dtype=np.float32)),)
