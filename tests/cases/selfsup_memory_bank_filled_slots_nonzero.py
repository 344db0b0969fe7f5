# case: memory bank that only samples negatives from filled slots, found with nonzero on a validity flag -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PartiallyFilledBank(nn.Cell):
    def __init__(self, size=32, dim=16, temperature=0.1):
        super().__init__()
        self.feats = Parameter(Tensor(np.random.randn(size, dim).astype(np.float32)), name="feats",
                               requires_grad=False)
        filled = np.zeros(size, np.float32)
        filled[:20] = 1.0
        self.filled = Parameter(Tensor(filled), name="filled", requires_grad=False)
        self.temperature = temperature
        self.norm = ops.L2Normalize(axis=1)

    def valid_negatives(self):
        idx = ops.nonzero(self.filled > 0).squeeze(1)
        return ops.gather(self.feats, idx, 0)

    def construct(self, q, k):
        q = self.norm(q)
        k = self.norm(k)
        negs = self.norm(self.valid_negatives())
        l_pos = (q * k).sum(axis=1, keepdims=True)
        l_neg = ops.matmul(q, negs.T)
        logits = ops.concat((l_pos, l_neg), axis=1) / self.temperature
        return ops.cross_entropy(logits, ops.zeros(q.shape[0], ms.int32))


def make():
    np.random.seed(21)
    q = Tensor(np.random.randn(4, 16).astype(np.float32))
    k = Tensor(np.random.randn(4, 16).astype(np.float32))
    return PartiallyFilledBank(), (q, k)
