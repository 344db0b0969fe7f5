# case: AutoInt self-attention over field embeddings where the outputs tuple grows by the attention maps only when output_attentions is set (default False) -> Python flag, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AutoIntConfig:
    def __init__(self, embed_dim=16, num_heads=2, num_layers=2, output_attentions=False, use_residual=True):
        self.embed_dim = embed_dim
        self.num_heads = num_heads
        self.num_layers = num_layers
        self.output_attentions = output_attentions
        self.use_residual = use_residual


class InteractingLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.h = config.num_heads
        self.d = config.embed_dim // config.num_heads
        self.qkv = nn.Dense(config.embed_dim, 3 * config.embed_dim, has_bias=False)
        self.use_residual = config.use_residual

    def construct(self, x):
        b, f, _ = x.shape
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        q, k, v = [t.reshape(b, f, self.h, self.d).transpose(0, 2, 1, 3) for t in (q, k, v)]
        attn = ops.softmax(ops.matmul(q, k.transpose(0, 1, 3, 2)) / (self.d ** 0.5), axis=-1)
        out = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(b, f, -1)
        if self.use_residual:
            out = out + x
        return ops.relu(out), attn


class AutoIntEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([InteractingLayer(config) for _ in range(config.num_layers)])
        self.output_attentions = config.output_attentions

    def construct(self, field_emb, output_attentions=None):
        output_attentions = self.output_attentions if output_attentions is None else output_attentions
        all_attn = ()
        h = field_emb
        for layer in self.layers:
            h, attn = layer(h)
            if output_attentions:
                all_attn = all_attn + (attn,)
        outputs = (h.reshape(h.shape[0], -1),)
        if output_attentions:
            outputs = outputs + (all_attn,)
        return outputs


def make():
    np.random.seed(3912)
    field_emb = Tensor(np.random.randn(3, 6, 16).astype(np.float32))
    return AutoIntEncoder(AutoIntConfig()), (field_emb,)
