# case: SASRec block with causal + padding attention mask built from .shape and ops.where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SASRecBlock(nn.Cell):
    def __init__(self, num_items=60, max_len=8, dim=16, num_heads=2):
        super().__init__()
        self.item_emb = nn.Embedding(num_items + 1, dim, padding_idx=0)
        self.pos_emb = nn.Embedding(max_len, dim)
        self.attn = nn.MultiheadAttention(dim, num_heads, batch_first=True)
        self.ln = nn.LayerNorm((dim,))
        self.ffn = nn.SequentialCell(nn.Dense(dim, dim * 2), nn.GELU(), nn.Dense(dim * 2, dim))

    def build_mask(self, item_seq):
        seq_len = item_seq.shape[1]
        causal = ops.tril(ops.ones((seq_len, seq_len), ms.bool_))
        pad = (item_seq > 0).expand_dims(1)
        allowed = ops.logical_and(causal.expand_dims(0), pad)
        neg = ops.full(allowed.shape, -1e9, dtype=ms.float32)
        return ops.where(allowed, ops.zeros_like(neg), neg)

    def construct(self, item_seq):
        b, l = item_seq.shape
        pos = ops.arange(l).expand_dims(0).broadcast_to((b, l))
        h = self.item_emb(item_seq) + self.pos_emb(pos)
        h = h * (item_seq > 0).astype(ms.float32).expand_dims(-1)
        mask = self.build_mask(item_seq)
        mask = ops.repeat_interleave(mask, self.attn.num_heads, 0)
        attn_out = self.attn(h, h, h, attn_mask=mask)[0]
        h = self.ln(h + attn_out)
        return self.ln(h + self.ffn(h))[:, -1, :]


def make():
    np.random.seed(1)
    seq = np.random.randint(0, 61, size=(3, 8)).astype(np.int32)
    seq[:, -1] = np.random.randint(1, 61, size=3)
    return SASRecBlock(), (Tensor(seq),)
