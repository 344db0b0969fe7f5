# case: memory bank with a fill counter; only the filled prefix bank[:n_filled] is searched -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingMemoryBank(nn.Cell):
    def __init__(self, capacity=64, dim=8):
        super().__init__()
        self.bank = ms.Parameter(Tensor(np.zeros((capacity, dim), np.float32)), name="bank",
                                 requires_grad=False)
        self.n_filled = ms.Parameter(Tensor(0, ms.int32), name="n_filled", requires_grad=False)

    def load(self, feats):
        n = feats.shape[0]
        self.bank[:n] = Tensor(feats)
        self.n_filled.set_data(Tensor(n, ms.int32))

    def nearest(self, query):
        n = self.n_filled
        active = self.bank[:n]
        dist = ops.cdist(query, active)
        return dist.min(axis=1)

    def construct(self, query):
        return self.nearest(query).max()


def make():
    np.random.seed(5)
    bank = StreamingMemoryBank()
    bank.load(np.random.randn(20, 8).astype(np.float32))
    q = np.random.randn(6, 8).astype(np.float32)
    return bank, (Tensor(q),)
