# case: unpacking a packed token buffer into a padded batch whose width is the max sequence length taken from the seqlens tensor -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def seqlens_to_positions(cu_seqlens, total):
    token_idx = ops.arange(total).reshape(-1, 1)
    seq_id = (token_idx >= cu_seqlens[1:].reshape(1, -1)).astype(ms.int32).sum(1)
    pos = token_idx.reshape(-1) - ops.gather(cu_seqlens, seq_id, 0)
    return seq_id, pos


class PackedToPadded(nn.Cell):
    def __init__(self, dim=4, pad_value=0.0):
        super().__init__()
        self.dim = dim
        self.pad_value = pad_value

    def construct(self, packed, cu_seqlens):
        total = packed.shape[0]
        batch = cu_seqlens.shape[0] - 1
        seqlens = cu_seqlens[1:] - cu_seqlens[:-1]
        max_len = int(seqlens.max())
        padded = ops.fill(ms.float32, (batch, max_len, self.dim), self.pad_value)
        seq_id, pos = seqlens_to_positions(cu_seqlens, total)
        index = ops.stack((seq_id, pos), axis=1)
        return ops.tensor_scatter_update(padded, index, packed)


def make():
    np.random.seed(16)
    packed = Tensor(np.random.randn(9, 4).astype(np.float32))
    cu = Tensor(np.array([0, 2, 7, 9], dtype=np.int32))
    return PackedToPadded(), (packed, cu)
