import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: `if self.training:` (set_train(True)), no else, read after
class Net(nn.Cell):
    def construct(self, x):
        if self.training:
            y = x * 2
        return y + 1


def make():
    net = Net()
    net.set_train(True)
    return net, (Tensor(np.ones((2, 3), np.float32)),)
