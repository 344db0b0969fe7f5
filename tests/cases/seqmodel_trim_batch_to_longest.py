# case: embeds padded token ids after trimming the batch to the longest real sequence -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimmedEncoder(nn.Cell):
    def __init__(self, vocab_size=50, hidden=16, pad_id=0):
        super().__init__()
        self.pad_id = pad_id
        self.embed = nn.Embedding(vocab_size, hidden, padding_idx=pad_id)
        self.proj = nn.Dense(hidden, hidden)

    def _longest(self, token_ids):
        not_pad = (token_ids != self.pad_id).astype(ms.int32)
        lengths = not_pad.sum(axis=1)
        return lengths.max()

    def construct(self, token_ids):
        max_len = self._longest(token_ids)
        # drop the all-pad tail columns so the encoder does less work
        token_ids = token_ids[:, :max_len]
        h = self.embed(token_ids)
        return ops.tanh(self.proj(h))


def make():
    np.random.seed(0)
    ids = np.random.randint(1, 50, size=(3, 10)).astype(np.int32)
    ids[0, 6:] = 0
    ids[1, 4:] = 0
    ids[2, 8:] = 0
    return TrimmedEncoder(), (Tensor(ids),)
