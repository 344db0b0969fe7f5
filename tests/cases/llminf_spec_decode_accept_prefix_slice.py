# case: speculative decoding verifier that slices the accepted draft prefix by a data-dependent count -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DraftVerifier(nn.Cell):
    def __init__(self, hidden=8, vocab=24):
        super().__init__()
        self.target_head = nn.Dense(hidden, vocab)

    def _num_accepted(self, draft_tokens, target_tokens):
        match = (draft_tokens == target_tokens).astype(ms.int32)
        return ops.cumprod(match, dim=-1).sum()

    def construct(self, target_hidden, draft_tokens):
        target_logits = self.target_head(target_hidden)
        target_tokens = ops.argmax(target_logits, dim=-1).astype(ms.int32)
        n_acc = self._num_accepted(draft_tokens[0], target_tokens[0])
        accepted = draft_tokens[:, :n_acc]
        bonus = target_tokens[:, n_acc:n_acc + 1]
        return ops.concat((accepted, bonus), axis=1)


def make():
    np.random.seed(10)
    hidden = Tensor(np.random.randn(1, 5, 8).astype(np.float32))
    draft = Tensor(np.random.randint(0, 24, size=(1, 5)).astype(np.int32))
    return DraftVerifier(), (hidden, draft)
