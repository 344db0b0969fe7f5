# case: attention-pooling KWS head returns (logits,) plus attention weights only when output_attentions is set (config default True), building the output tuple by concatenation -> output length fixed by Python flags, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnPoolConfig:
    def __init__(self, dim=32, num_heads=2, num_labels=12, output_attentions=True, return_dict=False):
        self.dim = dim
        self.num_heads = num_heads
        self.num_labels = num_labels
        self.output_attentions = output_attentions
        self.return_dict = return_dict


class AttentionPooling(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_heads
        self.score = nn.Dense(config.dim, config.num_heads)
        self.proj = nn.Dense(config.dim * config.num_heads, config.dim)

    def construct(self, h):
        attn = ops.softmax(self.score(h), axis=1)              # (B, T, H)
        pooled = ops.bmm(attn.transpose(0, 2, 1), h)           # (B, H, D)
        return self.proj(pooled.reshape(h.shape[0], -1)), attn


class AttnPoolKWSHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.output_attentions = config.output_attentions
        self.pool = AttentionPooling(config)
        self.cls = nn.Dense(config.dim, config.num_labels)

    def construct(self, h, output_attentions=None):
        output_attentions = self.output_attentions if output_attentions is None else output_attentions
        emb, attn = self.pool(h)
        logits = self.cls(emb)
        outputs = (logits,) + ((attn,) if output_attentions else ())
        return outputs


def make():
    np.random.seed(38339)
    h = Tensor(np.random.randn(2, 49, 32).astype(np.float32))
    return AttnPoolKWSHead(AttnPoolConfig()), (h,)
