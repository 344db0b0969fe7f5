# case: pool word-piece states to words by gathering first sub-tokens found with nonzero on a word-start mask -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FirstSubtokenPooler(nn.Cell):
    def __init__(self, hidden=12, num_labels=5):
        super().__init__()
        self.encoder = nn.Dense(hidden, hidden)
        self.tagger = nn.Dense(hidden, num_labels)

    def _word_starts(self, word_ids):
        prev = ops.concat([ops.full((word_ids.shape[0], 1), -1, dtype=ms.int32), word_ids[:, :-1]], 1)
        return ops.logical_and(word_ids != prev, word_ids >= 0)

    def construct(self, subword_states, word_ids):
        h = ops.tanh(self.encoder(subword_states))
        starts = self._word_starts(word_ids)
        coords = ops.nonzero(starts)
        word_states = ops.gather_nd(h, coords)
        return self.tagger(word_states)


def make():
    np.random.seed(0)
    states = Tensor(np.random.randn(2, 7, 12).astype(np.float32))
    word_ids = Tensor(np.array([[0, 0, 1, 2, 2, 2, -1], [0, 1, 1, 2, 3, -1, -1]], np.int32))
    return FirstSubtokenPooler(), (states, word_ids)
