# case: text encoder trims the padded batch to the longest real sequence using lengths.max() -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimmedTextEncoder(nn.Cell):
    """Ported from a PyTorch encoder that cut padding before the transformer."""

    def __init__(self, vocab_size=50, hidden=16, pad_id=0, trim_padding=True):
        super().__init__()
        self.pad_id = pad_id
        self.trim_padding = trim_padding
        self.embed = nn.Embedding(vocab_size, hidden)
        self.proj = nn.Dense(hidden, hidden)

    def _lengths(self, input_ids):
        return (input_ids != self.pad_id).astype(ms.int32).sum(1)

    def construct(self, input_ids):
        lengths = self._lengths(input_ids)
        if self.trim_padding:
            max_len = lengths.max()
            input_ids = input_ids[:, :max_len]
        h = self.proj(self.embed(input_ids))
        mask = (input_ids != self.pad_id).astype(h.dtype).unsqueeze(-1)
        pooled = (h * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return pooled


def make():
    np.random.seed(0)
    ids = np.random.randint(1, 50, size=(3, 10)).astype(np.int32)
    ids[0, 6:] = 0
    ids[1, 4:] = 0
    ids[2, 7:] = 0
    return TrimmedTextEncoder(), (Tensor(ids),)
