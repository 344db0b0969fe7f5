# case: token-pruning ViT block that keeps the top-k CLS-attention tokens where k is a keep-ratio of the number of valid (unmasked) patches counted from the mask tensor -> top-k size comes from tensor data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EViTConfig:
    hidden_size = 16
    keep_rate = 0.5
    fuse_inattentive = False


class TokenKeeper(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.keep_rate = config.keep_rate
        self.fuse_inattentive = config.fuse_inattentive
        self.norm = nn.LayerNorm((config.hidden_size,))

    def _num_keep(self, patch_mask):
        num_valid = patch_mask.sum(axis=1).max()
        return int(num_valid * self.keep_rate)

    def construct(self, tokens, cls_attn, patch_mask):
        cls_token, patches = tokens[:, :1], tokens[:, 1:]
        k = self._num_keep(patch_mask)
        _, idx = ops.topk(cls_attn, k, dim=1)
        idx = idx.expand_dims(-1).broadcast_to((-1, -1, patches.shape[-1]))
        kept = ops.gather_elements(patches, 1, idx)
        return self.norm(ops.cat((cls_token, kept), axis=1))


def make():
    np.random.seed(41)
    cell = TokenKeeper(EViTConfig())
    tokens = Tensor(np.random.randn(2, 9, 16).astype(np.float32))
    cls_attn = Tensor(np.random.rand(2, 8).astype(np.float32))
    mask = np.ones((2, 8), dtype=np.float32)
    mask[1, 6:] = 0
    return cell, (tokens, cls_attn, Tensor(mask))
