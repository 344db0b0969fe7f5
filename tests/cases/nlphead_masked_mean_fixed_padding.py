# case: classifier keeps the full padded length, masks padding and truncates by static shape vs config max_len -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedMeanClassifier(nn.Cell):
    def __init__(self, vocab_size=50, embed_dim=12, num_labels=3, max_len=8, pad_id=0):
        super().__init__()
        self.max_len = max_len
        self.pad_id = pad_id
        self.embed = nn.Embedding(vocab_size, embed_dim)
        self.head = nn.Dense(embed_dim, num_labels)

    def _truncate(self, input_ids):
        seq_len = input_ids.shape[1]
        if seq_len > self.max_len:
            input_ids = input_ids[:, :self.max_len]
        return input_ids

    def construct(self, input_ids):
        input_ids = self._truncate(input_ids)
        mask = (input_ids != self.pad_id).astype(ms.float32)
        h = self.embed(input_ids)
        h = ops.select(mask.expand_dims(-1).broadcast_to(h.shape) > 0, h, ops.zeros_like(h))
        denom = ops.maximum(mask.sum(axis=1, keepdims=True), Tensor(1.0, ms.float32))
        return self.head(h.sum(axis=1) / denom)


def make():
    np.random.seed(4)
    ids = np.zeros((3, 10), dtype=np.int32)
    for i, n in enumerate([9, 3, 6]):
        ids[i, :n] = np.random.randint(1, 50, size=n)
    return PaddedMeanClassifier(), (Tensor(ids),)
