# case: DropConnect sets requires_grad = False on a tensor drawn by StandardNormal in construct (training mode)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore.ops import operations as P


class DropConnect(nn.Cell):
    def __init__(self, ratio=0.8):
        super().__init__()
        self.ratio = ratio

    def construct(self, x):
        shape = (x.shape[0], 1, 1, 1)
        stdnormal = P.StandardNormal(seed=2)
        random_tensor = stdnormal(shape)
        random_tensor.requires_grad = False
        floor = P.Floor()
        return x / self.ratio * floor(random_tensor + self.ratio)


def make():
    net = DropConnect()
    net.set_train(True)
    return net, (Tensor(np.ones((2, 3, 4, 4), np.float32)),)
