# case: find positions of citation marker tokens with nonzero and gather their hidden states -> nonzero has data-dependent row count, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CITE_TOKEN = 7


class CitationExtractor(nn.Cell):
    def __init__(self, hidden=16, num_labels=3):
        super().__init__()
        self.classifier = nn.Dense(hidden, num_labels)

    def marker_positions(self, token_ids):
        is_cite = ops.equal(token_ids, CITE_TOKEN).astype(ms.int32)
        return ops.nonzero(is_cite).squeeze(-1)

    def construct(self, token_ids, hidden_states):
        pos = self.marker_positions(token_ids)
        cite_states = ops.gather(hidden_states, pos, 0)
        return self.classifier(cite_states)


def make():
    np.random.seed(4)
    ids = np.random.randint(0, 12, size=(32,)).astype(np.int32)
    ids[[3, 9, 20]] = CITE_TOKEN
    hidden = np.random.randn(32, 16).astype(np.float32)
    return CitationExtractor(), (Tensor(ids), Tensor(hidden))
