# case: style mixing regulariser that draws the crossover index with ops.randint and slices w1[:, :cut] -> dynamic shape at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Mapping(nn.Cell):
    def __init__(self, z_dim, w_dim, depth=2):
        super().__init__()
        layers = []
        for i in range(depth):
            layers += [nn.Dense(z_dim if i == 0 else w_dim, w_dim), nn.LeakyReLU(0.2)]
        self.net = nn.SequentialCell(layers)

    def construct(self, z):
        return self.net(z)


class StyleMixer(nn.Cell):
    def __init__(self, z_dim=8, w_dim=8, n_ws=6, mixing_prob=0.9):
        super().__init__()
        self.mapping = Mapping(z_dim, w_dim)
        self.n_ws = n_ws
        self.mixing_prob = mixing_prob

    def broadcast(self, w):
        return ops.tile(w.expand_dims(1), (1, self.n_ws, 1))

    def construct(self, z1, z2):
        w1 = self.broadcast(self.mapping(z1))
        w2 = self.broadcast(self.mapping(z2))
        if self.mixing_prob > 0:
            cut = ops.randint(1, self.n_ws, (1,))[0]
            return ops.concat((w1[:, :cut], w2[:, cut:]), axis=1)
        return w1


def make():
    np.random.seed(0)
    ms.set_seed(0)
    z1 = Tensor(np.random.randn(2, 8).astype(np.float32))
    z2 = Tensor(np.random.randn(2, 8).astype(np.float32))
    return StyleMixer(), (z1, z2)
