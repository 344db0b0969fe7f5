# case: StyleGAN style-mixing regularization draws a random layer cutoff with ops.randint and slices ws[:, cutoff:] with it during training -> slice bound from tensor data, Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StyleMixConfig:
    def __init__(self, w_dim=16, num_ws=6, style_mixing_prob=0.9):
        self.w_dim = w_dim
        self.num_ws = num_ws
        self.style_mixing_prob = style_mixing_prob


class MixingMapper(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_ws = config.num_ws
        self.mixing_prob = config.style_mixing_prob
        self.net = nn.SequentialCell([nn.Dense(config.w_dim, config.w_dim), nn.LeakyReLU(0.2),
                                      nn.Dense(config.w_dim, config.w_dim)])

    def _broadcast(self, z):
        w = self.net(z)
        return ops.tile(w.expand_dims(1), (1, self.num_ws, 1))

    def _style_mix(self, ws, z2):
        cutoff = ops.randint(1, self.num_ws, (1,))[0]
        ws2 = self._broadcast(z2)
        return ops.concat((ws[:, :cutoff], ws2[:, cutoff:]), axis=1)

    def construct(self, z, z2=None):
        ws = self._broadcast(z)
        if self.training and z2 is not None and self.mixing_prob > 0:
            ws = self._style_mix(ws, z2)
        return ws


def make():
    np.random.seed(3543)
    net = MixingMapper(StyleMixConfig())
    net.set_train(True)
    z = Tensor(np.random.randn(4, 16).astype(np.float32))
    z2 = Tensor(np.random.randn(4, 16).astype(np.float32))
    return net, (z, z2)
