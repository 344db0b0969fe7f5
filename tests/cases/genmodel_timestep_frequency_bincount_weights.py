# case: diffusion loss reweighting each sample by inverse timestep frequency from bincount over the batch -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrequencyWeightedLoss(nn.Cell):
    def __init__(self, num_timesteps=20, smoothing=1.0):
        super().__init__()
        self.num_timesteps = num_timesteps
        self.smoothing = smoothing

    def per_sample(self, pred, target):
        err = (pred - target) ** 2
        return err.reshape(err.shape[0], -1).mean(axis=1)

    def construct(self, pred, target, t):
        losses = self.per_sample(pred, target)
        counts = ops.bincount(t)
        freq = ops.gather(counts.astype(ms.float32), t, 0)
        w = 1.0 / (freq + self.smoothing)
        w = w / w.sum() * t.shape[0]
        return (w * losses).mean()


def make():
    np.random.seed(0)
    pred = Tensor(np.random.randn(6, 2, 4, 4).astype(np.float32))
    target = Tensor(np.random.randn(6, 2, 4, 4).astype(np.float32))
    t = Tensor(np.array([3, 3, 7, 1, 7, 7], dtype=np.int32))
    return FrequencyWeightedLoss(), (pred, target, t)
