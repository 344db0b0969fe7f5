# case: token classifier gathers first subwords with a padded word-start index tensor of fixed width -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WordStartGatherTagger(nn.Cell):
    def __init__(self, hidden=8, num_tags=4, ignore_index=-100):
        super().__init__()
        self.ignore_index = ignore_index
        self.head = nn.Dense(hidden, num_tags)
        self.loss = nn.CrossEntropyLoss(ignore_index=ignore_index)

    def gather_word_starts(self, hidden_states, word_starts):
        # word_starts: (B, W) subword index of each word, padded with 0
        b, w = word_starts.shape
        h = hidden_states.shape[-1]
        index = word_starts.expand_dims(-1).broadcast_to((b, w, h))
        return ops.gather_elements(hidden_states, 1, index)

    def construct(self, hidden_states, word_starts, word_mask, word_labels=None):
        words = self.gather_word_starts(hidden_states, word_starts)
        logits = self.head(words)
        if word_labels is None:
            return logits
        labels = ops.select(word_mask, word_labels, ops.full_like(word_labels, self.ignore_index))
        return self.loss(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1))


def make():
    np.random.seed(10)
    hs = Tensor(np.random.randn(2, 9, 8).astype(np.float32))
    starts = Tensor(np.array([[1, 2, 4, 6, 0], [1, 3, 4, 5, 7]], dtype=np.int32))
    mask = Tensor(np.array([[1, 1, 1, 1, 0], [1, 1, 1, 1, 1]], dtype=np.bool_))
    labels = Tensor(np.array([[0, 1, 2, 0, 0], [3, 0, 0, 1, 2]], dtype=np.int32))
    return WordStartGatherTagger(), (hs, starts, mask, labels)
