# case: grammar-constrained step masks disallowed tokens with ops.select over the full vocab and takes argmax -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedGrammarStep(nn.Cell):
    def __init__(self, hidden=16, vocab_size=12, num_nonterminals=4, seed=1):
        super().__init__()
        rng = np.random.RandomState(seed)
        table = rng.rand(num_nonterminals, vocab_size) > 0.5
        table[:, 0] = True
        self.allowed_table = Tensor(table)
        self.proj = nn.Dense(hidden, vocab_size)
        self.neg = Tensor(np.float32(-1e9))

    def _allowed(self, nonterminals):
        return ops.gather(self.allowed_table, nonterminals, 0)

    def construct(self, state, nonterminals):
        logits = self.proj(state)
        allowed = self._allowed(nonterminals)
        masked = ops.select(allowed, logits, ops.broadcast_to(self.neg, logits.shape))
        next_tok = ops.argmax(masked, dim=-1)
        return next_tok, ops.log_softmax(masked, -1)


def make():
    np.random.seed(0)
    state = Tensor(np.random.randn(3, 16).astype(np.float32))
    nts = Tensor(np.array([0, 2, 3], np.int32))
    return MaskedGrammarStep(), (state, nts)
