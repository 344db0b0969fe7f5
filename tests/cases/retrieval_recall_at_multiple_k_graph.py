# case: recall@k for several cutoffs computed fully in-graph with topk, broadcast equality and any over a constant tuple of ks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecallMetrics(nn.Cell):
    def __init__(self, ks=(1, 3, 5), multi_positive=True):
        super().__init__()
        self.ks = ks
        self.max_k = max(ks)
        self.multi_positive = multi_positive

    def _hits(self, top_ids, gold):
        if self.multi_positive:
            # gold: (B, P), padded with -1
            return (top_ids.reshape(top_ids.shape[0], -1, 1) == gold.reshape(gold.shape[0], 1, -1)).any(axis=-1)
        return top_ids == gold.reshape(-1, 1)

    def construct(self, scores, gold):
        _, top_ids = ops.topk(scores, self.max_k)
        hits = self._hits(top_ids.astype(ms.int32), gold).astype(ms.float32)
        recalls = ()
        for k in self.ks:
            recalls += (hits[:, :k].max(axis=-1).mean(),)
        return ops.stack(recalls)


def make():
    np.random.seed(25)
    scores = Tensor(np.random.rand(5, 15).astype(np.float32))
    gold = Tensor(np.array([[1, 4], [2, -1], [9, 10], [0, -1], [14, 3]], dtype=np.int32))
    return RecallMetrics(), (scores, gold)
