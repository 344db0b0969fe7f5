# case: in-batch negatives built by shifting the item batch a fixed number of times from config, duplicates masked with ops.where -> static shapes, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class SamplerConfig:
    num_negatives = 3
    temperature = 0.1
    mask_duplicates = True


class ShiftedNegativeScorer(nn.Cell):
    def __init__(self, config, num_negatives=None):
        super().__init__()
        self.num_negatives = config.num_negatives if num_negatives is None else num_negatives
        self.temperature = getattr(config, "temperature", 1.0)
        self.mask_duplicates = config.mask_duplicates

    def _shifted(self, x, k):
        return ops.concat((x[-k:], x[:-k]), axis=0)

    def construct(self, user_emb, item_emb, item_ids):
        pos = (user_emb * item_emb).sum(-1, keepdims=True)
        neg_scores = []
        for k in range(1, self.num_negatives + 1):
            s = (user_emb * self._shifted(item_emb, k)).sum(-1, keepdims=True)
            if self.mask_duplicates:
                same = ops.equal(self._shifted(item_ids, k), item_ids).reshape(-1, 1)
                s = ops.where(same, ops.full_like(s, NEG_INF), s)
            neg_scores.append(s)
        logits = ops.concat([pos] + neg_scores, axis=1) / self.temperature
        return -ops.log_softmax(logits, axis=1)[:, 0].mean()


def make():
    np.random.seed(3906)
    user = Tensor(np.random.randn(6, 8).astype(np.float32))
    item = Tensor(np.random.randn(6, 8).astype(np.float32))
    ids = Tensor(np.array([1, 4, 4, 7, 2, 1]), ms.int32)
    return ShiftedNegativeScorer(SamplerConfig()), (user, item, ids)
