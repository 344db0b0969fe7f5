# case: VQ-VAE quantiser that reports codebook usage via ops.unique on the chosen indices -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class VectorQuantizer(nn.Cell):
    def __init__(self, num_codes=16, code_dim=8, beta=0.25, track_usage=True):
        super().__init__()
        init = np.random.RandomState(0).randn(num_codes, code_dim).astype(np.float32)
        self.codebook = Parameter(Tensor(init), name="codebook")
        self.beta = beta
        self.num_codes = num_codes
        self.track_usage = track_usage

    def _nearest(self, flat):
        d = (flat ** 2).sum(axis=1, keepdims=True) \
            - 2 * ops.matmul(flat, self.codebook.T) \
            + (self.codebook ** 2).sum(axis=1).expand_dims(0)
        return ops.argmin(d, axis=1)

    def construct(self, z):
        flat = z.reshape(-1, z.shape[-1])
        idx = self._nearest(flat)
        q = ops.gather(self.codebook, idx, 0).reshape(z.shape)
        loss = ((ops.stop_gradient(q) - z) ** 2).mean() * self.beta + ((q - ops.stop_gradient(z)) ** 2).mean()
        q = z + ops.stop_gradient(q - z)
        used, _ = ops.unique(idx)
        usage = used.shape[0] / self.num_codes if self.track_usage else 1.0
        return q, loss, usage


def make():
    np.random.seed(0)
    z = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    return VectorQuantizer(), (z,)
