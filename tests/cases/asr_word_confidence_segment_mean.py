# case: word-level confidence aggregated per word with segment sums where the word count comes from the data -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WordConfidence(nn.Cell):
    def __init__(self, aggregation="mean", space_id=1):
        super().__init__()
        self.aggregation = aggregation
        self.space_id = space_id

    def token_confidence(self, log_probs):
        probs = ops.exp(log_probs)
        return probs.max(axis=-1)

    def construct(self, log_probs, token_ids):
        conf = self.token_confidence(log_probs)
        is_space = (token_ids == self.space_id).astype(ms.int32)
        word_ids = ops.cumsum(is_space, axis=0)
        num_words = word_ids[-1] + 1
        if self.aggregation == "mean":
            total = ops.unsorted_segment_sum(conf, word_ids, num_words)
            count = ops.unsorted_segment_sum(ops.ones_like(conf), word_ids, num_words)
            word_conf = total / count
        else:
            word_conf = ops.exp(ops.unsorted_segment_sum(ops.log(conf), word_ids, num_words))
        return word_conf


def make():
    np.random.seed(18)
    lp = np.log(np.random.dirichlet(np.ones(6), size=9)).astype(np.float32)
    ids = Tensor(np.array([3, 4, 1, 5, 2, 1, 4, 3, 2], dtype=np.int32))
    return WordConfidence(), (Tensor(lp), ids)
