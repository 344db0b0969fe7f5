# case: speculative decoding verifies draft tokens against target argmax, counts the accepted prefix and returns draft[:n_accept] plus the correction token -> slice length from a tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DraftVerifier(nn.Cell):
    def __init__(self, num_draft=4):
        super().__init__()
        self.num_draft = num_draft

    def accepted_length(self, draft_ids, target_ids):
        match = (draft_ids == target_ids[: self.num_draft]).astype(ms.int32)
        return ops.cumprod(match, dim=0).sum()

    def construct(self, draft_ids, target_logits):
        target_ids = ops.argmax(target_logits, dim=-1).astype(ms.int32)
        n_accept = self.accepted_length(draft_ids, target_ids)
        accepted = draft_ids[:n_accept]
        bonus = target_ids[n_accept:n_accept + 1]
        return ops.concat((accepted, bonus))


def make():
    np.random.seed(17)
    logits = np.random.randn(5, 10).astype(np.float32)
    target = logits.argmax(-1).astype(np.int32)
    draft = target[:4].copy()
    draft[2] = (draft[2] + 1) % 10
    return DraftVerifier(), (Tensor(draft), Tensor(logits))
