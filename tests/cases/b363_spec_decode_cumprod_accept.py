# case: speculative-decoding verifier counts accepted draft tokens with a cumulative product of the accept mask and pads rejected positions with ops.where -> counts stay tensors, shapes fixed; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpecConfig:
    def __init__(self, num_speculative_tokens=4, pad_token_id=0, eps=1e-6, return_dict=False):
        self.num_speculative_tokens = num_speculative_tokens
        self.pad_token_id = pad_token_id
        self.eps = eps
        self.return_dict = return_dict


class RejectionSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.k = config.num_speculative_tokens
        self.pad_token_id = config.pad_token_id
        self.eps = config.eps

    def _token_prob(self, probs, tokens):
        return ops.gather_elements(probs, 2, tokens.expand_dims(-1)).squeeze(-1)

    def construct(self, draft_tokens, draft_probs, target_probs, uniform):
        ratio = self._token_prob(target_probs, draft_tokens) / (self._token_prob(draft_probs, draft_tokens) + self.eps)
        accepted = (ratio >= uniform).astype(ms.int32)
        prefix = ops.cumprod(accepted, dim=-1)
        num_accepted = prefix.sum(axis=-1)
        out_tokens = ops.where(prefix > 0, draft_tokens, ops.full_like(draft_tokens, self.pad_token_id))
        return out_tokens, num_accepted


def make():
    np.random.seed(3638)
    batch, k, vocab = 2, 4, 32
    draft_tokens = Tensor(np.random.randint(1, vocab, size=(batch, k)).astype(np.int32))
    dp = np.random.rand(batch, k, vocab).astype(np.float32)
    tp = np.random.rand(batch, k, vocab).astype(np.float32)
    dp /= dp.sum(-1, keepdims=True)
    tp /= tp.sum(-1, keepdims=True)
    uniform = Tensor(np.random.rand(batch, k).astype(np.float32))
    return RejectionSampler(SpecConfig()), (draft_tokens, Tensor(dp), Tensor(tp), uniform)
