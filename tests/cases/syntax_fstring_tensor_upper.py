# case: an f-string holding a tensor value, upper-cased (a method graph strings have) and printed
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        loss = (x * x).mean()
        msg = f"loss={loss}".upper()
        print(msg)
        return loss


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
