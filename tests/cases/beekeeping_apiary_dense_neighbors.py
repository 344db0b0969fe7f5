# case: apiary drift model spreads varroa load between neighbouring hives with a dense adjacency matrix parameter -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_adjacency(n_hives):
    adj = np.zeros((n_hives, n_hives), np.float32)
    for i in range(n_hives):
        adj[i, (i + 1) % n_hives] = 0.5
        adj[i, (i - 1) % n_hives] = 0.5
    return adj


class DriftSpread(nn.Cell):
    def __init__(self, n_hives=6, drift_rate=0.1):
        super().__init__()
        self.adj = ms.Parameter(Tensor(ring_adjacency(n_hives)), name="adj", requires_grad=False)
        self.drift_rate = drift_rate

    def construct(self, mite_load):
        incoming = ops.matmul(self.adj, mite_load.reshape(-1, 1)).reshape(-1)
        return (1 - self.drift_rate) * mite_load + self.drift_rate * incoming


def make():
    np.random.seed(52)
    load = np.random.rand(6).astype(np.float32) * 5
    return DriftSpread(), (Tensor(load),)
