# case: jit-compiled mixup mixes a batch with its reversed copy using a lambda given as a Python float default -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _mix(a, b, lam):
    return a * lam + b * (1.0 - lam)


@ms.jit
def mixup_batch(images, labels, lam=0.7, num_classes=5):
    onehot = ops.one_hot(labels, num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    rev_images = images[::-1]
    rev_onehot = onehot[::-1]
    lam = max(lam, 1.0 - lam)
    mixed = _mix(images, rev_images, lam)
    soft = _mix(onehot, rev_onehot, lam)
    return mixed, soft


def make():
    np.random.seed(42)
    images = Tensor(np.random.rand(4, 3, 8, 8).astype(np.float32))
    labels = Tensor(np.array([0, 3, 1, 4], dtype=np.int32))
    return mixup_batch, (images, labels)
