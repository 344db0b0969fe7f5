# case: an f-string holding a tensor value, split with str.split in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        loss = (x * x).mean()
        msg = f"loss={loss}"
        parts = msg.split("=")
        return loss, parts[0]


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
