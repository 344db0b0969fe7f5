# case: in-batch negative sampling helper dedupes candidate items with ops.unique before scoring -> output length depends on data, Graph mode goes dynamic or rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    def __init__(self, temperature=0.05, dedupe=True, normalize=True):
        self.temperature = temperature
        self.dedupe = dedupe
        self.normalize = normalize


class InBatchNegativeMixin:
    def candidate_pool(self, item_ids, item_emb):
        if self.dedupe:
            uniq, inverse = ops.unique(item_ids)
            first = ops.zeros((uniq.shape[0],), ms.int32)
            first = ops.tensor_scatter_elements(first, inverse, ops.arange(item_ids.shape[0]).astype(ms.int32), axis=0)
            return ops.gather(item_emb, first, 0)
        return item_emb


class InBatchSoftmaxScorer(nn.Cell, InBatchNegativeMixin):
    def __init__(self, config):
        super().__init__()
        self.dedupe = config.dedupe
        self.normalize = config.normalize
        self.temperature = config.temperature

    def construct(self, user_emb, item_emb, item_ids):
        if self.normalize:
            user_emb = ops.L2Normalize(axis=-1)(user_emb)
            item_emb = ops.L2Normalize(axis=-1)(item_emb)
        pool = self.candidate_pool(item_ids, item_emb)
        logits = ops.matmul(user_emb, pool.T) / self.temperature
        return ops.log_softmax(logits, axis=-1)


def make():
    np.random.seed(3905)
    user = Tensor(np.random.randn(8, 16).astype(np.float32))
    item = Tensor(np.random.randn(8, 16).astype(np.float32))
    ids = Tensor(np.array([5, 9, 5, 2, 9, 11, 3, 2]), ms.int32)
    return InBatchSoftmaxScorer(SamplerConfig()), (user, item, ids)
