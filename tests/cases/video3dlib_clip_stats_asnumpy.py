# case: clip normalizer computes per-clip mean/std with NumPy via .asnumpy() in a helper before normalizing -> asnumpy/NumPy on tensors inside construct, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormConfig:
    def __init__(self, per_clip_stats=True, eps=1e-5, mean=(0.45, 0.45, 0.45), std=(0.225, 0.225, 0.225)):
        self.per_clip_stats = per_clip_stats
        self.eps = eps
        self.mean = mean
        self.std = std


class ClipNormalizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.per_clip_stats = config.per_clip_stats
        self.eps = config.eps
        self.mean = Tensor(np.array(config.mean, np.float32).reshape(1, 3, 1, 1, 1))
        self.std = Tensor(np.array(config.std, np.float32).reshape(1, 3, 1, 1, 1))

    def _clip_statistics(self, video):
        arr = video.asnumpy()
        mean = arr.mean(axis=(2, 3, 4), keepdims=True)
        std = arr.std(axis=(2, 3, 4), keepdims=True)
        return Tensor(mean), Tensor(std)

    def construct(self, video):
        if self.per_clip_stats:
            mean, std = self._clip_statistics(video)
        else:
            mean, std = self.mean, self.std
        return (video - mean) / (std + self.eps)


def make():
    np.random.seed(119)
    video = Tensor(np.random.rand(2, 3, 4, 8, 8).astype(np.float32))
    return ClipNormalizer(NormConfig()), (video,)
