# case: collator-in-model that truncates when the longest sequence exceeds max_len and pads otherwise -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FitToLength(nn.Cell):
    def __init__(self, max_len=8, pad_id=0, hidden=6, vocab_size=20):
        super().__init__()
        self.max_len = max_len
        self.pad_id = pad_id
        self.embed = nn.Embedding(vocab_size, hidden)

    def _real_lengths(self, token_ids):
        return (token_ids != self.pad_id).astype(ms.int32).sum(-1)

    def construct(self, token_ids):
        lengths = self._real_lengths(token_ids)
        longest = lengths.max()
        if longest > self.max_len:
            token_ids = token_ids[:, :self.max_len]
            lengths = ops.minimum(lengths, self.max_len)
        else:
            extra = self.max_len - token_ids.shape[1]
            token_ids = ops.pad(token_ids, (0, extra), value=self.pad_id)
        return self.embed(token_ids), lengths


def make():
    np.random.seed(14)
    ids = np.random.randint(1, 20, size=(2, 6)).astype(np.int32)
    ids[1, 4:] = 0
    return FitToLength(), (Tensor(ids),)
