# case: prompt weighting multiplies token embeddings by per-token weights and restores the original mean, all elementwise -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CLIPTextStub(nn.Cell):
    def __init__(self, vocab=50, dim=8, layers=2):
        super().__init__()
        self.tok = nn.Embedding(vocab, dim)
        self.layers = nn.CellList([nn.Dense(dim, dim) for _ in range(layers)])
        self.norm = nn.LayerNorm((dim,))

    def construct(self, ids):
        h = self.tok(ids)
        for layer in self.layers:
            h = h + ops.gelu(layer(h))
        return self.norm(h)


class WeightedPromptEncoder(nn.Cell):
    def __init__(self, clamp_max=2.0):
        super().__init__()
        self.text = CLIPTextStub()
        self.clamp_max = clamp_max

    def _apply_weights(self, emb, weights):
        w = ops.clamp(weights, 0.0, self.clamp_max).expand_dims(-1)
        prev_mean = emb.mean(axis=(-2, -1), keep_dims=True)
        out = emb * w
        new_mean = out.mean(axis=(-2, -1), keep_dims=True)
        return out * (prev_mean / (new_mean + 1e-6))

    def construct(self, ids, weights, neg_ids):
        cond = self._apply_weights(self.text(ids), weights)
        uncond = self.text(neg_ids)
        return ops.concat((uncond, cond), axis=0)


def make():
    np.random.seed(20)
    ids = Tensor(np.random.randint(0, 50, (1, 8)).astype(np.int32))
    neg = Tensor(np.zeros((1, 8), np.int32))
    w = Tensor(np.array([[1.0, 1.0, 1.3, 1.3, 0.7, 1.0, 1.0, 1.0]], np.float32))
    return WeightedPromptEncoder(), (ids, w, neg)
