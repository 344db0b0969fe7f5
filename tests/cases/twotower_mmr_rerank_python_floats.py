# case: greedy MMR diversity re-ranking written with Python lists, float() of tensor entries and list.remove in construct -> host conversions of tensor data, error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MMRReranker(nn.Cell):
    def __init__(self, num_select=4, lam=0.7):
        super().__init__()
        self.num_select = num_select
        self.lam = lam

    def construct(self, relevance, item_emb):
        sim = ops.matmul(item_emb, item_emb.T)
        selected = []
        remaining = list(range(relevance.shape[0]))
        for _ in range(self.num_select):
            best, best_score = -1, -1e9
            for j in remaining:
                div = 0.0
                if selected:
                    div = max([float(sim[j, s]) for s in selected])
                score = self.lam * float(relevance[j]) - (1 - self.lam) * div
                if score > best_score:
                    best, best_score = j, score
            selected.append(best)
            remaining.remove(best)
        return Tensor(selected, ms.int32)


def make():
    np.random.seed(11)
    rel = Tensor(np.random.rand(8).astype(np.float32))
    emb = np.random.randn(8, 6).astype(np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    return MMRReranker(), (rel, Tensor(emb))
