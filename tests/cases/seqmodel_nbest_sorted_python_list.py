# case: n-best reranker that sorts (score, tokens) hypotheses with Python sorted and a lambda -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def length_normalised(score, length, alpha):
    return score / (((5.0 + length) / 6.0) ** alpha)


class NBestReranker(nn.Cell):
    def __init__(self, hidden=8, vocab_size=16, alpha=0.6, pad_id=0, keep=2):
        super().__init__()
        self.scorer = nn.Dense(hidden, vocab_size)
        self.alpha = alpha
        self.pad_id = pad_id
        self.keep = keep

    def construct(self, hyp_tokens, hyp_states):
        logp = ops.log_softmax(self.scorer(hyp_states), axis=-1)
        tok_lp = ops.gather_elements(logp, 2, hyp_tokens.expand_dims(-1)).squeeze(-1)
        real = (hyp_tokens != self.pad_id).astype(ms.float32)
        sums = (tok_lp * real).sum(-1)
        lengths = real.sum(-1)
        scored = []
        for i in range(hyp_tokens.shape[0]):
            scored.append((length_normalised(sums[i], lengths[i], self.alpha), hyp_tokens[i]))
        ranked = sorted(scored, key=lambda item: item[0], reverse=True)
        return ops.stack([tokens for _, tokens in ranked[:self.keep]])


def make():
    np.random.seed(12)
    toks = np.random.randint(1, 16, size=(4, 6)).astype(np.int32)
    toks[2, 4:] = 0
    states = np.random.randn(4, 6, 8).astype(np.float32)
    return NBestReranker(), (Tensor(toks), Tensor(states))
