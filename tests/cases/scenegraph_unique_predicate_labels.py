# case: count how many distinct predicates were predicted per image using ops.unique on argmax labels -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PredicateHead(nn.Cell):
    def __init__(self, in_dim=24, num_predicates=8):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_predicates)

    def construct(self, union_feats):
        logits = self.fc(union_feats)
        pred_labels = ops.argmax(logits[:, 1:], dim=1) + 1
        distinct, inverse = ops.unique(pred_labels)
        counts = ops.zeros((distinct.shape[0],), ms.float32)
        counts = ops.tensor_scatter_add(counts, inverse.reshape(-1, 1),
                                        ops.ones(inverse.shape, ms.float32))
        return distinct, counts


def make():
    np.random.seed(3)
    feats = Tensor(np.random.randn(15, 24).astype(np.float32))
    return PredicateHead(), (feats,)
