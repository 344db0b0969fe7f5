# case: word-piece merging that pulls token ids to host with .asnumpy() to find word boundaries -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WordPieceMerger(nn.Cell):
    """Pools sub-word token embeddings into word embeddings; '##' pieces continue the previous word."""

    def __init__(self, vocab_size=16, dim=8, continuation_ids=(5, 6, 7)):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.continuation_ids = continuation_ids

    def word_ids(self, token_ids):
        ids = token_ids.asnumpy()
        starts = ~np.isin(ids, self.continuation_ids)
        return Tensor(np.cumsum(starts) - 1, ms.int32), int(starts.sum())

    def construct(self, token_ids):
        emb = self.embed(token_ids)
        word_ids, num_words = self.word_ids(token_ids)
        summed = ops.unsorted_segment_sum(emb, word_ids, num_words)
        counts = ops.unsorted_segment_sum(ops.ones_like(word_ids).astype(ms.float32), word_ids, num_words)
        return summed / counts.expand_dims(-1)


def make():
    np.random.seed(16)
    token_ids = Tensor(np.array([3, 5, 9, 10, 6, 7, 4], dtype=np.int32))
    return WordPieceMerger(), (token_ids,)
