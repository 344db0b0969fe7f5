# case: counts how many expressions were decoded by incrementing a module-level global inside construct -> global statement mutation in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DECODED_EXPRESSIONS = 0


class CountingClassifier(nn.Cell):
    def __init__(self, dim=10, vocab=15):
        super().__init__()
        self.head = nn.Dense(dim, vocab)

    def construct(self, feats):
        global DECODED_EXPRESSIONS
        DECODED_EXPRESSIONS += feats.shape[0]
        return self.head(feats).argmax(-1)


def make():
    np.random.seed(14)
    feats = Tensor(np.random.randn(4, 10).astype(np.float32))
    return CountingClassifier(), (feats,)
