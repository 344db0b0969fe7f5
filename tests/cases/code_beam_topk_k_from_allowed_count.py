# case: constrained beam step takes top-k where k = min(beam, number of grammar-allowed tokens) counted from the mask -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConstrainedBeamExpand(nn.Cell):
    """Expands one hypothesis with the best allowed continuations."""

    def __init__(self, hidden=16, vocab_size=15, beam_size=4, neg_inf=-1e9):
        super().__init__()
        self.beam_size = beam_size
        self.neg_inf = neg_inf
        self.proj = nn.Dense(hidden, vocab_size)

    def _num_candidates(self, allowed):
        n_allowed = allowed.astype(ms.int32).sum()
        return ops.minimum(n_allowed, self.beam_size)

    def construct(self, state, allowed):
        logp = ops.log_softmax(self.proj(state), -1)[0]
        logp = ops.where(allowed, logp, ops.full_like(logp, self.neg_inf))
        k = self._num_candidates(allowed)
        scores, token_ids = ops.topk(logp, int(k))
        return scores, token_ids


def make():
    np.random.seed(0)
    state = Tensor(np.random.randn(1, 16).astype(np.float32))
    allowed = np.zeros(15, np.bool_)
    allowed[[0, 3, 7]] = True
    return ConstrainedBeamExpand(), (state, Tensor(allowed))
