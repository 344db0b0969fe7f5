# case: VQ-VAE forward that counts distinct codes with len(set(idx.tolist())) to compute a usage ratio -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class QuantizerWithUsage(nn.Cell):
    def __init__(self, num_codes=12, dim=4, beta=0.25, log_usage=True):
        super().__init__()
        self.codebook = nn.Embedding(num_codes, dim)
        self.num_codes = num_codes
        self.beta = beta
        self.log_usage = log_usage

    def lookup(self, flat):
        table = self.codebook.embedding_table
        d = ops.sum(flat ** 2, 1, keepdim=True) - 2 * ops.matmul(flat, table.T) + ops.sum(table ** 2, 1)
        idx = ops.argmin(d, axis=1)
        return idx, self.codebook(idx.astype(ms.int32))

    def losses(self, z, q):
        commit = ((z - ops.stop_gradient(q)) ** 2).mean()
        embed = ((ops.stop_gradient(z) - q) ** 2).mean()
        return embed + self.beta * commit

    def construct(self, z):
        flat = z.reshape(-1, z.shape[-1])
        idx, q = self.lookup(flat)
        q = q.reshape(z.shape)
        loss = self.losses(z, q)
        usage = 0.0
        if self.log_usage:
            usage = len(set(idx.tolist())) / self.num_codes
        return z + ops.stop_gradient(q - z), loss, usage


def make():
    np.random.seed(0)
    z = Tensor(np.random.randn(2, 6, 4).astype(np.float32))
    return QuantizerWithUsage(), (z,)
