# case: relation head returns a loss when ground-truth relation labels are passed and probabilities when gt is None -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelationHead(nn.Cell):
    def __init__(self, in_dim=12, num_predicates=5):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_predicates)
        self.loss_fn = nn.CrossEntropyLoss()

    def construct(self, pair_feats, gt_rel_labels=None):
        logits = self.fc(pair_feats)
        if gt_rel_labels is None:
            return ops.softmax(logits, axis=-1)
        return self.loss_fn(logits, gt_rel_labels)


def make():
    np.random.seed(36)
    feats = Tensor(np.random.randn(8, 12).astype(np.float32))
    return RelationHead(), (feats, None)
