# case: style-mixing generator that decides mixing with Python random.random() and random.randint inside construct -> compile error at line 29
import random
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModulatedBlock(nn.Cell):
    def __init__(self, w_dim, ch):
        super().__init__()
        self.affine = nn.Dense(w_dim, ch)
        self.fc = nn.Dense(ch, ch)

    def construct(self, x, w):
        return ops.leaky_relu(self.fc(x * (1 + self.affine(w))), 0.2)


class MixingGenerator(nn.Cell):
    def __init__(self, w_dim=8, ch=8, n_blocks=4, mixing_prob=0.9):
        super().__init__()
        self.blocks = nn.CellList([ModulatedBlock(w_dim, ch) for _ in range(n_blocks)])
        self.const = ms.Parameter(Tensor(np.ones((1, ch), np.float32)), name="const")
        self.n_blocks = n_blocks
        self.mixing_prob = mixing_prob

    def construct(self, w1, w2):
        x = ops.tile(self.const, (w1.shape[0], 1))
        cut = self.n_blocks
        if random.random() < self.mixing_prob:
            cut = random.randint(1, self.n_blocks - 1)
        i = 0
        for block in self.blocks:
            x = block(x, w1 if i < cut else w2)
            i += 1
        return x


def make():
    random.seed(0)
    np.random.seed(0)
    w1 = Tensor(np.random.randn(2, 8).astype(np.float32))
    w2 = Tensor(np.random.randn(2, 8).astype(np.float32))
    return MixingGenerator(), (w1, w2)
