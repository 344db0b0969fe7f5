# case: hard-example augmentation concatenates extra views only when the batch difficulty tensor exceeds 0.5 -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DifficultyAwareAugment(nn.Cell):
    def __init__(self, dim=6, n_cls=3, hard_threshold=0.5, noise_std=0.1):
        super().__init__()
        self.net = nn.Dense(dim, n_cls)
        self.hard_threshold = hard_threshold
        self.noise_std = noise_std

    def batch_difficulty(self, x, y):
        probs = ops.softmax(self.net(x), axis=-1)
        picked = ops.gather_elements(probs, 1, y.expand_dims(1)).squeeze(1)
        return 1.0 - picked.mean()

    def construct(self, x, y):
        diff = self.batch_difficulty(x, y)
        if diff > self.hard_threshold:
            x = ops.concat((x, x + self.noise_std), axis=0)
            y = ops.concat((y, y), axis=0)
        return ops.cross_entropy(self.net(x), y)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    y = Tensor(np.array([0, 1, 2, 1], dtype=np.int32))
    return DifficultyAwareAugment(), (x, y)
