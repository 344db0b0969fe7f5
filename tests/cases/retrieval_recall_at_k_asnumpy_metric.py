# case: recall@k evaluation cell converts top-k ids to numpy with .asnumpy() and uses numpy set logic -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecallAtK(nn.Cell):
    def __init__(self, ks=(1, 5, 10)):
        super().__init__()
        self.ks = ks
        self.max_k = max(ks)

    def construct(self, scores, gold_ids):
        _, top_idx = ops.topk(scores, self.max_k)
        return self._recall(top_idx, gold_ids)

    def _recall(self, top_idx, gold_ids):
        results = []
        for k in self.ks:
            hits = (top_idx[:, :k].asnumpy() == gold_ids.asnumpy()[:, None]).any(axis=1)
            results.append(Tensor(hits.mean(), ms.float32))
        return ops.stack(results)


def make():
    np.random.seed(4)
    scores = Tensor(np.random.rand(6, 20).astype(np.float32))
    gold = Tensor(np.random.randint(0, 20, size=(6,)).astype(np.int32))
    return RecallAtK(), (scores, gold)
