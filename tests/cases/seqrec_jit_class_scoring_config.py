# case: candidate scorer reading temperatures and flags from an @ms.jit_class config object held on the Cell -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ScoringConfig:
    def __init__(self, temperature=0.1, use_bias=True, margin=0.0):
        self.temperature = temperature
        self.use_bias = use_bias
        self.margin = margin

    def scale(self, logits):
        return (logits - self.margin) / self.temperature


class CandidateScorer(nn.Cell):
    def __init__(self, num_items=50, dim=8, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else ScoringConfig()
        self.item_emb = nn.Embedding(num_items, dim)
        self.item_bias = nn.Embedding(num_items, 1)
        self.seq_pool = nn.Dense(dim, dim)

    def construct(self, history, candidates):
        user = self.seq_pool(self.item_emb(history).mean(1))
        cand = self.item_emb(candidates)
        logits = (cand * user.expand_dims(1)).sum(-1)
        if self.cfg.use_bias:
            logits = logits + self.item_bias(candidates).squeeze(-1)
        return ops.log_softmax(self.cfg.scale(logits), axis=-1)


def make():
    np.random.seed(14)
    hist = np.random.randint(0, 50, size=(2, 6)).astype(np.int32)
    cands = np.random.randint(0, 50, size=(2, 5)).astype(np.int32)
    return CandidateScorer(), (Tensor(hist), Tensor(cands))
