# case: AlphaZero-style residual tower looped over a CellList with policy and value heads -> loop over Python-known layers, static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResBlock(nn.Cell):
    def __init__(self, ch):
        super().__init__()
        self.c1 = nn.Conv2d(ch, ch, 3, pad_mode="same", has_bias=False)
        self.b1 = nn.BatchNorm2d(ch)
        self.c2 = nn.Conv2d(ch, ch, 3, pad_mode="same", has_bias=False)
        self.b2 = nn.BatchNorm2d(ch)

    def construct(self, x):
        h = ops.relu(self.b1(self.c1(x)))
        return ops.relu(x + self.b2(self.c2(h)))


class AZNet(nn.Cell):
    def __init__(self, in_planes=19, ch=16, n_blocks=3, n_moves=4672):
        super().__init__()
        self.stem = nn.Conv2d(in_planes, ch, 3, pad_mode="same")
        self.blocks = nn.CellList([ResBlock(ch) for _ in range(n_blocks)])
        self.policy = nn.Dense(ch * 64, n_moves)
        self.value = nn.SequentialCell([nn.Dense(ch * 64, 32), nn.ReLU(), nn.Dense(32, 1), nn.Tanh()])

    def construct(self, x):
        h = ops.relu(self.stem(x))
        for blk in self.blocks:
            h = blk(h)
        flat = h.reshape(h.shape[0], -1)
        return self.policy(flat), self.value(flat)


def make():
    np.random.seed(35)
    net = AZNet()
    net.set_train(False)
    return net, (Tensor(np.random.rand(2, 19, 8, 8).astype(np.float32)),)
