# case: SpectralFormer head has a return_dict branch that builds a plain output class, but config.return_dict defaults to False so the tuple path (with attentions appended by flag) is compiled -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FormerConfig:
    def __init__(self, dim=16, num_classes=9, return_dict=False, output_attentions=True):
        self.dim = dim
        self.num_classes = num_classes
        self.return_dict = return_dict
        self.output_attentions = output_attentions


class ClassifierOutput:
    def __init__(self, logits, attentions=None):
        self.logits = logits
        self.attentions = attentions


class SpectralTokenAttention(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.qkv = nn.Dense(dim, dim * 3)
        self.scale = dim ** -0.5

    def construct(self, x):
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) * self.scale, -1)
        return ops.matmul(attn, v), attn


class SpectralFormerHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.attn = SpectralTokenAttention(config.dim)
        self.cls = nn.Dense(config.dim, config.num_classes)
        self.return_dict = config.return_dict
        self.output_attentions = config.output_attentions

    def construct(self, tokens):
        h, attn = self.attn(tokens)
        logits = self.cls(h.mean(1))
        if self.return_dict:
            return ClassifierOutput(logits, attn if self.output_attentions else None)
        outputs = (logits,) + (attn,) if self.output_attentions else (logits,)
        return outputs


def make():
    np.random.seed(3844)
    cfg = FormerConfig()
    x = Tensor(np.random.rand(2, 6, cfg.dim).astype(np.float32))
    return SpectralFormerHead(cfg), (x,)
