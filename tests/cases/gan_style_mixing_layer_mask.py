# case: style mixing with a random crossover index turned into a fixed-length layer mask via arange comparison and ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MixingStyles(nn.Cell):
    def __init__(self, w_dim=8, n_ws=6, mixing_prob=0.9, training=True):
        super().__init__()
        self.mapping = nn.SequentialCell([nn.Dense(w_dim, w_dim), nn.LeakyReLU(0.2),
                                          nn.Dense(w_dim, w_dim)])
        self.n_ws = n_ws
        self.mixing_prob = mixing_prob
        self.is_training = training

    def _layer_mask(self, batch):
        cut = ops.randint(1, self.n_ws, (batch, 1))
        layer_idx = ops.arange(self.n_ws).reshape(1, -1)
        mask = layer_idx < cut
        return mask.expand_dims(-1)

    def construct(self, z1, z2):
        w1 = self.mapping(z1).expand_dims(1).tile((1, self.n_ws, 1))
        if not self.is_training or self.mixing_prob <= 0:
            return w1
        w2 = self.mapping(z2).expand_dims(1).tile((1, self.n_ws, 1))
        mask = self._layer_mask(z1.shape[0])
        mask = ops.broadcast_to(mask, w1.shape)
        return ops.select(mask, w1, w2)


def make():
    np.random.seed(1)
    ms.set_seed(1)
    z1 = Tensor(np.random.randn(3, 8).astype(np.float32))
    z2 = Tensor(np.random.randn(3, 8).astype(np.float32))
    return MixingStyles(), (z1, z2)
