# case: the script at the bottom of the module calls the Cell with a Tensor count (`net(x, Tensor(3))`): `range(steps)` takes its length from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def construct(self, x, steps):
        out = x
        for _ in range(steps):
            out = out * 2
        return out


def _inputs():
    return (Tensor(np.ones((2,), np.float32)), Tensor(3, ms.int32))


def make():
    return Net(), _inputs()


if __name__ == "__main__":
    net = Net()
    print(net(Tensor(np.ones((2,), np.float32)), Tensor(3, ms.int32)))
