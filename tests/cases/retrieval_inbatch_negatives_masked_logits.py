# case: in-batch negative InfoNCE with optional same-document masking via ops.select on a fixed eye mask and labels from arange(batch) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InBatchInfoNCE(nn.Cell):
    def __init__(self, temperature=0.05, symmetric=True, mask_duplicates=True):
        super().__init__()
        self.temperature = temperature
        self.symmetric = symmetric
        self.mask_duplicates = mask_duplicates
        self.ce = nn.CrossEntropyLoss()

    def _logits(self, q, d, doc_ids):
        logits = ops.matmul(q, d.T) / self.temperature
        if self.mask_duplicates:
            same_doc = doc_ids.reshape(-1, 1) == doc_ids.reshape(1, -1)
            eye = ops.eye(logits.shape[0], logits.shape[1], ms.bool_)
            dup = ops.logical_and(same_doc, ops.logical_not(eye))
            logits = ops.select(dup, ops.full_like(logits, -1e4), logits)
        return logits

    def construct(self, q, d, doc_ids):
        q = ops.L2Normalize(axis=-1)(q)
        d = ops.L2Normalize(axis=-1)(d)
        labels = ops.arange(q.shape[0], dtype=ms.int32)
        loss = self.ce(self._logits(q, d, doc_ids), labels)
        if self.symmetric:
            loss = 0.5 * (loss + self.ce(self._logits(d, q, doc_ids), labels))
        return loss


def make():
    np.random.seed(21)
    q = Tensor(np.random.randn(6, 16).astype(np.float32))
    d = Tensor(np.random.randn(6, 16).astype(np.float32))
    ids = Tensor(np.array([4, 9, 4, 1, 7, 9], dtype=np.int32))
    return InBatchInfoNCE(), (q, d, ids)
