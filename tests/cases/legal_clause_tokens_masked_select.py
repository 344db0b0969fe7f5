# case: pull out the token ids that fall inside clause spans with masked_select before embedding them -> masked_select gives a data-dependent length, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClauseTokenPooler(nn.Cell):
    def __init__(self, vocab_size=50, hidden=12):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.scorer = nn.Dense(hidden, 1)

    def construct(self, token_ids, clause_mask):
        clause_tokens = ops.masked_select(token_ids, clause_mask)
        emb = self.embed(clause_tokens)
        scores = self.scorer(emb).squeeze(-1)
        weights = ops.softmax(scores, axis=0)
        return (emb * weights.expand_dims(-1)).sum(axis=0)


def make():
    np.random.seed(2)
    token_ids = Tensor(np.random.randint(0, 50, size=(30,)).astype(np.int32))
    mask = np.zeros(30, dtype=bool)
    mask[4:11] = True
    mask[19:25] = True
    return ClauseTokenPooler(), (token_ids, Tensor(mask))
