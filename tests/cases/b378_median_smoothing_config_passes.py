# case: post-processor smooths frame posteriors with an average-pool filter applied config.smooth_passes times in a range loop, then binarizes with onset threshold -> Python-int loop count, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PostConfig:
    smooth_passes = 3
    filter_size = 5
    onset_threshold = 0.5
    return_smoothed = True


class PosteriorSmoother(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.passes = config.smooth_passes
        self.pool = nn.AvgPool1d(kernel_size=config.filter_size, stride=1, pad_mode="same")
        self.onset_threshold = config.onset_threshold
        self.return_smoothed = config.return_smoothed

    def construct(self, frame_probs):
        # frame_probs: (B, T, C) -> pool along time
        x = frame_probs.transpose(0, 2, 1)
        for _ in range(self.passes):
            x = self.pool(x)
        smoothed = x.transpose(0, 2, 1)
        decisions = (smoothed > self.onset_threshold).astype(ms.float32)
        outputs = (decisions, smoothed) if self.return_smoothed else (decisions,)
        return outputs


def make():
    np.random.seed(3809)
    probs = Tensor(np.random.rand(2, 40, 5).astype(np.float32))
    return PosteriorSmoother(PostConfig()), (probs,)
