# case: in-graph mixup converts a sampled Beta lambda tensor to a Python float with float() -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MixupAugment(nn.Cell):
    def __init__(self, alpha=0.4, enabled=True):
        super().__init__()
        self.alpha = alpha
        self.enabled = enabled
        self.flip_batch = ops.ReverseV2(axis=[0])

    def _mix(self, a, b, lam):
        return a * lam + b * (1.0 - lam)

    def construct(self, images, onehot_labels, lam_sample):
        if not self.enabled:
            return images, onehot_labels
        lam = float(lam_sample)
        lam = max(lam, 1.0 - lam)
        shuffled = self.flip_batch(images)
        shuffled_y = self.flip_batch(onehot_labels)
        return self._mix(images, shuffled, lam), self._mix(onehot_labels, shuffled_y, lam)


def make():
    np.random.seed(7)
    x = Tensor(np.random.rand(4, 3, 8, 8).astype(np.float32))
    y = Tensor(np.eye(4, dtype=np.float32))
    lam = Tensor(np.float32(np.random.beta(0.4, 0.4)))
    return MixupAugment(), (x, y, lam)
