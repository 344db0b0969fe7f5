# case: nn.SequentialCell(*mlp) of fresh layers a loop in construct builds from sizes read off the input's shape (SinGAN's create_mlp pattern)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        c = x.shape[1]
        mlp = []
        for _ in range(2):
            mlp.append(nn.Dense(c, 4))
            mlp.append(nn.ReLU())
            c = 4
        seq = nn.SequentialCell(*mlp)
        return seq(x)


def make():
    return Net(), (Tensor(np.ones((2, 8), np.float32)),)
