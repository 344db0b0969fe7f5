# case: SPLADE encoder with log-saturation max pooling, FLOPS regulariser and top-k term pruning where k is a constructor setting -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpladeHead(nn.Cell):
    def __init__(self, hidden=16, vocab=64, max_terms=8, pooling="max"):
        super().__init__()
        self.transform = nn.Dense(hidden, hidden, activation="gelu")
        self.decoder = nn.Dense(hidden, vocab)
        self.max_terms = max_terms
        self.pooling = pooling
        self.vocab = vocab

    def pool(self, w, mask):
        w = w * mask.astype(w.dtype).expand_dims(-1)
        return w.max(axis=1) if self.pooling == "max" else w.sum(axis=1)

    def prune(self, rep):
        kth, _ = ops.topk(rep, self.max_terms)
        threshold = kth[:, -1:]
        return ops.where(rep >= threshold, rep, ops.zeros_like(rep))

    def construct(self, states, mask):
        logits = self.decoder(self.transform(states))
        rep = self.prune(self.pool(ops.log1p(ops.relu(logits)), mask))
        flops = (rep.mean(axis=0) ** 2).sum()
        return rep, flops


def make():
    np.random.seed(29)
    states = Tensor(np.random.randn(3, 5, 16).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 1, 1, 0], [1, 1, 1, 0, 0], [1] * 5], dtype=np.int32))
    return SpladeHead(), (states, mask)
