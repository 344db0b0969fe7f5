# case: question encoder trims padded token embeddings to the valid length counted from the attention mask (x[:n] with n a tensor) -> dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuestionEncoder(nn.Cell):
    def __init__(self, vocab_size=50, hidden=16):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.proj = nn.Dense(hidden, hidden)

    def valid_length(self, mask):
        return mask.astype(ms.int32).sum()

    def construct(self, token_ids, mask):
        emb = self.embed(token_ids)          # (T, H)
        n = self.valid_length(mask)
        emb = emb[:n]                        # drop padding
        hidden = ops.tanh(self.proj(emb))
        return hidden.mean(axis=0)


def make():
    np.random.seed(0)
    ids = np.random.randint(1, 50, size=(12,)).astype(np.int32)
    mask = np.array([1] * 7 + [0] * 5, dtype=np.bool_)
    ids[7:] = 0
    return QuestionEncoder(), (Tensor(ids), Tensor(mask))
