# case: the script at the bottom of the module calls the Cell's construct with a Python int (`net.construct(x, 3)`), so `range(steps)` is a loop of constant length, unrolled while compiling
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
    return (Tensor(np.ones((2,), np.float32)), 3)


def make():
    return Net(), _inputs()


if __name__ == "__main__":
    net = Net()
    print(net.construct(Tensor(np.ones((2,), np.float32)), 3))
