# case: speculative-decoding verifier finds the first rejected draft token with ops.nonzero and slices the accepted prefix by that count -> nonzero output and data-dependent slice length; expect dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpecConfig:
    def __init__(self, num_speculative_tokens=4, vocab_size=32, eps=1e-6):
        self.num_speculative_tokens = num_speculative_tokens
        self.vocab_size = vocab_size
        self.eps = eps


class RejectionSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.k = config.num_speculative_tokens
        self.eps = config.eps

    def _accept_mask(self, draft_tokens, draft_probs, target_probs, uniform):
        idx = draft_tokens.reshape(-1, 1)
        p_target = ops.gather_elements(target_probs, 1, idx).reshape(-1)
        p_draft = ops.gather_elements(draft_probs, 1, idx).reshape(-1)
        ratio = p_target / (p_draft + self.eps)
        return ratio >= uniform

    def construct(self, draft_tokens, draft_probs, target_probs, uniform):
        accepted = self._accept_mask(draft_tokens, draft_probs, target_probs, uniform)
        rejected_at = ops.nonzero(ops.logical_not(accepted))
        if rejected_at.shape[0] > 0:
            n_accept = rejected_at[0, 0]
        else:
            n_accept = self.k
        return draft_tokens[:n_accept]


def make():
    np.random.seed(3637)
    cfg = SpecConfig()
    draft_tokens = Tensor(np.random.randint(0, 32, size=(4,)).astype(np.int32))
    dp = np.random.rand(4, 32).astype(np.float32)
    tp = np.random.rand(4, 32).astype(np.float32)
    dp /= dp.sum(-1, keepdims=True)
    tp /= tp.sum(-1, keepdims=True)
    uniform = Tensor(np.array([0.1, 0.2, 0.99, 0.3], np.float32))
    return RejectionSampler(cfg), (draft_tokens, Tensor(dp), Tensor(tp), uniform)
