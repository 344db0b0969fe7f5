# case: NT-Xent with diagonal masking and target indices built from batch shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def nt_xent_targets(batch):
    first = ops.arange(batch, 2 * batch, dtype=ms.int32)
    second = ops.arange(0, batch, dtype=ms.int32)
    return ops.concat((first, second))


class NTXent(nn.Cell):
    def __init__(self, temperature=0.1, large_num=1e9):
        super().__init__()
        self.temperature = temperature
        self.large_num = large_num
        self.norm = ops.L2Normalize(axis=-1)

    def construct(self, z_i, z_j):
        batch = z_i.shape[0]
        z = self.norm(ops.concat((z_i, z_j), axis=0))
        logits = ops.matmul(z, z.T) / self.temperature
        diag = ops.eye(2 * batch, 2 * batch, ms.float32)
        logits = logits - diag * self.large_num
        targets = nt_xent_targets(batch)
        return ops.cross_entropy(logits, targets)


def make():
    np.random.seed(9)
    zi = Tensor(np.random.randn(6, 16).astype(np.float32))
    zj = Tensor(np.random.randn(6, 16).astype(np.float32))
    return NTXent(), (zi, zj)
