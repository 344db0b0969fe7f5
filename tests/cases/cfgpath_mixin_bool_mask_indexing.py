# case: loss mixin selects labelled positions by boolean-mask indexing before cross entropy -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IGNORE_INDEX = -100


class MaskedLossMixin:
    ignore_index = IGNORE_INDEX

    def select_valid(self, logits, labels):
        keep = labels != self.ignore_index
        return logits[keep], labels[keep]


class TokenTagger(MaskedLossMixin, nn.Cell):
    def __init__(self, hidden=8, num_tags=5, compute_loss=True):
        super().__init__()
        self.classifier = nn.Dense(hidden, num_tags)
        self.compute_loss = compute_loss
        self.ce = nn.CrossEntropyLoss()

    def construct(self, features, labels=None):
        logits = self.classifier(features).reshape(-1, 5)
        if labels is None or not self.compute_loss:
            return logits
        valid_logits, valid_labels = self.select_valid(logits, labels.reshape(-1))
        return self.ce(valid_logits, valid_labels)


def make():
    np.random.seed(4)
    feats = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    labels = Tensor(np.array([[1, 2, -100], [0, -100, -100]], dtype=np.int32))
    return TokenTagger(), (feats, labels)
