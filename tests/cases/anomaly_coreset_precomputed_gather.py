# case: memory bank subsampled with coreset indices precomputed in __init__ (NumPy greedy), gathered in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def kcenter_greedy(feats, n):
    chosen = [0]
    d = np.linalg.norm(feats - feats[0], axis=1)
    for _ in range(n - 1):
        i = int(d.argmax())
        chosen.append(i)
        d = np.minimum(d, np.linalg.norm(feats - feats[i], axis=1))
    return np.array(chosen, np.int32)


class CoresetMemory(nn.Cell):
    def __init__(self, train_feats, coreset_ratio=0.25):
        super().__init__()
        n = max(1, int(train_feats.shape[0] * coreset_ratio))
        self.full_bank = Tensor(train_feats)
        self.index = Tensor(kcenter_greedy(train_feats, n))

    def bank(self):
        return ops.gather(self.full_bank, self.index, 0)

    def construct(self, feats):
        dist = ops.cdist(feats, self.bank())
        return dist.min(axis=1)


def make():
    np.random.seed(27)
    train = np.random.randn(40, 8).astype(np.float32)
    q = np.random.randn(9, 8).astype(np.float32)
    return CoresetMemory(train), (Tensor(q),)
