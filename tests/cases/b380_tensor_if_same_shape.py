# case: homeostatic LIF layer halves its membrane when the population fired above target rate, checked with an if on a tensor value whose branches keep the same shape -> data-dependent branch with equal shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HomeostasisConfig:
    def __init__(self, tau=2.0, v_threshold=1.0, target_rate=0.2, damping=0.5, enabled=True):
        self.tau = tau
        self.v_threshold = v_threshold
        self.target_rate = target_rate
        self.damping = damping
        self.enabled = enabled


class HomeostaticLIF(nn.Cell):
    def __init__(self, config, in_features, out_features):
        super().__init__()
        self.fc = nn.Dense(in_features, out_features)
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.target_rate = config.target_rate
        self.damping = config.damping
        self.enabled = config.enabled

    def _homeostasis(self, v, spike):
        if spike.mean() > self.target_rate:
            v = v * self.damping
        else:
            v = v + 0.0
        return v

    def construct(self, x_seq):
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        spikes = []
        for t in range(x_seq.shape[0]):
            v = v + (self.fc(x_seq[t]) - v) / self.tau
            s = (v >= self.v_threshold).astype(ms.float32)
            v = v * (1.0 - s)
            if self.enabled:
                v = self._homeostasis(v, s)
            spikes.append(s)
        return ops.stack(spikes), v


def make():
    np.random.seed(3835)
    x_seq = Tensor(np.random.rand(4, 3, 6).astype(np.float32) * 3.0)
    return HomeostaticLIF(HomeostasisConfig(), 6, 8), (x_seq,)
