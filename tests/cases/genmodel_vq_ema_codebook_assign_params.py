# case: VQ-VAE-2 EMA codebook update writing cluster sizes and embeddings back to Parameters with ops.assign -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EMAQuantizer(nn.Cell):
    def __init__(self, num_codes=8, dim=4, decay=0.99, eps=1e-5, update=True):
        super().__init__()
        self.num_codes = num_codes
        self.decay = decay
        self.eps = eps
        self.update = update
        w = np.random.RandomState(5).randn(num_codes, dim).astype(np.float32)
        self.embed = Parameter(Tensor(w), name="embed", requires_grad=False)
        self.cluster_size = Parameter(Tensor(np.zeros(num_codes, np.float32)), name="cluster_size",
                                      requires_grad=False)
        self.embed_avg = Parameter(Tensor(w.copy()), name="embed_avg", requires_grad=False)

    def ema_update(self, flat, onehot):
        n = onehot.sum(0)
        s = ops.matmul(onehot.T, flat)
        size = self.cluster_size * self.decay + n * (1 - self.decay)
        avg = self.embed_avg * self.decay + s * (1 - self.decay)
        total = size.sum()
        size_l = (size + self.eps) / (total + self.num_codes * self.eps) * total
        ops.assign(self.cluster_size, size)
        ops.assign(self.embed_avg, avg)
        ops.assign(self.embed, avg / size_l.expand_dims(1))
        return n

    def construct(self, flat):
        dist = ops.cdist(flat, self.embed)
        idx = ops.argmin(dist, axis=1)
        onehot = ops.one_hot(idx, self.num_codes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        quant = ops.matmul(onehot, self.embed)
        if self.update:
            self.ema_update(flat, onehot)
        diff = ((ops.stop_gradient(quant) - flat) ** 2).mean()
        return flat + ops.stop_gradient(quant - flat), diff


def make():
    np.random.seed(0)
    flat = Tensor(np.random.randn(10, 4).astype(np.float32))
    return EMAQuantizer(), (flat,)
