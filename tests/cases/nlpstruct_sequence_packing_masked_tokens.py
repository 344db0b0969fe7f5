# case: pack a padded batch into one token stream (drop pads with masked_select) and rebuild cu_seqlens -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PackedEmbedding(nn.Cell):
    def __init__(self, vocab=40, hidden=8, pad_id=0):
        super().__init__()
        self.tok = nn.Embedding(vocab, hidden)
        self.pos = nn.Embedding(32, hidden)
        self.pad_id = pad_id

    def _pack(self, input_ids):
        batch, seq_len = input_ids.shape
        keep = input_ids != self.pad_id
        positions = ops.broadcast_to(ops.arange(seq_len, dtype=ms.int32).expand_dims(0), (batch, seq_len))
        packed_ids = ops.masked_select(input_ids, keep)
        packed_pos = ops.masked_select(positions, keep)
        lengths = keep.astype(ms.int32).sum(1)
        cu_seqlens = ops.concat([ops.zeros((1,), ms.int32), ops.cumsum(lengths, 0).astype(ms.int32)])
        return packed_ids, packed_pos, cu_seqlens

    def construct(self, input_ids):
        ids, pos, cu_seqlens = self._pack(input_ids)
        return self.tok(ids) + self.pos(pos), cu_seqlens


def make():
    np.random.seed(0)
    ids = Tensor(np.array([[5, 6, 7, 0, 0], [8, 9, 10, 11, 12], [13, 0, 0, 0, 0]], np.int32))
    return PackedEmbedding(), (ids,)
