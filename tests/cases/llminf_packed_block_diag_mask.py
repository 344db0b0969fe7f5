# case: sequence packing with block-diagonal causal mask from segment-id equality and per-segment positions -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PackedCausalAttention(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.qkv = nn.Dense(hidden, 3 * hidden)
        self.scale = hidden ** -0.5

    def _packed_mask(self, segment_ids):
        same_doc = segment_ids.expand_dims(-1) == segment_ids.expand_dims(-2)
        n = segment_ids.shape[-1]
        causal = ops.tril(ops.ones((n, n), ms.int32)).astype(ms.bool_)
        not_pad = (segment_ids > 0).expand_dims(-1)
        return ops.logical_and(ops.logical_and(same_doc, causal), not_pad)

    def construct(self, x, segment_ids):
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        mask = self._packed_mask(segment_ids)
        scores = ops.bmm(q, k.swapaxes(1, 2)) * self.scale
        scores = ops.masked_fill(scores, ops.logical_not(mask), -1e9)
        return ops.bmm(ops.softmax(scores, axis=-1), v)


def make():
    np.random.seed(48)
    x = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    seg = Tensor(np.array([[1, 1, 2, 2, 2, 0], [1, 2, 3, 3, 3, 3]], dtype=np.int32))
    return PackedCausalAttention(), (x, seg)
