# case: packed-sequence head builds position ids and a block-diagonal attention mask from fixed-shape segment ids -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PackedSegmentEncoder(nn.Cell):
    def __init__(self, vocab_size=40, hidden=8, max_positions=16, num_heads=2):
        super().__init__()
        self.tok = nn.Embedding(vocab_size, hidden)
        self.pos = nn.Embedding(max_positions, hidden)
        self.attn = nn.MultiheadAttention(hidden, num_heads, batch_first=True)
        self.norm = nn.LayerNorm((hidden,))

    @staticmethod
    def position_ids_from_segments(segment_ids):
        # position restarts at 0 whenever the segment id changes
        seq_len = segment_ids.shape[1]
        idx = ops.arange(seq_len).astype(ms.int32).expand_dims(0)
        prev = ops.concat((segment_ids[:, :1] - 1, segment_ids[:, :-1]), axis=1)
        starts = ops.where(segment_ids != prev, idx, ops.zeros_like(idx))
        seg_start = ops.cummax(starts, axis=1)[0]
        return idx - seg_start

    def construct(self, input_ids, segment_ids):
        pos_ids = self.position_ids_from_segments(segment_ids)
        x = self.tok(input_ids) + self.pos(pos_ids)
        same = segment_ids.expand_dims(2) == segment_ids.expand_dims(1)
        valid = (segment_ids > 0).expand_dims(1)
        block = ops.logical_and(same, valid)
        bias = ops.select(block, ops.zeros(block.shape, ms.float32), ops.full(block.shape, -1e4, dtype=ms.float32))
        bias = ops.tile(bias, (self.attn.num_heads, 1, 1))
        out, _ = self.attn(x, x, x, attn_mask=bias)
        return self.norm(x + out)


def make():
    np.random.seed(6)
    ids = np.random.randint(1, 40, size=(2, 8)).astype(np.int32)
    seg = np.array([[1, 1, 1, 2, 2, 3, 3, 3], [1, 1, 1, 1, 2, 2, 0, 0]], dtype=np.int32)
    ids[seg == 0] = 0
    return PackedSegmentEncoder(), (Tensor(ids), Tensor(seg))
