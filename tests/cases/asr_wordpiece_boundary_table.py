# case: word-piece merging with a constant "starts a word" lookup table and cumsum word ids, fixed max words -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WordPieceToWord(nn.Cell):
    def __init__(self, vocab_size=16, dim=8, word_start_ids=(1, 2, 3, 4, 8, 9, 10), max_words=None):
        super().__init__()
        table = np.zeros((vocab_size,), dtype=np.int32)
        table[list(word_start_ids)] = 1
        self.is_word_start = Tensor(table)
        self.embed = nn.Embedding(vocab_size, dim)
        self.max_words = max_words

    def construct(self, token_ids, token_mask):
        # token_ids, token_mask: (L,)
        starts = ops.gather(self.is_word_start, token_ids, 0) * token_mask
        word_ids = ops.cumsum(starts, axis=0) - 1
        word_ids = ops.select(token_mask > 0, ops.maximum(word_ids, 0), ops.zeros_like(word_ids))
        num_segments = self.max_words if self.max_words is not None else token_ids.shape[0]
        emb = self.embed(token_ids) * token_mask.expand_dims(-1).astype(ms.float32)
        word_emb = ops.unsorted_segment_sum(emb, word_ids, num_segments)
        counts = ops.unsorted_segment_sum(token_mask.astype(ms.float32), word_ids, num_segments)
        word_emb = word_emb / ops.maximum(counts, 1.0).expand_dims(-1)
        return word_emb, starts.sum()


def make():
    np.random.seed(17)
    token_ids = Tensor(np.array([3, 5, 9, 10, 6, 7, 4, 0], dtype=np.int32))
    token_mask = Tensor(np.array([1, 1, 1, 1, 1, 1, 1, 0], dtype=np.int32))
    return WordPieceToWord(), (token_ids, token_mask)
