# case: teacher-forcing caption decoder with causal mask built from configured max length -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CaptionDecoderLayer(nn.Cell):
    def __init__(self, hidden=16, heads=2):
        super().__init__()
        self.self_attn = nn.MultiheadAttention(hidden, heads, batch_first=True)
        self.cross_attn = nn.MultiheadAttention(hidden, heads, batch_first=True)
        self.ln1 = nn.LayerNorm((hidden,))
        self.ln2 = nn.LayerNorm((hidden,))

    def construct(self, x, memory, causal_mask):
        a, _ = self.self_attn(x, x, x, attn_mask=causal_mask)
        x = self.ln1(x + a)
        c, _ = self.cross_attn(x, memory, memory)
        return self.ln2(x + c)


class CaptionModel(nn.Cell):
    def __init__(self, vocab_size=30, hidden=16, region_dim=20, max_len=9, pad_id=0):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.pos = nn.Embedding(max_len, hidden)
        self.region_proj = nn.Dense(region_dim, hidden)
        self.layer = CaptionDecoderLayer(hidden)
        self.lm_head = nn.Dense(hidden, vocab_size)
        self.max_len = max_len
        self.ce = nn.CrossEntropyLoss(ignore_index=pad_id)

    def causal_mask(self, n):
        upper = ops.triu(ops.ones((n, n), ms.float32), diagonal=1)
        return upper * -1e9

    def construct(self, regions, captions):
        inp, tgt = captions[:, :-1], captions[:, 1:]
        n = inp.shape[1]
        pos_ids = ops.arange(n, dtype=ms.int32)
        x = self.embed(inp) + self.pos(pos_ids)
        h = self.layer(x, self.region_proj(regions), self.causal_mask(n))
        logits = self.lm_head(h)
        return self.ce(logits.reshape(-1, logits.shape[-1]), tgt.reshape(-1))


def make():
    np.random.seed(7)
    net = CaptionModel()
    regions = Tensor(np.random.randn(2, 5, 20).astype(np.float32))
    caps = np.random.randint(0, 30, (2, 10)).astype(np.int32)
    return net, (regions, Tensor(caps))
