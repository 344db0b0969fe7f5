# case: random horizontal flip gated by Python random.random() < p in construct (evaluated at compile time); expect static at LAX and STRICT
import random
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomFlipLoss(nn.Cell):
    def __init__(self, net, p=0.5):
        super().__init__()
        self.net = net
        self.p = p
        self.loss = nn.MSELoss()

    def construct(self, img, target):
        if random.random() < self.p:
            img = ops.flip(img, dims=(3,))
            target = ops.flip(target, dims=(3,))
        return self.loss(self.net(img), target)


def make():
    img = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    target = Tensor(np.random.rand(2, 4, 8, 8).astype(np.float32))
    return RandomFlipLoss(nn.Conv2d(3, 4, 3)), (img, target)
