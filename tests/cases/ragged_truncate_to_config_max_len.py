# case: truncates/pads token batches to a max_len from config using the static .shape before a positional encoder -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedLengthTextEncoder(nn.Cell):
    """Forces every batch to exactly max_len positions (cut long ones, right-pad short ones)."""

    def __init__(self, vocab_size=40, dim=8, max_len=6, pad_id=0):
        super().__init__()
        self.max_len = max_len
        self.pad_id = pad_id
        self.tok = nn.Embedding(vocab_size, dim)
        self.pos = nn.Embedding(max_len, dim)

    def fit_length(self, ids):
        cur = ids.shape[1]
        if cur > self.max_len:
            return ids[:, :self.max_len]
        if cur < self.max_len:
            return ops.pad(ids, (0, self.max_len - cur), value=self.pad_id)
        return ids

    def construct(self, ids):
        ids = self.fit_length(ids)
        positions = ops.arange(self.max_len, dtype=ms.int32).view(1, -1)
        h = self.tok(ids) + self.pos(positions)
        keep = (ids != self.pad_id).astype(ms.float32).expand_dims(-1)
        return (h * keep).sum(axis=1)


def make():
    np.random.seed(0)
    ids = Tensor(np.random.randint(0, 40, size=(3, 9)).astype(np.int32))
    return FixedLengthTextEncoder(), (ids,)
