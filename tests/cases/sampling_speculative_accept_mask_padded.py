# case: speculative verification computes a cumprod acceptance mask per batch and writes pad where drafts are rejected, keeping fixed width plus an accepted-count tensor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchedDraftVerifier(nn.Cell):
    def __init__(self, num_draft=4, pad_id=0):
        super().__init__()
        self.num_draft = num_draft
        self.pad_id = pad_id

    def construct(self, draft_ids, target_logits):
        target_ids = ops.argmax(target_logits, dim=-1).astype(ms.int32)
        match = (draft_ids == target_ids[:, : self.num_draft]).astype(ms.int32)
        accept = ops.cumprod(match, dim=1)
        n_accept = accept.sum(axis=1)
        # correction token: target prediction at the first rejected position
        bonus = ops.gather_elements(target_ids, 1, n_accept.reshape(-1, 1))
        kept = ops.where(accept > 0, draft_ids, ops.full_like(draft_ids, self.pad_id))
        return ops.concat((kept, bonus), axis=1), n_accept


def make():
    np.random.seed(18)
    logits = np.random.randn(3, 5, 16).astype(np.float32)
    target = logits.argmax(-1).astype(np.int32)
    draft = target[:, :4].copy()
    draft[0, 1] = (draft[0, 1] + 3) % 16
    draft[2, 3] = (draft[2, 3] + 1) % 16
    return BatchedDraftVerifier(), (Tensor(draft), Tensor(logits))
