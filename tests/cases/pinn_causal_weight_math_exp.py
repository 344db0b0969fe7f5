# case: causal PINN weights each time slab by math.exp(-eps * cumulative loss) computed with Python math on tensor values inside construct -> host conversion of tensors, Graph mode should reject or fall back
import math
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

    def construct(self, xt):
        # xt: (n_slabs, pts, 2), sorted by time slab
        r = self.model(xt.reshape(-1, 2)).reshape(self.n_slabs, -1)
        slab_loss = (r ** 2).mean(axis=1)
        total = 0.0
        running = 0.0
        for i in range(self.n_slabs):
            w = math.exp(-self.eps * running)
            total = total + w * slab_loss[i]
            running = running + float(slab_loss[i])
        return total / self.n_slabs


def make():
    np.random.seed(15)
    xt = Tensor(np.random.rand(4, 8, 2).astype(np.float32))
    return CausalLoss(), (xt,)
