# case: no-repeat-ngram blocking that collects banned tokens in a Python set from tensor.tolist() -> compile error at line 9
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def banned_next_tokens(prev_tokens, ngram):
    """Tokens that would complete an n-gram already present in prev_tokens."""
    seq = prev_tokens.tolist()
    prefix = tuple(seq[-(ngram - 1):])
    banned = set()
    for i in range(len(seq) - ngram + 1):
        if tuple(seq[i:i + ngram - 1]) == prefix:
            banned.add(seq[i + ngram - 1])
    return sorted(banned)


class NoRepeatNGramProcessor(nn.Cell):
    def __init__(self, hidden=8, vocab_size=12, ngram=2):
        super().__init__()
        self.lm_head = nn.Dense(hidden, vocab_size)
        self.ngram = ngram
        self.vocab_size = vocab_size

    def construct(self, prev_tokens, state):
        logits = self.lm_head(state)
        banned = banned_next_tokens(prev_tokens, self.ngram)
        penalty = np.zeros(self.vocab_size, np.float32)
        for t in banned:
            penalty[t] = -1e9
        return logits + Tensor(penalty)


def make():
    np.random.seed(16)
    prev = Tensor(np.array([5, 3, 7, 5, 9, 5], np.int32))
    state = Tensor(np.random.randn(8).astype(np.float32))
    return NoRepeatNGramProcessor(), (prev, state)
