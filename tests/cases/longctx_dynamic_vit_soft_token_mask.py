# case: DynamicViT-style predictor that "prunes" tokens during training by multiplying a Gumbel-free hard keep mask into attention and outputs, keeping the full token count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenKeepPredictor(nn.Cell):
    def __init__(self, dim=8, threshold=0.5):
        super().__init__()
        self.threshold = threshold
        self.mlp = nn.SequentialCell(nn.Dense(dim, dim // 2), nn.GELU(), nn.Dense(dim // 2, 1))

    def construct(self, x):
        prob = ops.sigmoid(self.mlp(x)).squeeze(-1)
        hard = (prob > self.threshold).astype(x.dtype)
        return hard + prob - ops.stop_gradient(prob)


class MaskedAttentionBlock(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.predictor = TokenKeepPredictor(dim)
        self.qkv = nn.Dense(dim, 3 * dim)

    def construct(self, x):
        keep = self.predictor(x)
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        scores = ops.matmul(q, k.swapaxes(1, 2)) * (x.shape[-1] ** -0.5)
        attn = ops.exp(scores - scores.max(axis=-1, keepdims=True)) * keep.expand_dims(1)
        attn = attn / (attn.sum(axis=-1, keepdims=True) + 1e-6)
        return x + ops.matmul(attn, v) * keep.expand_dims(-1), keep


def make():
    np.random.seed(38)
    x = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    return MaskedAttentionBlock(), (x,)
