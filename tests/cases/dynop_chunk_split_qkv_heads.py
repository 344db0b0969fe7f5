# case: a ViT attention that splits fused qkv with chunk and the heads with split using sizes from the config, all static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ViTAttention(nn.Cell):
    def __init__(self, dim=16, num_heads=4, qkv_bias=True):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.scale = self.head_dim ** -0.5
        self.qkv = nn.Dense(dim, dim * 3, has_bias=qkv_bias)
        self.proj = nn.Dense(dim, dim)

    def construct(self, x):
        B, N, C = x.shape
        q, k, v = self.qkv(x).chunk(3, axis=-1)
        heads_q = q.split(self.head_dim, axis=-1)
        heads_k = k.split(self.head_dim, axis=-1)
        heads_v = v.split(self.head_dim, axis=-1)
        outs = []
        for hq, hk, hv in zip(heads_q, heads_k, heads_v):
            attn = ops.softmax(ops.bmm(hq, hk.transpose(0, 2, 1)) * self.scale, axis=-1)
            outs.append(ops.bmm(attn, hv))
        x = ops.cat(outs, axis=-1).reshape(B, N, C)
        return self.proj(x)


def make():
    x = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    return ViTAttention(), (x,)
