# case: generator that tracks running latent statistics in an @ms.jit_class object created in construct, mutated and returned -> compile error at line 36
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class LatentStats:
    def __init__(self, mean, sq):
        self.mean = mean
        self.sq = sq

    def update(self, w, momentum):
        self.mean = self.mean * momentum + w.mean(axis=0) * (1 - momentum)
        self.sq = self.sq * momentum + (w * w).mean(axis=0) * (1 - momentum)

    def std(self):
        return ops.sqrt(ops.relu(self.sq - self.mean * self.mean) + 1e-8)


class TrackedMapping(nn.Cell):
    def __init__(self, z_dim=8, w_dim=8, momentum=0.9):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(z_dim, w_dim), nn.LeakyReLU(0.2), nn.Dense(w_dim, w_dim)])
        self.momentum = momentum
        self.w_dim = w_dim

    def construct(self, z, n_chunks=2):
        stats = LatentStats(ops.zeros((self.w_dim,), ms.float32), ops.zeros((self.w_dim,), ms.float32))
        chunk = z.shape[0] // n_chunks
        outs = []
        for i in range(n_chunks):
            w = self.net(z[i * chunk:(i + 1) * chunk])
            stats.update(w, self.momentum)
            outs.append(w)
        return ops.concat(outs, axis=0), stats


def make():
    np.random.seed(0)
    z = Tensor(np.random.randn(4, 8).astype(np.float32))
    return TrackedMapping(), (z,)
