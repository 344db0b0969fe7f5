# case: MMR diversity re-ranking with a constant number of greedy steps, argmax + one_hot bookkeeping and a chosen-mask penalty, all tensor ops -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TensorMMR(nn.Cell):
    def __init__(self, num_select=4, lam=0.7):
        super().__init__()
        self.num_select = num_select
        self.lam = lam
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, relevance, item_emb):
        k = relevance.shape[0]
        sim = ops.matmul(item_emb, item_emb.T)
        chosen = ops.zeros((k,), ms.float32)
        max_sim = ops.zeros((k,), ms.float32)
        picks = []
        for _ in range(self.num_select):
            mmr = self.lam * relevance - (1 - self.lam) * max_sim - chosen * 1e9
            best = ops.argmax(mmr)
            onehot = ops.one_hot(best, k, self.on, self.off)
            chosen = chosen + onehot
            max_sim = ops.maximum(max_sim, ops.matmul(onehot, sim))
            picks.append(best)
        return ops.stack(picks)


def make():
    np.random.seed(12)
    rel = Tensor(np.random.rand(10).astype(np.float32))
    emb = np.random.randn(10, 6).astype(np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    return TensorMMR(), (rel, Tensor(emb))
