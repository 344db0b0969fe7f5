# case: MAE reconstruction loss on masked patches only, weighting per-patch loss by the 0/1 mask and dividing by mask.sum(), norm_pix_loss flag -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MAELossConfig:
    def __init__(self, patch_size=4, norm_pix_loss=True, eps=1e-6):
        self.patch_size = patch_size
        self.norm_pix_loss = norm_pix_loss
        self.eps = eps


def patchify(imgs, p):
    n, c, h, w = imgs.shape
    gh, gw = h // p, w // p
    x = imgs.reshape(n, c, gh, p, gw, p)
    x = x.transpose(0, 2, 4, 3, 5, 1)
    return x.reshape(n, gh * gw, p * p * c)


class MaskedReconstructionLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.p = config.patch_size
        self.norm_pix_loss = config.norm_pix_loss
        self.eps = config.eps

    def construct(self, imgs, pred, mask):
        target = patchify(imgs, self.p)
        if self.norm_pix_loss:
            mean = target.mean(axis=-1, keep_dims=True)
            var = target.var(axis=-1, keepdims=True)
            target = (target - mean) / (var + self.eps) ** 0.5
        loss = ((pred - target) ** 2).mean(axis=-1)
        loss = (loss * mask).sum() / ops.maximum(mask.sum(), 1.0)
        return loss


def make():
    np.random.seed(3667)
    cfg = MAELossConfig()
    imgs = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    pred = Tensor(np.random.randn(2, 4, 48).astype(np.float32))
    mask = Tensor((np.random.rand(2, 4) > 0.5).astype(np.float32))
    return MaskedReconstructionLoss(cfg), (imgs, pred, mask)
