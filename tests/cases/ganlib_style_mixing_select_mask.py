# case: style mixing done the StyleGAN2-ADA way: random cutoff turned into a per-layer mask compared against a Python arange and applied with ops.select -> looks data-driven but every shape is static, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_WS = 8


class MixConfig:
    w_dim = 16
    num_ws = NUM_WS
    style_mixing_prob = 0.9


class StyleMixer(nn.Cell):
    def __init__(self, config=MixConfig()):
        super().__init__()
        self.num_ws = config.num_ws
        self.prob = config.style_mixing_prob
        self.mapping = nn.Dense(config.w_dim, config.w_dim)
        self.layer_idx = Tensor(np.arange(config.num_ws).reshape(1, -1, 1), ms.int32)

    def _map(self, z):
        w = self.mapping(z)
        return ops.broadcast_to(w.expand_dims(1), (w.shape[0], self.num_ws, w.shape[1]))

    def construct(self, z, z2, cutoff):
        ws = self._map(z)
        if self.training and self.prob > 0:
            keep = ops.rand((1,)) < self.prob
            cutoff = ops.select(keep, cutoff, ops.full_like(cutoff, self.num_ws))
            mask = self.layer_idx < cutoff.reshape(1, 1, 1)
            ws = ops.select(ops.broadcast_to(mask, ws.shape), ws, self._map(z2))
        return ws


def make():
    np.random.seed(3544)
    net = StyleMixer()
    net.set_train(True)
    z = Tensor(np.random.randn(2, 16).astype(np.float32))
    z2 = Tensor(np.random.randn(2, 16).astype(np.float32))
    cutoff = Tensor(np.array([3], dtype=np.int32))
    return net, (z, z2, cutoff)
