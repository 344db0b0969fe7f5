# case: packs non-pad token states into a flat varlen stream with cu_seqlens -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VarlenPacker(nn.Cell):
    def __init__(self, vocab_size=30, hidden=8, pad_id=0):
        super().__init__()
        self.pad_id = pad_id
        self.hidden = hidden
        self.embed = nn.Embedding(vocab_size, hidden)
        self.norm = nn.LayerNorm((hidden,))

    def construct(self, token_ids):
        mask = token_ids != self.pad_id
        h = self.norm(self.embed(token_ids))
        packed = self._pack(h, mask)
        seqlens = mask.astype(ms.int32).sum(axis=1)
        cu_seqlens = ops.cumsum(seqlens, 0)
        cu_seqlens = ops.concat((ops.zeros((1,), ms.int32), cu_seqlens))
        return packed, cu_seqlens

    def _pack(self, h, mask):
        full_mask = mask.expand_dims(-1)
        full_mask = ops.broadcast_to(full_mask, h.shape)
        flat = ops.masked_select(h, full_mask)
        return flat.reshape(-1, self.hidden)


def make():
    np.random.seed(1)
    ids = np.random.randint(1, 30, size=(2, 7)).astype(np.int32)
    ids[0, 5:] = 0
    ids[1, 3:] = 0
    return VarlenPacker(), (Tensor(ids),)
