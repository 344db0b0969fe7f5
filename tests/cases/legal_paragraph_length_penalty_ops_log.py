# case: length-normalize paragraph scores with ops.log of the token counts (computed on tensors, not math) -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthNormalizedScorer(nn.Cell):
    def __init__(self, hidden=12, alpha=0.6):
        super().__init__()
        self.scorer = nn.Dense(hidden, 1)
        self.alpha = alpha

    def penalty(self, lengths):
        lengths = lengths.astype(ms.float32)
        return 1.0 + self.alpha * ops.log(lengths + 1.0)

    def construct(self, para_emb, token_counts):
        raw = self.scorer(para_emb).squeeze(-1)
        return raw / self.penalty(token_counts)


def make():
    np.random.seed(17)
    para_emb = Tensor(np.random.randn(7, 12).astype(np.float32))
    counts = Tensor(np.array([40, 12, 88, 5, 61, 23, 9], dtype=np.int32))
    return LengthNormalizedScorer(), (para_emb, counts)
