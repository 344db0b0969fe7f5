# case: position ids and block-diagonal attention mask for already-packed rows, restarting at doc boundaries via cumsum -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def packed_position_ids(segment_ids):
    seq_len = segment_ids.shape[1]
    idx = ops.broadcast_to(ops.arange(seq_len, dtype=ms.int32).expand_dims(0), segment_ids.shape)
    prev = ops.concat([segment_ids[:, :1] - 1, segment_ids[:, :-1]], 1)
    is_start = segment_ids != prev
    start_idx = ops.where(is_start, idx, ops.zeros_like(idx))
    run_start = ops.cummax(start_idx, 1)[0]
    return idx - run_start


class PackedMaskBuilder(nn.Cell):
    def __init__(self, hidden=8, max_positions=16, causal=True):
        super().__init__()
        self.pos_embed = nn.Embedding(max_positions, hidden)
        self.causal = causal

    def construct(self, segment_ids):
        pos_ids = packed_position_ids(segment_ids)
        same_doc = segment_ids.expand_dims(2) == segment_ids.expand_dims(1)
        not_pad = (segment_ids > 0).expand_dims(1)
        mask = ops.logical_and(same_doc, not_pad)
        if self.causal:
            seq_len = segment_ids.shape[1]
            tri = ops.tril(ops.ones((seq_len, seq_len), ms.int32)) > 0
            mask = ops.logical_and(mask, tri)
        return self.pos_embed(pos_ids), mask


def make():
    segs = Tensor(np.array([[1, 1, 1, 2, 2, 3, 3, 0], [1, 1, 1, 1, 2, 2, 2, 2]], np.int32))
    return PackedMaskBuilder(), (segs,)
