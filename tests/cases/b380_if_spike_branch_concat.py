# case: recurrent spiking block appends the recurrent spike feedback to its output only when the layer fired at all -> if on a tensor value with branches of different shapes, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecurrentConfig:
    def __init__(self, hidden=12, tau=2.0, v_threshold=1.0, output_feedback=True):
        self.hidden = hidden
        self.tau = tau
        self.v_threshold = v_threshold
        self.output_feedback = output_feedback


class RecurrentSpikingBlock(nn.Cell):
    def __init__(self, config, in_features):
        super().__init__()
        self.ff = nn.Dense(in_features, config.hidden)
        self.rec = nn.Dense(config.hidden, config.hidden, has_bias=False)
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.output_feedback = config.output_feedback

    def _maybe_feedback(self, out, spike):
        if spike.sum() > 0:
            out = ops.concat((out, self.rec(spike)), axis=-1)
        return out

    def construct(self, x_seq):
        batch = x_seq.shape[1]
        v = ops.zeros((batch, self.rec.in_channels), ms.float32)
        s = ops.zeros_like(v)
        for t in range(x_seq.shape[0]):
            v = v + (self.ff(x_seq[t]) + self.rec(s) - v) / self.tau
            s = (v >= self.v_threshold).astype(ms.float32)
            v = v * (1.0 - s)
        out = v
        if self.output_feedback:
            out = self._maybe_feedback(out, s)
        return out


def make():
    np.random.seed(3808)
    x_seq = Tensor(np.random.rand(4, 2, 6).astype(np.float32) * 3.0)
    return RecurrentSpikingBlock(RecurrentConfig(), 6), (x_seq,)
