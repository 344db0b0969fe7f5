# case: teacher-forcing caption loss trims padded captions to the longest length in the batch -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossAttnBlock(nn.Cell):
    def __init__(self, hidden=16, heads=2):
        super().__init__()
        self.attn = nn.MultiheadAttention(hidden, heads, batch_first=True)
        self.norm = nn.LayerNorm((hidden,))

    def construct(self, x, memory):
        out, _ = self.attn(x, memory, memory)
        return self.norm(x + out)


class TeacherForcingCaptioner(nn.Cell):
    def __init__(self, vocab_size=30, hidden=16, region_dim=20, pad_id=0):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.region_proj = nn.Dense(region_dim, hidden)
        self.block = CrossAttnBlock(hidden)
        self.lm_head = nn.Dense(hidden, vocab_size)
        self.pad_id = pad_id
        self.ce = nn.CrossEntropyLoss(ignore_index=pad_id)

    def construct(self, regions, captions, lengths):
        max_len = lengths.max()
        captions = captions[:, :max_len]
        inp, tgt = captions[:, :-1], captions[:, 1:]
        memory = self.region_proj(regions)
        h = self.block(self.embed(inp), memory)
        logits = self.lm_head(h)
        return self.ce(logits.reshape(-1, logits.shape[-1]), tgt.reshape(-1))


def make():
    np.random.seed(6)
    net = TeacherForcingCaptioner()
    regions = Tensor(np.random.randn(2, 5, 20).astype(np.float32))
    caps = np.zeros((2, 10), dtype=np.int32)
    caps[0, :7] = np.random.randint(1, 30, 7)
    caps[1, :5] = np.random.randint(1, 30, 5)
    return net, (regions, Tensor(caps), Tensor(np.array([7, 5], np.int32)))
