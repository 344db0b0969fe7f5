# case: the module's test script calls the Cell with `mask=None`, but that is one caller among others: a caller passing a mask makes `x[mask > 0]` select a data-dependent number of elements
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def construct(self, x, mask=None):
        if mask is not None:
            x = x[mask > 0]
        return x * 2


def _inputs():
    return (Tensor(np.array([1.0, 2.0, 3.0], np.float32)), Tensor(np.array([1, 0, 1], np.int32)))


def make():
    return Net(), _inputs()


if __name__ == "__main__":
    net = Net()
    print(net(Tensor(np.array([1.0, 2.0, 3.0], np.float32)), None))
