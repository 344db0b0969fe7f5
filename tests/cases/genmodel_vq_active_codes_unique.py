# case: VQ layer reporting number of active codebook entries via ops.unique on the code indices -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class VectorQuantizer(nn.Cell):
    def __init__(self, num_codes=16, dim=8, beta=0.25):
        super().__init__()
        self.num_codes = num_codes
        self.beta = beta
        init = np.random.RandomState(1).uniform(-1 / num_codes, 1 / num_codes, (num_codes, dim))
        self.codebook = Parameter(Tensor(init.astype(np.float32)), name="codebook")

    def nearest(self, flat):
        d = (flat ** 2).sum(1, keepdims=True) - 2 * ops.matmul(flat, self.codebook.T) \
            + (self.codebook ** 2).sum(1).expand_dims(0)
        return ops.argmin(d, axis=1)

    def usage(self, idx):
        used, _ = ops.unique(idx)
        return ops.cast(ops.size(used), ms.float32) / self.num_codes

    def construct(self, z):
        b, c, h, w = z.shape
        flat = z.transpose(0, 2, 3, 1).reshape(-1, c)
        idx = self.nearest(flat)
        q = ops.gather(self.codebook, idx, 0)
        commit = ops.mse_loss(flat, ops.stop_gradient(q))
        codebook_loss = ops.mse_loss(q, ops.stop_gradient(flat))
        q = flat + ops.stop_gradient(q - flat)
        q = q.reshape(b, h, w, c).transpose(0, 3, 1, 2)
        return q, codebook_loss + self.beta * commit, self.usage(idx)


def make():
    np.random.seed(0)
    z = Tensor(np.random.randn(2, 8, 4, 4).astype(np.float32) * 0.1)
    return VectorQuantizer(), (z,)
