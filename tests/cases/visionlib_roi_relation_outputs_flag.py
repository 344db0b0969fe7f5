# case: relation module over RoI features returns (feats,) plus the attention map only when output_attentions is set, so the output tuple length depends on a config flag -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelationConfig:
    def __init__(self, dim=32, num_heads=4, output_attentions=True, use_residual=True):
        self.dim = dim
        self.num_heads = num_heads
        self.output_attentions = output_attentions
        self.use_residual = use_residual


class RelationModule(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_heads
        self.head_dim = config.dim // config.num_heads
        self.output_attentions = config.output_attentions
        self.use_residual = config.use_residual
        self.qkv = nn.Dense(config.dim, 3 * config.dim)
        self.proj = nn.Dense(config.dim, config.dim)

    def construct(self, roi_feats, output_attentions=None):
        output_attentions = self.output_attentions if output_attentions is None else output_attentions
        n, d = roi_feats.shape
        qkv = self.qkv(roi_feats).reshape(n, 3, self.num_heads, self.head_dim).transpose(1, 2, 0, 3)
        q, k, v = qkv[0], qkv[1], qkv[2]
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5), axis=-1)
        h = ops.matmul(attn, v).transpose(1, 0, 2).reshape(n, d)
        h = self.proj(h)
        if self.use_residual:
            h = h + roi_feats
        outputs = (h,) + (attn,) if output_attentions else (h,)
        return outputs


def make():
    np.random.seed(3378)
    feats = Tensor(np.random.randn(10, 32).astype(np.float32))
    return RelationModule(RelationConfig()), (feats,)
