# case: FT-Transformer feature tokenizer (per-feature weight/bias tokens + CLS) followed by one self-attention block -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class FeatureTokenizer(nn.Cell):
    def __init__(self, n_numeric, d_token):
        super().__init__()
        self.weight = Parameter(initializer(Normal(0.02), (n_numeric, d_token)), name="tok_w")
        self.bias = Parameter(initializer(Normal(0.02), (n_numeric, d_token)), name="tok_b")
        self.cls = Parameter(initializer(Normal(0.02), (1, 1, d_token)), name="cls")

    def construct(self, x_num):
        tokens = x_num.expand_dims(-1) * self.weight + self.bias
        cls = ops.broadcast_to(self.cls, (x_num.shape[0], 1, self.cls.shape[-1]))
        return ops.concat((cls, tokens), axis=1)


class FTTransformerBlock(nn.Cell):
    def __init__(self, n_numeric=5, d_token=8, n_heads=2, n_classes=3):
        super().__init__()
        self.tokenizer = FeatureTokenizer(n_numeric, d_token)
        self.n_heads = n_heads
        self.head_dim = d_token // n_heads
        self.qkv = nn.Dense(d_token, 3 * d_token)
        self.out_proj = nn.Dense(d_token, d_token)
        self.norm = nn.LayerNorm((d_token,))
        self.cls_head = nn.Dense(d_token, n_classes)

    def _attention(self, t):
        b, n, d = t.shape
        qkv = self.qkv(t).reshape(b, n, 3, self.n_heads, self.head_dim).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5)
        ctx = ops.matmul(ops.softmax(scores, axis=-1), v)
        return self.out_proj(ctx.transpose(0, 2, 1, 3).reshape(b, n, d))

    def construct(self, x_num):
        t = self.tokenizer(x_num)
        t = t + self._attention(self.norm(t))
        return self.cls_head(t[:, 0])


def make():
    np.random.seed(34)
    ms.set_seed(34)
    x = Tensor(np.random.randn(3, 5).astype(np.float32))
    return FTTransformerBlock(), (x,)
