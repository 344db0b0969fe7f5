# case: citation classifier that keeps a running count of processed citations by writing self.num_seen inside construct -> attribute write on self in construct, error or ignored in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CitationTypeClassifier(nn.Cell):
    def __init__(self, hidden=16, num_types=5):
        super().__init__()
        self.head = nn.Dense(hidden, num_types)
        self.num_seen = 0
        self.last_batch = None

    def construct(self, citation_vecs):
        logits = self.head(citation_vecs)
        self.num_seen = self.num_seen + citation_vecs.shape[0]
        self.last_batch = logits
        return ops.softmax(logits, axis=-1)


def make():
    np.random.seed(19)
    vecs = Tensor(np.random.randn(6, 16).astype(np.float32))
    return CitationTypeClassifier(), (vecs,)
