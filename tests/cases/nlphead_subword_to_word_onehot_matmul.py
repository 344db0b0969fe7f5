# case: subword-to-word mean pooling via a one-hot assignment matrix sized by config max_words -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WordPoolingTagger(nn.Cell):
    def __init__(self, hidden=10, num_tags=5, max_words=8, pooling="mean"):
        super().__init__()
        self.max_words = max_words
        self.pooling = pooling
        self.classifier = nn.Dense(hidden, num_tags)

    def assignment(self, word_ids):
        # word_ids: (B, T); -1 marks special tokens / padding
        valid = word_ids >= 0
        safe = ops.where(valid, word_ids, ops.zeros_like(word_ids))
        onehot = ops.one_hot(safe, self.max_words, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return onehot * valid.astype(ms.float32).expand_dims(-1)

    def construct(self, hidden_states, word_ids):
        assign = self.assignment(word_ids)               # (B, T, W)
        assign_t = assign.transpose(0, 2, 1)              # (B, W, T)
        word_vecs = ops.bmm(assign_t, hidden_states)      # (B, W, H)
        if self.pooling == "mean":
            counts = assign_t.sum(axis=-1, keepdims=True)
            word_vecs = word_vecs / ops.clamp(counts, min=1.0)
        word_mask = assign_t.sum(axis=-1) > 0
        return self.classifier(word_vecs), word_mask


def make():
    np.random.seed(8)
    hs = Tensor(np.random.randn(2, 9, 10).astype(np.float32))
    word_ids = Tensor(np.array([[-1, 0, 0, 1, 2, 2, 3, -1, -1],
                                [-1, 0, 1, 1, 1, 2, 3, 4, -1]], dtype=np.int32))
    return WordPoolingTagger(), (hs, word_ids)
