# case: VQ-VAE EMA codebook update with cluster sizes from one-hot sums and Laplace smoothing, ops.assign under a training flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EMAQuantizer(nn.Cell):
    def __init__(self, num_codes=8, dim=4, decay=0.99, eps=1e-5, update=True):
        super().__init__()
        w = np.random.RandomState(2).randn(num_codes, dim).astype(np.float32)
        self.embed = Parameter(Tensor(w), name="embed", requires_grad=False)
        self.cluster_size = Parameter(Tensor(np.ones(num_codes, np.float32)), name="cluster_size", requires_grad=False)
        self.embed_avg = Parameter(Tensor(w.copy()), name="embed_avg", requires_grad=False)
        self.num_codes = num_codes
        self.decay = decay
        self.eps = eps
        self.update = update

    def _ema(self, old, new):
        return old * self.decay + new * (1.0 - self.decay)

    def construct(self, x):
        flat = x.reshape(-1, x.shape[-1])
        dist = ops.sum(flat ** 2, 1, keepdim=True) - 2 * ops.matmul(flat, self.embed.T) + ops.sum(self.embed ** 2, 1)
        idx = ops.argmin(dist, axis=1)
        onehot = ops.one_hot(idx, self.num_codes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        quant = ops.matmul(onehot, self.embed).reshape(x.shape)
        if self.update:
            size = self._ema(self.cluster_size, onehot.sum(0))
            total = size.sum()
            size = (size + self.eps) / (total + self.num_codes * self.eps) * total
            avg = self._ema(self.embed_avg, ops.matmul(onehot.T, flat))
            ops.assign(self.cluster_size, size)
            ops.assign(self.embed_avg, avg)
            ops.assign(self.embed, avg / size.expand_dims(1))
        diff = ((ops.stop_gradient(quant) - x) ** 2).mean()
        return x + ops.stop_gradient(quant - x), diff


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 5, 4).astype(np.float32))
    return EMAQuantizer(), (x,)
