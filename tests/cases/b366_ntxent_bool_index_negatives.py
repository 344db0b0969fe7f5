# case: SimCLR NT-Xent that gathers negatives with boolean-mask indexing sim[neg_mask] and reshapes to (2N, -1) as in the PyTorch reference -> dynamic shape or rejection in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NTXentConfig:
    temperature = 0.5
    batch_size = 4


def correlated_mask(batch_size):
    n2 = 2 * batch_size
    mask = np.ones((n2, n2), dtype=bool)
    np.fill_diagonal(mask, False)
    for i in range(batch_size):
        mask[i, batch_size + i] = False
        mask[batch_size + i, i] = False
    return Tensor(mask)


class NTXent(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.t = config.temperature
        self.neg_mask = correlated_mask(config.batch_size)
        self.ce = nn.CrossEntropyLoss(reduction="sum")

    def construct(self, zi, zj):
        n = zi.shape[0]
        z = ops.L2Normalize(axis=-1)(ops.concat((zi, zj), axis=0))
        sim = ops.matmul(z, z.T)
        pos = ops.concat((ops.diagonal(sim, n), ops.diagonal(sim, -n))).reshape(2 * n, 1)
        neg = sim[self.neg_mask].reshape(2 * n, -1)
        logits = ops.concat((pos, neg), axis=1) / self.t
        labels = ops.zeros((2 * n,), ms.int32)
        return self.ce(logits, labels) / (2 * n)


def make():
    np.random.seed(3677)
    zi = Tensor(np.random.randn(4, 8).astype(np.float32))
    zj = Tensor(np.random.randn(4, 8).astype(np.float32))
    return NTXent(NTXentConfig()), (zi, zj)
