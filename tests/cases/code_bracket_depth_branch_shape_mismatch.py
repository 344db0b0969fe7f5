# case: structure-aware LM drops the last logit column only when bracket depth goes negative (tensor-valued if with different shapes) -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BracketAwareLMHead(nn.Cell):
    def __init__(self, hidden=16, vocab_size=10, open_id=1, close_id=2):
        super().__init__()
        self.open_id = open_id
        self.close_id = close_id
        self.lm = nn.Dense(hidden, vocab_size)

    def _depth(self, tokens):
        ones = ops.ones_like(tokens)
        delta = ops.where(tokens == self.open_id, ones, ops.zeros_like(tokens))
        delta = delta - ops.where(tokens == self.close_id, ones, ops.zeros_like(tokens))
        return ops.cumsum(delta, axis=-1)

    def _unbalanced(self, tokens):
        return (self._depth(tokens) < 0).any()

    def construct(self, hidden, tokens):
        logits = self.lm(hidden)
        if self._unbalanced(tokens):
            # cannot predict after an unmatched closer: drop the final position
            logits = logits[:, :-1]
        return ops.log_softmax(logits, -1)


def make():
    np.random.seed(0)
    hidden = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    tokens = Tensor(np.array([[1, 3, 2, 2, 4, 1], [1, 1, 2, 5, 2, 6]], np.int32))
    return BracketAwareLMHead(), (hidden, tokens)
