# case: winner-take-all keeps as many winners as there were spikes, topk with k = int(spike count) -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftWTA(nn.Cell):
    def __init__(self, n_neurons=10, v_th=0.5):
        super().__init__()
        self.v_th = v_th
        self.n = n_neurons

    def construct(self, v):
        n_fired = int((v > self.v_th).sum())
        k = max(n_fired, 1)
        vals, idx = ops.topk(v, k)
        out = ops.zeros((self.n,), ms.float32)
        out = ops.tensor_scatter_update(out, idx.reshape(-1, 1), ops.ones_like(vals))
        return out


def make():
    np.random.seed(12)
    v = Tensor(np.random.rand(10).astype(np.float32))
    return SoftWTA(), (v,)
