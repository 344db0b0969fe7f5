# case: builds a key padding mask by comparing arange(L) with per-sequence lengths and uses it in mean pooling -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthMaskedPooler(nn.Cell):
    def __init__(self, vocab=25, d_model=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, d_model, padding_idx=0)
        self.proj = nn.Dense(d_model, d_model)

    def padding_mask(self, lengths, seq_len):
        pos = ops.arange(seq_len).astype(lengths.dtype)
        return pos.expand_dims(0) < lengths.expand_dims(1)

    def construct(self, tokens, lengths):
        h = ops.tanh(self.proj(self.embed(tokens)))
        mask = self.padding_mask(lengths, tokens.shape[1]).astype(h.dtype)
        summed = (h * mask.expand_dims(-1)).sum(axis=1)
        return summed / mask.sum(axis=1, keepdims=True)


def make():
    np.random.seed(3)
    tokens = np.random.randint(1, 25, (3, 20)).astype(np.int32)
    lengths = np.array([14, 9, 20], dtype=np.int32)
    for i, n in enumerate(lengths):
        tokens[i, n:] = 0
    return LengthMaskedPooler(), (Tensor(tokens), Tensor(lengths))
