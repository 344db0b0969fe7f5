# case: a collator-style trimming step inside construct that slices input_ids and the mask to the longest real sequence computed as attention_mask.sum(-1).max(), so the sequence length becomes data-dependent (dynamic shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimmedEncoder(nn.Cell):
    def __init__(self, vocab=50, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.proj = nn.Dense(hidden, hidden)

    def construct(self, input_ids, attention_mask):
        lengths = attention_mask.sum(-1)
        max_len = lengths.max()
        input_ids = input_ids[:, :max_len]
        attention_mask = attention_mask[:, :max_len]
        h = self.proj(self.embed(input_ids))
        h = h * attention_mask.unsqueeze(-1).astype(h.dtype)
        return h.sum(1) / attention_mask.sum(-1, keepdim=True).astype(h.dtype)


def make():
    ids = np.random.randint(1, 50, size=(2, 10)).astype(np.int32)
    mask = np.zeros((2, 10), np.int32)
    mask[0, :6] = 1
    mask[1, :4] = 1
    return TrimmedEncoder(), (Tensor(ids), Tensor(mask))
