# case: causal PINN weights each time slab by exp(-eps * exclusive cumsum of slab losses) with ops.cumsum and stop_gradient -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WaveNet(nn.Cell):
    def __init__(self, width=16):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 1))

    def construct(self, xt):
        return self.net(xt)


class CausalLoss(nn.Cell):
    def __init__(self, n_slabs=4, eps=1.0):
        super().__init__()
        self.model = WaveNet()
        self.n_slabs = n_slabs
        self.eps = eps

    def causal_weights(self, slab_loss):
        prev = ops.cumsum(slab_loss, axis=0) - slab_loss
        return ops.exp(-self.eps * ops.stop_gradient(prev))

    def construct(self, xt):
        r = self.model(xt.reshape(-1, 2)).reshape(self.n_slabs, -1)
        slab_loss = (r ** 2).mean(axis=1)
        w = self.causal_weights(slab_loss)
        return (w * slab_loss).mean(), w.min()


def make():
    np.random.seed(16)
    xt = Tensor(np.random.rand(4, 8, 2).astype(np.float32))
    return CausalLoss(), (xt,)
