# case: neural audio codec quantiser reports codebook usage via ops.unique on the chosen code indices -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VectorQuantizer(nn.Cell):
    def __init__(self, codebook_size=16, dim=4, track_usage=True):
        super().__init__()
        init = np.random.RandomState(0).randn(codebook_size, dim).astype(np.float32)
        self.codebook = ms.Parameter(Tensor(init), name="codebook")
        self.codebook_size = codebook_size
        self.track_usage = track_usage

    def nearest(self, z):
        # z: (N, D)
        d = (z * z).sum(1, keepdims=True) - 2 * ops.matmul(z, self.codebook.T) \
            + (self.codebook * self.codebook).sum(1).expand_dims(0)
        return ops.argmin(d, axis=1)

    def construct(self, z):
        b, t, dim = z.shape
        flat = z.reshape(-1, dim)
        idx = self.nearest(flat)
        zq = ops.gather(self.codebook, idx, 0).reshape(b, t, dim)
        zq = z + ops.stop_gradient(zq - z)
        usage = 0.0
        if self.track_usage:
            used, _ = ops.unique(idx)
            usage = used.shape[0] / self.codebook_size
        return zq, idx.reshape(b, t), usage


def make():
    np.random.seed(20)
    z = np.random.randn(2, 6, 4).astype(np.float32)
    return VectorQuantizer(), (Tensor(z),)
