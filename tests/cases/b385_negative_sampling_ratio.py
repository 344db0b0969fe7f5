# case: in-batch negative sampler for a two-tower retrieval head draws neg_ratio negatives per clicked impression, so the number of negatives is int(labels.sum()) * neg_ratio -> tensor shape built from label values, expect rejection or dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    def __init__(self, emb_dim=8, neg_ratio=2, temperature=0.1, sample_per_click=True):
        self.emb_dim = emb_dim
        self.neg_ratio = neg_ratio
        self.temperature = temperature
        self.sample_per_click = sample_per_click


class InBatchNegativeLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.neg_ratio = config.neg_ratio
        self.temperature = config.temperature
        self.sample_per_click = config.sample_per_click

    def _num_negatives(self, user, labels):
        if self.sample_per_click:
            return int(labels.sum()) * self.neg_ratio
        return user.shape[0] * self.neg_ratio

    def construct(self, user, item, labels):
        n_neg = self._num_negatives(user, labels)
        neg_idx = (ops.arange(n_neg) * 7 + 3) % item.shape[0]
        neg_items = ops.gather(item, neg_idx, 0)
        pos = (user * item).sum(-1) / self.temperature
        neg = ops.matmul(user, neg_items.T) / self.temperature
        logits = ops.concat((pos.expand_dims(-1), neg), axis=-1)
        return -(ops.log_softmax(logits, axis=-1)[:, 0] * labels).sum() / ops.maximum(labels.sum(), 1.0)


def make():
    np.random.seed(38536)
    cfg = SamplerConfig()
    user = Tensor(np.random.randn(6, cfg.emb_dim).astype(np.float32))
    item = Tensor(np.random.randn(6, cfg.emb_dim).astype(np.float32))
    labels = Tensor(np.array([1, 0, 1, 1, 0, 0], dtype=np.float32))
    return InBatchNegativeLoss(cfg), (user, item, labels)
