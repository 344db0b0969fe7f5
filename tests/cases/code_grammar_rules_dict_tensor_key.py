# case: parser head looks up the production list of the frontier nonterminal in a Python dict keyed by int(tensor) -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PRODUCTIONS = {
    0: (0, 1, 2),        # stmt -> expr | assign | return
    1: (3, 4),           # expr -> call | name
    2: (5, 6, 7, 8),     # assign -> ...
}


class ProductionScorer(nn.Cell):
    def __init__(self, hidden=16, num_rules=9, productions=None):
        super().__init__()
        self.productions = productions if productions is not None else PRODUCTIONS
        self.rule_embed = nn.Embedding(num_rules, hidden)
        self.query = nn.Dense(hidden, hidden)

    def _candidates(self, nonterminal):
        rules = self.productions[int(nonterminal)]
        return Tensor(rules, ms.int32)

    def construct(self, state, nonterminal):
        cand = self._candidates(nonterminal)
        cand_vecs = self.rule_embed(cand)
        scores = ops.matmul(cand_vecs, self.query(state).reshape(-1))
        return cand[ops.argmax(scores)], ops.softmax(scores, axis=0)


def make():
    np.random.seed(0)
    state = Tensor(np.random.randn(1, 16).astype(np.float32))
    return ProductionScorer(), (state, Tensor(2, ms.int32))
