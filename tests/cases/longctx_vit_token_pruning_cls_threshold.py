# case: ViT block that drops patch tokens whose CLS-attention score is below the mean, via boolean mask indexing -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CLSAttentionPruner(nn.Cell):
    def __init__(self, dim=16, keep_cls=True):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.keep_cls = keep_cls
        self.scale = dim ** -0.5

    def cls_scores(self, x):
        q_cls = self.q(x[:, :1])
        keys = self.k(x[:, 1:])
        attn = ops.softmax(ops.matmul(q_cls, keys.swapaxes(1, 2)) * self.scale, axis=-1)
        return attn[:, 0]

    def construct(self, x):
        scores = self.cls_scores(x)[0]
        keep = scores >= scores.mean()
        patches = x[0, 1:]
        kept = patches[keep]
        if self.keep_cls:
            kept = ops.concat((x[0, :1], kept), axis=0)
        return kept.expand_dims(0)


def make():
    np.random.seed(2)
    x = Tensor(np.random.randn(1, 9, 16).astype(np.float32))
    return CLSAttentionPruner(), (x,)
