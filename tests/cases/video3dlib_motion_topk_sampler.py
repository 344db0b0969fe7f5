# case: motion-aware frame sampler keeps the top-k frames, k derived from the clip's motion energy -> top-k size from tensor data, dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MIN_FRAMES = 2


class SamplerConfig:
    def __init__(self, keep_ratio=0.5, energy_scale=1.0, normalize=True):
        self.keep_ratio = keep_ratio
        self.energy_scale = energy_scale
        self.normalize = normalize


class MotionTopKSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.keep_ratio = config.keep_ratio
        self.energy_scale = config.energy_scale
        self.normalize = getattr(config, "normalize", False)

    def _frame_energy(self, video):
        # video: (B, C, T, H, W) -> (T,) mean absolute temporal difference
        diff = ops.abs(video[:, :, 1:] - video[:, :, :-1])
        energy = diff.mean(axis=(0, 1, 3, 4))
        return ops.concat((energy[:1], energy), axis=0)

    def _num_keep(self, energy):
        budget = energy.sum() * self.energy_scale * self.keep_ratio
        return min(max(int(budget), MIN_FRAMES), energy.shape[0])

    def construct(self, video):
        energy = self._frame_energy(video)
        if self.normalize:
            energy = energy / (energy.max() + 1e-6)
        k = self._num_keep(energy)
        _, idx = ops.topk(energy, k)
        idx = ops.sort(idx.astype(ms.float32))[0].astype(ms.int32)
        return ops.gather(video, idx, 2)


def make():
    np.random.seed(101)
    cfg = SamplerConfig()
    video = Tensor(np.random.rand(2, 3, 8, 16, 16).astype(np.float32))
    return MotionTopKSampler(cfg), (video,)
