# case: NER head averages subword vectors into words with unsorted_segment_sum, segment count taken from max word id -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WordLevelTagger(nn.Cell):
    def __init__(self, hidden=10, num_tags=5, use_mean=True):
        super().__init__()
        self.use_mean = use_mean
        self.dropout = nn.Dropout(p=0.1)
        self.classifier = nn.Dense(hidden, num_tags)

    def pool_subwords(self, hidden_states, word_ids):
        # hidden_states: (T, H) for one sentence, word_ids: (T,) word index of each subword
        num_words = word_ids.max() + 1
        summed = ops.unsorted_segment_sum(hidden_states, word_ids, num_words)
        if self.use_mean:
            ones = ops.ones_like(word_ids).astype(hidden_states.dtype)
            counts = ops.unsorted_segment_sum(ones, word_ids, num_words)
            summed = summed / counts.expand_dims(-1)
        return summed

    def construct(self, hidden_states, word_ids):
        words = self.pool_subwords(hidden_states, word_ids)
        return self.classifier(self.dropout(words))


def make():
    np.random.seed(7)
    hs = Tensor(np.random.randn(9, 10).astype(np.float32))
    word_ids = Tensor(np.array([0, 0, 1, 2, 2, 2, 3, 4, 4], dtype=np.int32))
    return WordLevelTagger(), (hs, word_ids)
