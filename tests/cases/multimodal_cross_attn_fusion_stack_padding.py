# case: stack of text-to-region cross-attention layers (CellList loop) with a key padding mask for padded regions -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossAttentionLayer(nn.Cell):
    def __init__(self, dim=16, heads=2, ffn_mult=2):
        super().__init__()
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.ffn = nn.SequentialCell([nn.Dense(dim, ffn_mult * dim), nn.GELU(), nn.Dense(ffn_mult * dim, dim)])
        self.ln1 = nn.LayerNorm((dim,))
        self.ln2 = nn.LayerNorm((dim,))

    def construct(self, text, regions, region_pad_mask):
        a, _ = self.attn(text, regions, regions, key_padding_mask=region_pad_mask)
        text = self.ln1(text + a)
        return self.ln2(text + self.ffn(text))


class TextRegionFusion(nn.Cell):
    def __init__(self, region_dim=20, vocab_size=40, dim=16, num_layers=2, num_answers=8):
        super().__init__()
        self.region_proj = nn.Dense(region_dim, dim)
        self.tok = nn.Embedding(vocab_size, dim)
        self.layers = nn.CellList([CrossAttentionLayer(dim) for _ in range(num_layers)])
        self.head = nn.Dense(dim, num_answers)

    def construct(self, question_ids, regions, num_regions):
        r = self.region_proj(regions)
        steps = ops.arange(regions.shape[1], dtype=ms.int32).expand_dims(0)
        pad_mask = steps >= num_regions.expand_dims(1)
        h = self.tok(question_ids)
        for layer in self.layers:
            h = layer(h, r, pad_mask)
        return self.head(h[:, 0])


def make():
    np.random.seed(39)
    net = TextRegionFusion()
    q = Tensor(np.random.randint(0, 40, (2, 6)).astype(np.int32))
    regions = Tensor(np.random.randn(2, 5, 20).astype(np.float32))
    return net, (q, regions, Tensor(np.array([5, 3], np.int32)))
