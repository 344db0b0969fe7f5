# case: speculative decoding verification keeping fixed-size output: accepted prefix as a cumprod mask, rejected slots padded via where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeculativeVerifier(nn.Cell):
    def __init__(self, hidden=8, vocab=24, pad_token_id=0):
        super().__init__()
        self.target_head = nn.Dense(hidden, vocab)
        self.pad_token_id = pad_token_id

    def _accept_mask(self, draft_tokens, target_tokens):
        match = (draft_tokens == target_tokens).astype(ms.int32)
        return ops.cumprod(match, dim=-1)

    def construct(self, target_hidden, draft_tokens, draft_probs):
        target_probs = ops.softmax(self.target_head(target_hidden), axis=-1)
        target_tokens = ops.argmax(target_probs, dim=-1).astype(ms.int32)
        accepted = self._accept_mask(draft_tokens, target_tokens)
        n_accepted = accepted.sum(axis=-1)
        out = ops.where(accepted.astype(ms.bool_), draft_tokens, ops.full_like(draft_tokens, self.pad_token_id))
        bonus_idx = ops.clamp(n_accepted, max=draft_tokens.shape[1] - 1).expand_dims(-1)
        bonus = ops.gather_elements(target_tokens, 1, bonus_idx)
        ratio = ops.gather_elements(target_probs, 2, draft_tokens.expand_dims(-1)).squeeze(-1) / draft_probs
        return out, bonus, n_accepted, ratio


def make():
    np.random.seed(42)
    h = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    draft = Tensor(np.random.randint(0, 24, size=(2, 4)).astype(np.int32))
    dp = Tensor(np.random.uniform(0.1, 1.0, size=(2, 4)).astype(np.float32))
    return SpeculativeVerifier(), (h, draft, dp)
