# case: spiking network prints a per-step f-string report of the membrane mean when verbose is on in its config -> print with f-string of tensor values in construct, expect Graph mode to reject or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NetConfig:
    def __init__(self, hidden=8, tau=2.0, v_threshold=1.0, verbose=True):
        self.hidden = hidden
        self.tau = tau
        self.v_threshold = v_threshold
        self.verbose = verbose


class VerboseSNN(nn.Cell):
    def __init__(self, config, in_features):
        super().__init__()
        self.fc = nn.Dense(in_features, config.hidden)
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.verbose = config.verbose

    def _log(self, t, v, s):
        if self.verbose:
            print(f"step {t}: mean v = {v.mean()}, spikes = {s.sum()}")

    def construct(self, x_seq):
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        total = ops.zeros_like(v)
        for t in range(x_seq.shape[0]):
            v = v + (self.fc(x_seq[t]) - v) / self.tau
            s = (v >= self.v_threshold).astype(ms.float32)
            self._log(t, v, s)
            v = v * (1.0 - s)
            total = total + s
        return total


def make():
    np.random.seed(3820)
    x_seq = Tensor(np.random.rand(3, 2, 5).astype(np.float32) * 3.0)
    return VerboseSNN(NetConfig(), 5), (x_seq,)
