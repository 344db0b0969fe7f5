# case: AutoInt-style field interaction keeps only fields whose presence flag is set, locating them with ops.nonzero and gathering their embeddings before self-attention -> number of gathered fields depends on data, expect dynamic shape or rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AutoIntConfig:
    def __init__(self, num_fields=6, emb_dim=8, num_heads=2, drop_absent_fields=True):
        self.num_fields = num_fields
        self.emb_dim = emb_dim
        self.num_heads = num_heads
        self.drop_absent_fields = drop_absent_fields


class FieldSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.drop_absent_fields = config.drop_absent_fields
        self.qkv = nn.Dense(config.emb_dim, 3 * config.emb_dim, has_bias=False)
        self.scale = config.emb_dim ** -0.5

    def _select_fields(self, field_emb, present):
        if not self.drop_absent_fields:
            return field_emb
        idx = ops.nonzero(present).reshape(-1)
        return ops.gather(field_emb, idx, 1)

    def construct(self, field_emb, present):
        x = self._select_fields(field_emb, present)
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        attn = ops.softmax(ops.matmul(q, k.swapaxes(1, 2)) * self.scale, axis=-1)
        return ops.relu(ops.matmul(attn, v) + x).mean(axis=1)


def make():
    np.random.seed(38520)
    cfg = AutoIntConfig()
    emb = Tensor(np.random.randn(4, cfg.num_fields, cfg.emb_dim).astype(np.float32))
    present = Tensor(np.array([1, 0, 1, 1, 0, 1], dtype=np.int32))
    return FieldSelfAttention(cfg), (emb, present)
