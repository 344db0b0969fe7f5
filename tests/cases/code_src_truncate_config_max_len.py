# case: source encoder truncates inputs to a configured max_src_len (Python int) and embeds -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TruncatingCodeEncoder(nn.Cell):
    def __init__(self, vocab_size=40, dim=16, max_src_len=6, pad_id=0):
        super().__init__()
        self.max_src_len = max_src_len
        self.pad_id = pad_id
        self.embed = nn.Embedding(vocab_size, dim)
        self.conv = nn.Conv1d(dim, dim, 3, pad_mode="same")

    def _truncate(self, ids):
        if ids.shape[1] > self.max_src_len:
            ids = ids[:, :self.max_src_len]
        return ids

    def construct(self, src_ids):
        ids = self._truncate(src_ids)
        mask = (ids != self.pad_id).astype(ms.float32)
        h = self.embed(ids).transpose(0, 2, 1)
        h = ops.relu(self.conv(h)).transpose(0, 2, 1)
        return (h * mask.expand_dims(-1)).max(axis=1), mask


def make():
    np.random.seed(0)
    ids = Tensor(np.random.randint(0, 40, size=(2, 10)).astype(np.int32))
    return TruncatingCodeEncoder(), (ids,)
