# case: module-level dict of predicate counts updated from the predictions inside construct for dataset statistics -> error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PRED_STATS = {"num_calls": 0, "num_fg": 0}


class StatsPredicateHead(nn.Cell):
    def __init__(self, in_dim=16, num_predicates=5):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_predicates)

    def construct(self, pair_feats):
        logits = self.fc(pair_feats)
        labels = ops.argmax(logits, dim=1)
        PRED_STATS["num_calls"] += 1
        PRED_STATS["num_fg"] += (labels > 0).sum()
        return logits


def make():
    np.random.seed(16)
    feats = Tensor(np.random.randn(11, 16).astype(np.float32))
    return StatsPredicateHead(), (feats,)
