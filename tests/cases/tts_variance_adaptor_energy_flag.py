# case: variance adaptor whose pitch/energy branches are switched by Python config flags (energy off by default) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvPredictor(nn.Cell):
    def __init__(self, hidden=16, kernel=3):
        super().__init__()
        self.conv = nn.Conv1d(hidden, hidden, kernel, pad_mode="same", has_bias=True)
        self.out = nn.Dense(hidden, 1)

    def construct(self, x):
        h = ops.relu(self.conv(x.transpose(0, 2, 1))).transpose(0, 2, 1)
        return self.out(h).squeeze(-1)


class VarianceAdaptor(nn.Cell):
    def __init__(self, hidden=16, use_pitch=True, use_energy=False, n_bins=8):
        super().__init__()
        self.use_pitch = use_pitch
        self.use_energy = use_energy
        self.pitch_pred = ConvPredictor(hidden)
        self.energy_pred = ConvPredictor(hidden)
        self.pitch_emb = nn.Conv1d(1, hidden, 3, pad_mode="same", has_bias=True)
        self.energy_bins = Tensor(np.linspace(0.0, 1.0, n_bins - 1).astype(np.float32))
        self.energy_emb = nn.Embedding(n_bins, hidden)

    def construct(self, x, pitch_target, energy_target):
        outputs = ()
        if self.use_pitch:
            p = self.pitch_pred(x)
            x = x + self.pitch_emb(pitch_target.expand_dims(1)).transpose(0, 2, 1)
            outputs = outputs + (p,)
        if self.use_energy:
            e = self.energy_pred(x)
            idx = ops.bucketize(energy_target, self.energy_bins.asnumpy().tolist())
            x = x + self.energy_emb(idx.astype(ms.int32))
            outputs = outputs + (e,)
        return (x,) + outputs


def make():
    np.random.seed(27)
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    p = Tensor(np.random.randn(2, 6).astype(np.float32))
    e = Tensor(np.random.rand(2, 6).astype(np.float32))
    return VarianceAdaptor(), (x, p, e)
