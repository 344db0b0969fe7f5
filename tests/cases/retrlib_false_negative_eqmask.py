# case: in-batch loss masks false negatives (same passage id appearing twice) with an equality matrix and ops.where instead of dropping rows -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_FILL = -1e4


class InBatchLossConfig:
    def __init__(self, temperature=0.05, mask_false_negatives=True, label_smoothing=0.0):
        self.temperature = temperature
        self.mask_false_negatives = mask_false_negatives
        self.label_smoothing = label_smoothing


def same_id_matrix(ids):
    return ops.equal(ids.expand_dims(1), ids.expand_dims(0))


class InBatchLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.temperature = config.temperature
        self.mask_fn = config.mask_false_negatives
        self.ce = nn.CrossEntropyLoss(label_smoothing=config.label_smoothing)

    def construct(self, q_emb, p_emb, p_ids):
        n = q_emb.shape[0]
        scores = ops.matmul(q_emb, p_emb.T) / self.temperature
        if self.mask_fn:
            dup = same_id_matrix(p_ids)
            eye = ops.eye(n, n, ms.bool_)
            false_neg = ops.logical_and(dup, ops.logical_not(eye))
            scores = ops.where(false_neg, ops.full_like(scores, NEG_FILL), scores)
        labels = ops.arange(n).astype(ms.int32)
        return self.ce(scores, labels)


def make():
    np.random.seed(16)
    q = Tensor(np.random.randn(5, 8).astype(np.float32))
    p = Tensor(np.random.randn(5, 8).astype(np.float32))
    ids = Tensor(np.array([4, 9, 4, 2, 9], np.int32))
    return InBatchLoss(InBatchLossConfig()), (q, p, ids)
