# case: code encoder trims the padded batch to the longest real length before pooling -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CodeBagEncoder(nn.Cell):
    """Embeds code tokens and mean-pools them, skipping pad positions."""

    def __init__(self, vocab_size=40, dim=16, pad_id=0, trim=True):
        super().__init__()
        self.pad_id = pad_id
        self.trim = trim
        self.embed = nn.Embedding(vocab_size, dim, padding_idx=pad_id)
        self.proj = nn.Dense(dim, dim, activation="relu")

    def _trim(self, src_ids, lengths):
        max_len = lengths.max()
        return src_ids[:, :max_len]

    def construct(self, src_ids, lengths):
        if self.trim:
            src_ids = self._trim(src_ids, lengths)
        mask = (src_ids != self.pad_id).astype(ms.float32)
        h = self.proj(self.embed(src_ids))
        pooled = (h * mask.expand_dims(-1)).sum(axis=1)
        return pooled / ops.maximum(mask.sum(axis=1, keepdims=True), 1.0)


def make():
    np.random.seed(0)
    src = np.zeros((3, 10), np.int32)
    lengths = np.array([4, 6, 3], np.int32)
    for b, n in enumerate(lengths):
        src[b, :n] = np.random.randint(1, 40, size=n)
    return CodeBagEncoder(), (Tensor(src), Tensor(lengths))
