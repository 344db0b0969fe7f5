# case: grammar-constrained step gathers logits only at the allowed token ids found with nonzero -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GrammarConstrainedStep(nn.Cell):
    """One decoding step where the current nonterminal restricts the next token."""

    def __init__(self, hidden=16, vocab_size=12, num_nonterminals=4, seed=0):
        super().__init__()
        rng = np.random.RandomState(seed)
        table = (rng.rand(num_nonterminals, vocab_size) > 0.5).astype(np.float32)
        table[:, 0] = 1.0  # <eos> always allowed
        self.allowed_table = Tensor(table)
        self.logits_proj = nn.Dense(hidden, vocab_size)

    def allowed_ids(self, nonterminal):
        row = self.allowed_table[nonterminal]
        return ops.nonzero(row > 0.5).reshape(-1)

    def construct(self, state, nonterminal):
        logits = self.logits_proj(state)[0]
        ids = self.allowed_ids(nonterminal)
        sub_logits = ops.gather(logits, ids, 0)
        best = ops.argmax(sub_logits)
        return ids[best], ops.log_softmax(sub_logits, -1).max()


def make():
    np.random.seed(0)
    state = Tensor(np.random.randn(1, 16).astype(np.float32))
    nonterminal = Tensor(2, ms.int32)
    return GrammarConstrainedStep(), (state, nonterminal)
