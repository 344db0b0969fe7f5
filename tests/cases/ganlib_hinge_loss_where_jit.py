# case: @ms.jit discriminator hinge loss over a tuple of multiscale logits, invalid (padded) samples zeroed with the three-argument ops.where and the scale loop over a Python constant -> fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_SCALES = 3
SCALE_WEIGHTS = (1.0, 0.5, 0.25)


def _hinge(logits, target_real):
    if target_real:
        return ops.relu(1.0 - logits)
    return ops.relu(1.0 + logits)


@ms.jit
def d_hinge_loss(real_logits, fake_logits, valid):
    total = 0.0
    for i in range(NUM_SCALES):
        r = real_logits[i].mean(axis=(1, 2, 3))
        f = fake_logits[i].mean(axis=(1, 2, 3))
        per_sample = _hinge(r, True) + _hinge(f, False)
        per_sample = ops.where(valid, per_sample, ops.zeros_like(per_sample))
        total = total + SCALE_WEIGHTS[i] * per_sample.sum() / ops.maximum(valid.astype(ms.float32).sum(), 1.0)
    return total


def make():
    np.random.seed(3554)
    sizes = (8, 4, 2)
    real = tuple(Tensor(np.random.randn(4, 1, s, s).astype(np.float32)) for s in sizes)
    fake = tuple(Tensor(np.random.randn(4, 1, s, s).astype(np.float32)) for s in sizes)
    valid = Tensor(np.array([True, True, False, True]))
    return d_hinge_loss, (real, fake, valid)
