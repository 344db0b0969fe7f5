# case: temporal BEV fusion sums the previous sweeps with exponential decay, the number of sweeps coming from a per-sample tensor -> loop count from tensor data should break static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FusionConfig:
    def __init__(self, max_sweeps=4, decay=0.6, channels=16, use_multi_frame=True):
        self.max_sweeps = max_sweeps
        self.decay = decay
        self.channels = channels
        self.use_multi_frame = use_multi_frame


class SweepFusion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.decay = config.decay
        self.use_multi_frame = config.use_multi_frame
        self.reduce = nn.Conv2d(config.channels, config.channels, 1, has_bias=True)

    def _accumulate(self, sweeps, num_sweeps):
        fused = sweeps[0]
        weight = 1.0
        for t in range(1, int(num_sweeps)):
            weight = weight * self.decay
            fused = fused + weight * sweeps[t]
        return fused

    def construct(self, sweeps, num_sweeps):
        if self.use_multi_frame:
            bev = self._accumulate(sweeps, num_sweeps)
        else:
            bev = sweeps[0]
        return self.reduce(bev)


def make():
    np.random.seed(3684)
    cfg = FusionConfig()
    net = SweepFusion(cfg)
    sweeps = Tensor(np.random.randn(cfg.max_sweeps, 1, cfg.channels, 16, 16).astype(np.float32))
    num_sweeps = Tensor(np.array(3, dtype=np.int32))
    return net, (sweeps, num_sweeps)
