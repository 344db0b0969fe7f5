# case: picks a padding bucket for the batch from the longest sequence using .asnumpy() -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BucketedEncoder(nn.Cell):
    """Pads a batch up to the smallest bucket that fits the longest sequence."""

    def __init__(self, vocab_size=30, dim=8, buckets=(4, 8, 12)):
        super().__init__()
        self.buckets = buckets
        self.embed = nn.Embedding(vocab_size, dim, padding_idx=0)
        self.encoder = nn.Dense(dim, dim)

    def choose_bucket(self, lengths):
        longest = int(lengths.asnumpy().max())
        for b in self.buckets:
            if longest <= b:
                return b
        return self.buckets[-1]

    def construct(self, token_ids, lengths):
        bucket = self.choose_bucket(lengths)
        pad = bucket - token_ids.shape[1]
        if pad > 0:
            token_ids = ops.pad(token_ids, (0, pad), value=0)
        h = ops.tanh(self.encoder(self.embed(token_ids)))
        return h


def make():
    np.random.seed(0)
    ids = np.random.randint(1, 30, size=(3, 6)).astype(np.int32)
    ids[1, 4:] = 0
    return BucketedEncoder(), (Tensor(ids), Tensor(np.array([6, 4, 6], dtype=np.int32)))
