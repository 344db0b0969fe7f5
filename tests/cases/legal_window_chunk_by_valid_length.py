# case: chunk a padded contract into windows after trimming it to its valid token count taken from a tensor -> dynamic slice x[:n] with tensor n, likely error or dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContractChunker(nn.Cell):
    def __init__(self, vocab_size=64, hidden=16, window=4):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.window = window

    def trim(self, token_ids, valid_len):
        n = valid_len[0]
        return token_ids[:n]

    def construct(self, token_ids, valid_len):
        trimmed = self.trim(token_ids, valid_len)
        emb = self.embed(trimmed)
        # mean embedding of the kept tokens, then project to windows of equal size
        pooled = emb.mean(axis=0)
        return pooled


def make():
    np.random.seed(0)
    tokens = Tensor(np.random.randint(1, 64, size=(24,)).astype(np.int32))
    valid_len = Tensor(np.array([17], dtype=np.int32))
    return ContractChunker(), (tokens, valid_len)
