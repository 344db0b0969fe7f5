# case: EViT-style token pruning keeping top-k patch tokens by CLS attention, k = int(num_patches * keep_rate) from the static shape, and fusing the rest into one token -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EViTTokenReorg(nn.Cell):
    def __init__(self, keep_rate=0.5, fuse_inattentive=True):
        super().__init__()
        self.keep_rate = keep_rate
        self.fuse_inattentive = fuse_inattentive

    def construct(self, x, cls_attn):
        b, n, d = x.shape
        num_patches = n - 1
        k = int(num_patches * self.keep_rate)
        order = ops.argsort(cls_attn, axis=-1, descending=True)
        keep_idx = order[:, :k]
        drop_idx = order[:, k:]
        patches = x[:, 1:]
        kept = ops.gather_elements(patches, 1, ops.tile(keep_idx.expand_dims(-1), (1, 1, d)))
        out = ops.concat((x[:, :1], kept), axis=1)
        if self.fuse_inattentive:
            dropped = ops.gather_elements(patches, 1, ops.tile(drop_idx.expand_dims(-1), (1, 1, d)))
            w = ops.gather_elements(cls_attn, 1, drop_idx).expand_dims(-1)
            fused = (dropped * w).sum(axis=1, keepdims=True)
            out = ops.concat((out, fused), axis=1)
        return out


def make():
    np.random.seed(28)
    x = Tensor(np.random.randn(2, 9, 8).astype(np.float32))
    cls_attn = Tensor(np.random.rand(2, 8).astype(np.float32))
    return EViTTokenReorg(), (x, cls_attn)
