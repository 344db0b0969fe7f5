# case: in-batch negative contrastive loss gathers off-diagonal scores with masked_select -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InBatchContrastiveLoss(nn.Cell):
    def __init__(self, temperature=0.05, normalize=True):
        super().__init__()
        self.temperature = temperature
        self.normalize = normalize
        self.eye = ops.Eye()

    def _similarity(self, q, d):
        if self.normalize:
            q = ops.L2Normalize(axis=-1)(q)
            d = ops.L2Normalize(axis=-1)(d)
        return ops.matmul(q, d.T) / self.temperature

    def _negatives(self, scores):
        off_diag = self.eye(scores.shape[0], scores.shape[1], ms.bool_) == False
        return ops.masked_select(scores, off_diag)

    def construct(self, query_emb, doc_emb):
        scores = self._similarity(query_emb, doc_emb)
        pos = scores.diagonal()
        neg = self._negatives(scores)
        neg = neg.reshape(scores.shape[0], -1)
        logits = ops.concat([pos.reshape(-1, 1), neg], axis=1)
        log_probs = ops.log_softmax(logits, axis=1)
        return -log_probs[:, 0].mean()


def make():
    np.random.seed(0)
    q = Tensor(np.random.randn(4, 16).astype(np.float32))
    d = Tensor(np.random.randn(4, 16).astype(np.float32))
    return InBatchContrastiveLoss(), (q, d)
