# case: @ms.jit pix2pix generator loss computes the L1 reconstruction term only on foreground pixels picked by boolean indexing fake[mask] -> boolean-mask indexing with a data-dependent element count, Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAMBDA_L1 = 100.0
USE_FOREGROUND_MASK = True


def _gan_term(pred_fake):
    return ops.binary_cross_entropy_with_logits(pred_fake, ops.ones_like(pred_fake),
                                                ops.ones_like(pred_fake), ops.ones_like(pred_fake))


def _l1_term(fake, target, mask=None):
    if mask is None:
        return ops.abs(fake - target).mean()
    return ops.abs(fake[mask] - target[mask]).mean()


@ms.jit
def pix2pix_g_loss(pred_fake, fake_b, real_b, seg):
    mask = seg > 0.5 if USE_FOREGROUND_MASK else None
    return _gan_term(pred_fake) + LAMBDA_L1 * _l1_term(fake_b, real_b, mask)


def make():
    np.random.seed(3573)
    pred_fake = Tensor(np.random.randn(2, 1, 4, 4).astype(np.float32))
    fake_b = Tensor(np.random.randn(2, 3, 16, 16).astype(np.float32))
    real_b = Tensor(np.random.randn(2, 3, 16, 16).astype(np.float32))
    seg = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    return pix2pix_g_loss, (pred_fake, fake_b, real_b, seg)
