# case: per-session mean pooling with unsorted_segment_sum where the number of segments is the batch size from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedSessionPooler(nn.Cell):
    def __init__(self, num_items=40, dim=8, pad_id=0):
        super().__init__()
        self.pad_id = pad_id
        self.item_emb = nn.Embedding(num_items, dim, padding_idx=pad_id)
        self.proj = nn.Dense(dim, dim)

    def flatten_with_ids(self, item_seq):
        b, l = item_seq.shape
        seg = ops.arange(b, dtype=ms.int32).expand_dims(1).broadcast_to((b, l)).reshape(-1)
        return item_seq.reshape(-1), seg, b

    def construct(self, item_seq):
        flat, seg, b = self.flatten_with_ids(item_seq)
        w = (flat != self.pad_id).astype(ms.float32).expand_dims(-1)
        e = self.proj(self.item_emb(flat)) * w
        total = ops.unsorted_segment_sum(e, seg, b)
        cnt = ops.unsorted_segment_sum(w, seg, b)
        user = total / ops.maximum(cnt, 1.0)
        return ops.matmul(user, self.item_emb.embedding_table.T)


def make():
    np.random.seed(22)
    seq = np.random.randint(0, 40, size=(3, 5)).astype(np.int32)
    return PaddedSessionPooler(), (Tensor(seq),)
